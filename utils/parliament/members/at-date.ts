/**
 * A member's party, seat and posts on a date, from the facts the Members API gave. Pure. A spell runs from its start
 * up to, not including, its end: the API ends a party spell on the day the next begins, and a seat on the day
 * Parliament dissolved, when the member had already ceased to sit.
 */
import type { LiveParty, LivePost, LiveSeat, MemberFacts } from './facts';

interface Span {
  start: string;
  end: string | null;
}

export function spanCovers(span: Span, date: string): boolean {
  if (date < span.start) return false;
  if (span.end === null || date < span.end) return true;
  // A spell of one day (start and end the same) still covers that day.
  return span.start === span.end && date === span.end;
}

/** Of the spells covering the date, the one that began last: a party change supersedes the spell it interrupts. */
function latestCovering<T extends Span>(spans: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const span of spans) if (spanCovers(span, date) && (!found || span.start >= found.start)) found = span;
  return found;
}

export function seatAt(facts: MemberFacts, date: string): LiveSeat | null {
  return latestCovering(facts.seats, date);
}

/** The member's party in the Commons on the date (a peer's Lords party is not their party as an MP). */
export function partyAt(facts: MemberFacts, date: string): LiveParty | null {
  return latestCovering(
    facts.parties.filter((party) => party.house === 'Commons'),
    date,
  );
}

const KIND_ORDER: Record<LivePost['kind'], number> = { government: 0, opposition: 1, other: 2 };

/** Every post held on the date: government first, then opposition, then others (a party's leadership, say). */
export function postsAt(facts: MemberFacts, date: string): LivePost[] {
  return facts.posts
    .filter((post) => spanCovers(post, date))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.start.localeCompare(a.start));
}

/** Sitting in the Commons now, as the API says. */
export function sitsInCommonsNow(facts: MemberFacts): boolean {
  return facts.current.active && facts.current.house === 'Commons';
}

/** The day a member who no longer sits in the Commons stopped sitting there: the end of their last seat. */
export function leftCommonsOn(facts: MemberFacts): string | null {
  if (sitsInCommonsNow(facts)) return null;
  const ends = facts.seats.map((seat) => seat.end).filter((end): end is string => end !== null);
  return ends.sort().at(-1) ?? null;
}

/** Why the member left, when the API's latest membership is the Commons one that ended then. */
export function leftCommonsReason(facts: MemberFacts): string | null {
  const left = leftCommonsOn(facts);
  return left !== null && facts.current.house === 'Commons' && facts.current.left === left
    ? facts.current.leftReason
    : null;
}
