/**
 * How an MP voted in the NHS divisions nearest an article's date, from the Commons Votes API. The NHS divisions are
 * those in Bevan's data (bundled, a campaigner's or a pack's), each named by its day and number; the day's search
 * gives the API's id, and the division itself is fetched once and kept, since it never changes.
 */
import type { BevanDb } from '../../data/db';
import { seatAt as bundledSeatAt } from '../../data/memberships';
import type { Division, Membership } from '../../data/schema';
import { z } from '../../data/zod';
import type { ParliamentClient } from '../client';
import { checkingOn, failureWords } from '../members/live-member';
import { parliamentUrl } from '../hosts';
import { readLive, writeLive } from '../live-store';
import { partyAt, postsAt, seatAt } from '../members/at-date';
import { memberKey } from '../members/facts';
import { readMemberFacts } from '../members/map-member';
import type { MemberFacts } from '../members/facts';
import {
  DivisionAnswer,
  DivisionSearchAnswer,
  daySearchQuery,
  divisionPageUrl,
  divisionPath,
  DIVISION_SEARCH_PATH,
  VOTES_API_FROM,
} from './api';
import { votesInDivisions, type DivisionVotes, type DivisionVotesRequest } from './division-votes';
import { attendanceFor, NOT_CHECKED, type Attendance } from './attendance';
import {
  dayKey,
  divisionKey,
  isPresidingPost,
  memberVote,
  partyFigures,
  StoredDivision,
  toStoredDivision,
  voteWords,
  type MemberVote,
  type PartyFigures,
  type PartyTurnout,
  type VoteContext,
} from './division';

export const NEAREST_DIVISIONS = 3;

const DayDivisions = z.array(z.object({ id: z.int().check(z.positive()), number: z.int(), title: z.string() }));

export interface DivisionVote {
  /** Bevan's division key, e.g. `pw-2021-07-14-56-commons`. */
  key: string;
  date: string;
  number: number;
  title: string;
  /** The division's page on votes.parliament.uk, once Parliament has named it. */
  url: string | null;
  ayes: number | null;
  noes: number | null;
  vote: MemberVote | null;
  words: string;
  /** How the MP's party, as the division lists them, voted in it; null where it does not say or the party does not vote. */
  party: PartyFigures | null;
}

export interface LiveVotes {
  divisions: DivisionVote[];
  /** How often they voted in the months before the date; null with `attendanceGap` saying why not. */
  attendance: Attendance | null;
  attendanceGap: string | null;
  /** The party's figure beside the MP's: null unless the divisions shown that give it list the MP under one party. */
  partyTurnout: PartyTurnout | null;
  /** Why some or all of the votes could not be read, in plain words. */
  problem: string | null;
  off: boolean;
}

/** The NHS divisions the API covers, nearest the date first, at most `limit`; shown in date order. */
export function nearestDivisions(divisions: readonly Division[], date: string, limit = NEAREST_DIVISIONS): Division[] {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return divisions
    .filter((division) => division.date >= VOTES_API_FROM)
    .sort((a, b) => Math.abs(day(a.date) - day(date)) - Math.abs(day(b.date) - day(date)) || a.number - b.number)
    .slice(0, limit)
    .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
}

export type Step<T> = { ok: true; value: T } | { ok: false; problem: string; off: boolean };

async function dayDivisions(
  db: BevanDb,
  client: ParliamentClient,
  date: string,
  now: Date,
): Promise<Step<z.infer<typeof DayDivisions>>> {
  const stored = DayDivisions.safeParse((await readLive(db, dayKey(date)))?.data);
  if (stored.success) return { ok: true, value: stored.data };
  const answer = await client.getJson(
    'votes',
    parliamentUrl('votes', DIVISION_SEARCH_PATH, daySearchQuery(date)),
    DivisionSearchAnswer,
  );
  if (!answer.ok)
    return { ok: false, problem: failureWords(answer.failure, 'votes'), off: answer.failure.kind === 'off' };
  if (!('data' in answer))
    return { ok: false, problem: 'Parliament’s votes service answered without the day’s divisions.', off: false };
  const value = answer.data
    .filter((summary) => summary.Date.slice(0, 10) === date)
    .map((summary) => ({ id: summary.DivisionId, number: summary.Number, title: summary.Title }));
  // A past day's divisions do not change: kept for good. An empty day is not kept: Bevan's data says a division
  // was held, so the answer is asked for again next time rather than trusted for ever.
  if (value.length > 0 && date < now.toISOString().slice(0, 10)) {
    await writeLive(db, { key: dayKey(date), fetchedAt: now.toISOString(), etag: answer.etag, data: value });
  }
  return { ok: true, value };
}

