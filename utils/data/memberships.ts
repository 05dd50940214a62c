/**
 * Seat and party at a date, from spells whose ends are not always known.
 * A spell counts at a date only when the sources place the date inside it;
 * where they cannot (an end "at the latest" at dissolution, or unknown), the
 * answer says so instead of guessing.
 */
import type { Membership } from './schema';

export interface SeatAtDate {
  membership: Membership;
  /** True when the sources leave open whether the member had left by the date. */
  uncertain: boolean;
}

export function seatAt(memberships: readonly Membership[], date: string): SeatAtDate | null {
  const dated = memberships
    .filter((m) => m.basis !== 'snapshot' && m.from !== null && m.from <= date && (m.to === null || date <= m.to))
    // The latest spell to begin wins: a party change or a by-election supersedes an election spell.
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  const snapshot = memberships.find((m) => m.basis === 'snapshot' && m.asOf !== null && m.asOf === date);
  const found = snapshot ?? dated[0];
  if (!found) return null;
  return { membership: found, uncertain: found.end === 'at-latest' || found.end === 'unknown' };
}

/** The seat now: the snapshot of sitting MPs, else a spell still sitting. */
export function currentSeat(memberships: readonly Membership[]): Membership | null {
  return memberships.find((m) => m.basis === 'snapshot') ?? memberships.find((m) => m.end === 'sitting') ?? null;
}

/** The last date the sources place the member in the Commons, for "former MP since …". */
export function lastKnownServiceDate(memberships: readonly Membership[]): string | null {
  const ends = memberships.map((m) => m.to).filter((to): to is string => to !== null);
  return ends.sort().at(-1) ?? null;
}
