/**
 * The facts behind `{mp_record}`, read from the database: the reader's MP's NHS voting summaries, the stances
 * campaigners recorded on the letter's subject, and, for a bill, their votes in its divisions as far as Parliament's
 * answers are already stored (a letter never waits for the network).
 */
import type { BevanDb } from '../data/db';
import { readLive } from '../parliament/live-store';
import { divisionPageUrl } from '../parliament/votes/api';
import { dayKey, divisionKey, memberVote, StoredDivision, voteWords } from '../parliament/votes/division';
import { z } from '../data/zod';
import { mpRecordText, type RecordedDivisionVote } from './mp-record';

export type LetterAbout = { kind: 'mp'; id: number } | { kind: 'bill'; id: string } | { kind: 'dispute' };

const DayDivisions = z.array(z.object({ id: z.int(), number: z.int() }));

async function storedDivisionVotes(db: BevanDb, mpId: number, billId: string): Promise<RecordedDivisionVote[]> {
  const votes: RecordedDivisionVote[] = [];
  const divisions = (await db.getAllFromIndex('divisions', 'byBill', billId)).sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  for (const division of divisions) {
    const day = DayDivisions.safeParse((await readLive(db, dayKey(division.date)))?.data);
    const found = day.success ? day.data.find((summary) => summary.number === division.number) : undefined;
    if (!found) continue;
    const stored = StoredDivision.safeParse((await readLive(db, divisionKey(found.id)))?.data);
    if (!stored.success) continue;
    const vote = memberVote(stored.data, mpId, { presiding: false, party: null, sitting: null, country: null });
    votes.push({
      date: division.date,
      title: division.title ?? stored.data.title,
      words: voteWords(vote, stored.data.evelCountry),
      url: divisionPageUrl(found.id),
    });
  }
  return votes;
}

export async function gatherMpRecord(db: BevanDb, mpId: number, about: LetterAbout): Promise<string> {
  const [votingRecords, policies, stances] = await Promise.all([
    db.getAllFromIndex('votingRecords', 'byPerson', mpId),
    db.getAll('policies'),
    db.getAllFromIndex('stances', 'byPerson', mpId),
  ]);
  const bills = new Map((await db.getAll('bills')).map((bill) => [bill.id, bill.shortTitle]));
  const onSubject = stances.filter((stance) =>
    about.kind === 'bill'
      ? stance.subject.kind === 'bill' && stance.subject.billId === about.id
      : about.kind === 'dispute'
        ? stance.subject.kind === 'dispute'
        : true,
  );
  return mpRecordText({
    divisionVotes: about.kind === 'bill' ? await storedDivisionVotes(db, mpId, about.id) : [],
    votingRecords,
    policies,
    stances: onSubject.sort((a, b) => a.date.localeCompare(b.date)),
    stanceSubject: (stance) =>
      stance.subject.kind === 'dispute'
        ? 'the resident doctors’ dispute'
        : `the ${bills.get(stance.subject.billId) ?? stance.subject.billId}`,
  });
}