async function division(db: BevanDb, client: ParliamentClient, id: number, now: Date): Promise<Step<StoredDivision>> {
  const stored = StoredDivision.safeParse((await readLive(db, divisionKey(id)))?.data);
  if (stored.success) return { ok: true, value: stored.data };
  const answer = await client.getJson('votes', parliamentUrl('votes', divisionPath(id)), DivisionAnswer);
  if (!answer.ok)
    return { ok: false, problem: failureWords(answer.failure, 'votes'), off: answer.failure.kind === 'off' };
  const value = 'data' in answer ? toStoredDivision(answer.data) : null;
  if (!value || value.id !== id) {
    return { ok: false, problem: failureWords({ kind: 'shape', reason: `division ${id}` }, 'votes'), off: false };
  }
  await writeLive(db, {
    key: divisionKey(id),
    fetchedAt: now.toISOString(),
    etag: answer.ok && 'etag' in answer ? answer.etag : null,
    data: value,
  });
  return { ok: true, value };
}

/** Said of a vote Parliament could not be asked about. */
export const NOT_CHECKED_VOTE = 'Not checked with Parliament';

/** Said of a division Bevan's data names that the API's search of its day does not list. */
export const NO_RECORD = 'Parliament’s votes service has no record of this division';

/**
 * A division named by its day and number, with every MP's vote: the day's search gives the API's id, and the division
 * is fetched once and kept. Null when the day lists no division of that number.
 */
export async function divisionOn(
  db: BevanDb,
  client: ParliamentClient,
  date: string,
  number: number,
  now: Date,
): Promise<Step<StoredDivision | null>> {
  const day = await dayDivisions(db, client, date, now);
  if (!day.ok) return day;
  const found = day.value.find((summary) => summary.number === number);
  return found ? division(db, client, found.id, now) : { ok: true, value: null };
}

/** What explains an MP's missing vote on a day: from Parliament's record where Bevan has it, else the bundled spells. */
export function voteContext(memberships: readonly Membership[], facts: MemberFacts | null, date: string): VoteContext {
  const bundled = bundledSeatAt(memberships, date);
  return {
    presiding: facts ? postsAt(facts, date).some((post) => isPresidingPost(post.title)) : false,
    party: (facts ? partyAt(facts, date)?.party : null) ?? bundled?.membership.party ?? null,
    // Only Parliament's own record can say an MP had not yet come, or had gone: the bundled spells leave gaps.
    sitting: facts ? seatAt(facts, date) !== null : null,
    // The seat's nation, from the bundled spells (Parliament's record of a member does not say it).
    country: bundled?.membership.country ?? null,
  };
}

