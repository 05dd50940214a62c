/**
 * Finding a constituency in the bundled list by part of its name or its MP's,
 * best match first, so that Enter can take the top one. Pure, for the picker.
 */

/** Folds case and accents, so that "ynys mon" finds "Ynys Môn". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SeatLike {
  constituency: string;
  mp: { name: string };
}

/**
 * How well a seat matches, lower is better, or null for no match: the seat's whole name, then a seat name starting
 * with the words, then a word of it starting with them, then the MP's name, then the words anywhere.
 */
function rank(seat: SeatLike, needle: string): number | null {
  const place = foldForSearch(seat.constituency);
  const person = foldForSearch(seat.mp.name);
  if (place === needle) return 0;
  if (place.startsWith(needle)) return 1;
  if (place.split(/[\s,-]+/).some((word) => word.startsWith(needle))) return 2;
  if (person.split(/\s+/).some((word) => word.startsWith(needle)) || person.startsWith(needle)) return 3;
  if (`${place} ${person}`.includes(needle)) return 4;
  return null;
}

/** The seats matching `query`, best first (alphabetical among equals); none for an empty query. */
export function findSeats<S extends SeatLike>(seats: readonly S[], query: string): S[] {
  const needle = foldForSearch(query.trim().replace(/\s+/g, ' '));
  if (!needle) return [];
  return seats
    .map((seat) => ({ seat, rank: rank(seat, needle) }))
    .filter((entry): entry is { seat: S; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.seat.constituency.localeCompare(b.seat.constituency, 'en-GB'))
    .map((entry) => entry.seat);
}

/** The seat Enter picks: the best match, or null when nothing matches. */
export function topSeat<S extends SeatLike>(seats: readonly S[], query: string): S | null {
  return findSeats(seats, query)[0] ?? null;
}
