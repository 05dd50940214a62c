/**
 * How some MPs voted in some divisions: a bill's Commons divisions, for its sponsor and the MPs the page names, shown
 * beside each division on the bill's card. Each division is found by its day and number and kept, as for an MP's NHS
 * votes (live-votes.ts); a missing vote is explained, never called absence.
 */
import type { BevanDb } from '../../data/db';
import { z } from '../../data/zod';
import { IsoDate, MnisId } from '../../data/schema';
import type { ParliamentClient } from '../client';
import { readLive } from '../live-store';
import { memberKey } from '../members/facts';
import { readMemberFacts } from '../members/map-member';
import { VOTES_API_FROM } from './api';
import { MemberVote, memberVote, voteWords } from './division';
import { divisionOn, NO_RECORD, NOT_CHECKED_VOTE, voteContext } from './live-votes';

/** At most this many divisions and MPs in one request: a bill's divisions, its sponsor and the page's MPs. */
export const MOST_DIVISIONS = 20;
export const MOST_MEMBERS = 8;

export const DivisionVotesRequest = z.object({
  divisions: z
    .array(z.object({ date: IsoDate, number: z.int().check(z.nonnegative()) }))
    .check(z.maxLength(MOST_DIVISIONS)),
  memberIds: z.array(MnisId).check(z.minLength(1), z.maxLength(MOST_MEMBERS)),
});
export type DivisionVotesRequest = z.infer<typeof DivisionVotesRequest>;

export const DivisionVotes = z.object({
  rows: z.array(
    z.object({
      date: IsoDate,
      number: z.int(),
      votes: z.array(z.object({ memberId: MnisId, name: z.string(), vote: z.nullable(MemberVote), words: z.string() })),
    }),
  ),
  problem: z.nullable(z.string().check(z.maxLength(400))),
  off: z.boolean(),
});
export type DivisionVotes = z.infer<typeof DivisionVotes>;

export async function votesInDivisions(
  db: BevanDb,
  client: ParliamentClient,
  { divisions, memberIds }: DivisionVotesRequest,
  now: Date,
): Promise<DivisionVotes> {
  const members = await Promise.all(
    memberIds.map(async (id) => {
      const [person, memberships, live] = await Promise.all([
        db.get('people', id),
        db.getAllFromIndex('memberships', 'byPerson', id),
        readLive(db, memberKey(id)),
      ]);
      const facts = live ? readMemberFacts(live.data) : null;
      return { id, name: person?.name ?? facts?.name ?? `MP ${id}`, memberships, facts };
    }),
  );
  const rows: DivisionVotes['rows'] = [];
  let problem: string | null = null;
  let off = false;
  // Parliament's record of votes begins in 2016: earlier divisions are left out, not shown as unknown.
  for (const { date, number } of divisions.filter((division) => division.date >= VOTES_API_FROM)) {
    const unchecked = (words: string) => members.map(({ id, name }) => ({ memberId: id, name, vote: null, words }));
    if (problem) {
      rows.push({ date, number, votes: unchecked(NOT_CHECKED_VOTE) });
      continue;
    }
    const got = await divisionOn(db, client, date, number, now);
    if (!got.ok) {
      ({ problem, off } = got);
      rows.push({ date, number, votes: unchecked(NOT_CHECKED_VOTE) });
      continue;
    }
    const division = got.value;
    if (!division) {
      rows.push({ date, number, votes: unchecked(NO_RECORD) });
      continue;
    }
    rows.push({
      date,
      number,
      votes: members.map(({ id, name, memberships, facts }) => {
        const vote = memberVote(division, id, voteContext(memberships, facts, date));
        return { memberId: id, name, vote, words: voteWords(vote, division.evelCountry) };
      }),
    });
  }
  return { rows, problem, off };
}