/** How `memberId` voted in the NHS divisions nearest `date` (today when the article's date is unknown). */
export async function nhsVotesFor(
  db: BevanDb,
  client: ParliamentClient,
  memberId: number,
  date: string,
  now: Date,
): Promise<LiveVotes> {
  const [divisions, memberships, liveRecord] = await Promise.all([
    db.getAll('divisions'),
    db.getAllFromIndex('memberships', 'byPerson', memberId),
    readLive(db, memberKey(memberId)),
  ]);
  const facts = liveRecord ? readMemberFacts(liveRecord.data) : null;
  const rows: DivisionVote[] = [];
  let problem: string | null = null;
  let off = false;
  for (const nhs of nearestDivisions(divisions, date)) {
    const row: DivisionVote = {
      key: nhs.id,
      date: nhs.date,
      number: nhs.number,
      title: nhs.title ?? `Division ${nhs.number}`,
      url: null,
      ayes: nhs.ayes,
      noes: nhs.noes,
      vote: null,
      words: NOT_CHECKED_VOTE,
      party: null,
    };
    rows.push(row);
    if (problem) continue;
    const got = await divisionOn(db, client, nhs.date, nhs.number, now);
    if (!got.ok) {
      ({ problem, off } = got);
      continue;
    }
    if (!got.value) {
      row.words = NO_RECORD;
      continue;
    }
    const vote = memberVote(got.value, memberId, voteContext(memberships, facts, nhs.date));
    Object.assign(row, {
      title: nhs.title ?? got.value.title,
      url: divisionPageUrl(got.value.id),
      ayes: got.value.ayeCount,
      noes: got.value.noCount,
      vote,
      words: voteWords(vote, got.value.evelCountry),
      party: partyFigures(got.value, memberId),
    });
  }
  // How often they vote, unless Parliament could not be asked just now.
  let attendance: Attendance | null = null;
  let attendanceGap: string | null = NOT_CHECKED;
  if (!problem) {
    const counted = await attendanceFor(db, client, memberId, date, memberships, facts, now);
    if (counted.ok) ({ attendance } = counted);
    else {
      attendanceGap = counted.gap;
      if (counted.problem) ({ problem, off } = counted);
    }
    if (counted.ok) attendanceGap = null;
  }
  return { divisions: rows, attendance, attendanceGap, partyTurnout: partyTurnout(rows), problem, off };
}

/**
 * The party's turnout in the divisions shown that give its figures, where each lists the MP under the same party (one
 * that changed party between them has no single party to compare with).
 */
export function partyTurnout(rows: readonly DivisionVote[]): PartyTurnout | null {
  const figures = rows.flatMap((row) => (row.party ? [row.party] : []));
  const first = figures[0];
  if (!first || figures.some(({ party }) => party !== first.party)) return null;
  let voted = 0;
  let places = 0;
  for (const party of figures) {
    const votes = party.ayes + party.noes + party.tellers;
    voted += votes;
    places += votes + party.noVoteRecorded;
  }
  return places ? { party: first.party, voted, places, divisions: figures.length } : null;
}

/** After a failure, the votes service is left alone this long: a reader moving over mentions offline sends nothing. */
export const VOTES_RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;

/** The background's NHS votes, with the same restraint after a failure as the member facts. */
export function createLiveVotes(
  database: () => Promise<BevanDb>,
  client: () => ParliamentClient,
  now: () => Date = () => new Date(),
) {
  let failed: { at: number; problem: string } | null = null;
  const quiet: ParliamentClient = {
    getJson: async (...args) =>
      failed && now().getTime() - failed.at < VOTES_RETRY_AFTER_FAILURE_MS
        ? { ok: false, failure: { kind: 'unreachable' } }
        : client().getJson(...args),
  };
  async function guarded<T extends { problem: string | null; off: boolean }>(
    work: (db: BevanDb, client: ParliamentClient) => Promise<T>,
  ): Promise<T> {
    const db = await database();
    // Turned off since, the reader is told so (the client answers "off" without a request), not the old failure.
    const recent =
      failed && now().getTime() - failed.at < VOTES_RETRY_AFTER_FAILURE_MS && (await checkingOn(db)) ? failed : null;
    const answer = await work(db, recent ? quiet : client());
    if (recent && answer.problem) return { ...answer, problem: recent.problem };
    if (answer.problem && !answer.off) failed = { at: now().getTime(), problem: answer.problem };
    else if (!answer.problem) failed = null;
    return answer;
  }
  return {
    get: (memberId: number, date: string): Promise<LiveVotes> =>
      guarded((db, asked) => nhsVotesFor(db, asked, memberId, date, now())),
    /** How some MPs voted in some divisions (a bill's), with the same restraint. */
    inDivisions: (request: DivisionVotesRequest): Promise<DivisionVotes> =>
      guarded((db, asked) => votesInDivisions(db, asked, request, now())),
  };
}
