/**
 * How often an MP votes: the share of all Commons divisions in the twelve whole months before the article's month
 * in which they voted (or told), from the Commons Votes API's counts (`searchTotalResults`, once for all divisions
 * and once for the MP's). Counts are kept per window: a past month's divisions do not change.
 *
 * Only what the counts say. A window is cut to the API's records (from 2016) and to the MP's time in the Commons,
 * and the card says which months it covers; where no count can be had, it says why, and shows no share.
 */
import type { BevanDb } from '../../data/db';
import { seatAt as bundledSeatAt } from '../../data/memberships';
import { HttpsUrl, type Membership } from '../../data/schema';
import { z } from '../../data/zod';
import { formatDate } from '../../dates';
import type { ParliamentClient } from '../client';
import { parliamentUrl } from '../hosts';
import { readLive, writeLive } from '../live-store';
import { failureWords } from '../members/live-member';
import { partyAt, postsAt, seatAt } from '../members/at-date';
import { isAbstentionistParty, isPresidingPost, isSpeakerParty } from './division';
import type { MemberFacts } from '../members/facts';
import { SEARCH_TOTAL_PATH, TotalAnswer, totalQuery, VOTES_API_FROM } from './api';

/** An MP's voting record on Parliament's site. */
export const memberVotingUrl = (id: number) => `https://members.parliament.uk/member/${id}/voting`;

/** Months counted before the article's month. */
export const ATTENDANCE_MONTHS = 12;

export const Attendance = z.object({
  /** The days counted, inclusive. */
  from: z.iso.date(),
  to: z.iso.date(),
  voted: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
  /** Where the window was cut short, why: "Parliament's records begin in January 2016", "elected on 5 May 2016". */
  cut: z.nullable(z.string().check(z.maxLength(200))),
  /** The MP's voting record on Parliament's site: the source of the counts, for a reader. */
  url: HttpsUrl,
});
export type Attendance = z.infer<typeof Attendance>;

export type AttendanceResult =
  { ok: true; attendance: Attendance } | { ok: false; gap: string; problem: string | null; off: boolean };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The twelve whole months before the month of `date`: from the first day of the first to the last of the last. */
export function attendanceWindow(date: string): { from: string; to: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  return {
    from: isoDay(new Date(Date.UTC(year, month - ATTENDANCE_MONTHS, 1))),
    // Day 0 of the article's month is the last day of the month before.
    to: isoDay(new Date(Date.UTC(year, month, 0))),
  };
}

/** Whether and since when the MP sat, by Parliament's record where Bevan has it, else the bundled spells. */
function sitting(memberships: readonly Membership[], facts: MemberFacts | null) {
  return {
    on: (date: string) => (facts ? seatAt(facts, date) !== null : bundledSeatAt(memberships, date) !== null),
    since: (date: string) => (facts ? seatAt(facts, date)?.start : bundledSeatAt(memberships, date)?.membership.from),
  };
}

/**
 * The days to count for an MP and an article's date, cut to the API's records and to the MP's seat; or why there are
 * none ("not an MP then").
 */
export function attendanceDays(
  date: string,
  memberships: readonly Membership[],
  facts: MemberFacts | null,
): { from: string; to: string; cut: string | null } | { gap: string } {
  const window = attendanceWindow(date);
  if (window.to < VOTES_API_FROM) {
    return { gap: 'Parliament’s record of votes begins in 2016: how often they voted before then is not counted.' };
  }
  const seat = sitting(memberships, facts);
  if (!seat.on(window.to)) return { gap: 'Not an MP in the month before this date: no share of votes to count.' };
  // Those who never vote: a share of none would read as neglect.
  const party =
    (facts ? partyAt(facts, window.to)?.party : null) ?? bundledSeatAt(memberships, window.to)?.membership.party;
  if (
    (facts && postsAt(facts, window.to).some((post) => isPresidingPost(post.title))) ||
    (party && isSpeakerParty(party))
  ) {
    return { gap: 'In the chair (the Speaker or a deputy), who do not vote: no share of votes to count.' };
  }
  if (party && isAbstentionistParty(party)) {
    return { gap: 'Sinn Féin MPs do not take their seats: no share of votes to count.' };
  }
  let { from } = window;
  let cut: string | null = null;
  if (from < VOTES_API_FROM) {
    from = VOTES_API_FROM;
    cut = 'Parliament’s record of votes begins in January 2016';
  }
  // Elected during the window (a by-election, or first elected): counted from their first day.
  const since = seat.since(window.to);
  if (!seat.on(from) && since && since > from) {
    from = since;
    cut = `in the Commons from ${formatDate(since)}`;
  }
  return { from, to: window.to, cut };
}

export const NOT_CHECKED = 'How often they vote was not checked with Parliament.';

const StoredCount = z.object({ count: TotalAnswer });
const countKey = (from: string, to: string, memberId?: number) =>
  memberId === undefined ? `divisions-count/${from}/${to}` : `member-divisions/${memberId}/${from}/${to}`;

type Count = { ok: true; count: number } | { ok: false; problem: string; off: boolean };

async function divisionCount(
  db: BevanDb,
  client: ParliamentClient,
  from: string,
  to: string,
  memberId: number | undefined,
  now: Date,
): Promise<Count> {
  const key = countKey(from, to, memberId);
  const stored = StoredCount.safeParse((await readLive(db, key))?.data);
  if (stored.success) return { ok: true, count: stored.data.count };
  const answer = await client.getJson(
    'votes',
    parliamentUrl('votes', SEARCH_TOTAL_PATH, totalQuery(from, to, memberId)),
    TotalAnswer,
  );
  if (!answer.ok)
    return { ok: false, problem: failureWords(answer.failure, 'votes'), off: answer.failure.kind === 'off' };
  if (!('data' in answer)) return { ok: false, problem: 'Parliament’s votes service sent no count.', off: false };
  // A window that has ended does not change: kept for good. One still running is asked again next time.
  if (to < isoDay(now)) {
    await writeLive(db, { key, fetchedAt: now.toISOString(), etag: answer.etag, data: { count: answer.data } });
  }
  return { ok: true, count: answer.data };
}

/** How often the MP voted in the months before `date`, or why that is not shown. */
export async function attendanceFor(
  db: BevanDb,
  client: ParliamentClient,
  memberId: number,
  date: string,
  memberships: readonly Membership[],
  facts: MemberFacts | null,
  now: Date,
): Promise<AttendanceResult> {
  const days = attendanceDays(date, memberships, facts);
  if ('gap' in days) return { ok: false, gap: days.gap, problem: null, off: false };
  const total = await divisionCount(db, client, days.from, days.to, undefined, now);
  if (!total.ok) return { ok: false, gap: NOT_CHECKED, problem: total.problem, off: total.off };
  const voted = await divisionCount(db, client, days.from, days.to, memberId, now);
  if (!voted.ok) return { ok: false, gap: NOT_CHECKED, problem: voted.problem, off: voted.off };
  if (voted.count > total.count) {
    return {
      ok: false,
      gap: NOT_CHECKED,
      problem: 'Parliament’s counts of divisions did not add up.',
      off: false,
    };
  }
  return {
    ok: true,
    attendance: {
      from: days.from,
      to: days.to,
      voted: voted.count,
      total: total.count,
      cut: days.cut,
      url: memberVotingUrl(memberId),
    },
  };
}
