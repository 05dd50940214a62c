import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import type { Bill, Division, Stance, VotingRecord } from '@/utils/data/schema';
import { gatherMpRecord } from '@/utils/letters/gather-mp-record';
import { mpRecordText } from '@/utils/letters/mp-record';
import { writeLive } from '@/utils/parliament/live-store';
import { freshDbName } from '../helpers/dataset';

const SOURCE = { url: 'https://example.org/fictional', label: 'Fictional' };
const MP = 99001;

const record: VotingRecord = {
  id: `${MP}-6676`,
  personId: MP,
  policyId: 6676,
  fromYear: 2011,
  toYear: 2012,
  votes: { with: 2, against: 0, absent: 1, abstained: 0 },
  strongVotes: { with: 4, against: 1, absent: 0, abstained: 0 },
  comparisonParty: null,
  partyAverage: null,
  sources: [{ url: 'https://votes.theyworkforyou.com/fictional/6676', label: 'TheyWorkForYou' }],
  origin: 'bundled',
};
const policy = {
  id: 6676,
  name: 'NHS Commissioning',
  description: 'reforming the NHS so GPs buy services on behalf of their patients',
  divisionCount: 8,
  sources: [SOURCE],
  origin: 'bundled' as const,
};
const stance = (id: string, subject: Stance['subject'], position: Stance['position'], date: string): Stance => ({
  id,
  personId: MP,
  subject,
  position,
  date,
  note: null,
  sources: [{ url: `https://example.org/stance/${id}`, label: 'Fictional' }],
  origin: 'campaigner',
});

describe('{mp_record}: the MP’s own record, dated and sourced', () => {
  it('reads each voting summary plainly, addressed to the MP, with its years and source', () => {
    const text = mpRecordText({
      divisionVotes: [],
      votingRecords: [record],
      policies: [policy],
      stances: [],
      stanceSubject: () => '',
    });
    expect(text).toBe(
      '- On reforming the NHS so GPs buy services on behalf of their patients, 2011–2012: you voted for in 6 of 8 votes, against in 1; no vote recorded in 1. (TheyWorkForYou: https://votes.theyworkforyou.com/fictional/6676)',
    );
  });

  it('says so when the data records nothing, rather than leave a blank', () => {
    expect(
      mpRecordText({ divisionVotes: [], votingRecords: [], policies: [], stances: [], stanceSubject: () => '' }),
    ).toBe('Bevan’s data records no votes or stances of yours on this.');
  });

  it("for a bill: the MP's votes in its divisions as stored from Parliament, and the stances on that bill only", async () => {
    const db = await openBevanDb(freshDbName());
    const bill: Bill = {
      id: 'fictional-health-bill',
      shortTitle: 'Fictional Health Bill',
      aliases: [],
      session: '2021-22',
      type: 'Government Bill',
      house: 'Commons',
      sponsorId: null,
      sponsorName: null,
      stages: [],
      outcome: null,
      actTitle: null,
      sources: [SOURCE],
      origin: 'campaigner',
    };
    const division: Division = {
      id: 'pw-2021-07-14-56-commons',
      date: '2021-07-14',
      number: 56,
      title: 'Fictional Health Bill — Second Reading',
      billId: bill.id,
      ayes: null,
      noes: null,
      policyIds: [],
      verified: true,
      sources: [SOURCE],
      origin: 'campaigner',
    };
    await db.put('bills', bill);
    await db.put('divisions', division);
    await db.put('votingRecords', record);
    await db.put('policies', policy);
    await db.put('stances', stance('s1', { kind: 'bill', billId: bill.id }, 'opposes', '2021-07-01'));
    await db.put('stances', stance('s2', { kind: 'dispute' }, 'supports', '2023-03-13'));
    await writeLive(db, {
      key: 'divisions-on/2021-07-14',
      fetchedAt: '2026-12-06T00:00:00.000Z',
      etag: null,
      data: [{ id: 990056, number: 56, title: 'Fictional Health Bill: Second Reading' }],
    });
    await writeLive(db, {
      key: 'division/990056',
      fetchedAt: '2026-12-06T00:00:00.000Z',
      etag: null,
      data: {
        id: 990056,
        date: '2021-07-14',
        number: 56,
        title: 'Fictional Health Bill: Second Reading',
        ayeCount: 1,
        noCount: 1,
        evelCountry: null,
        ayes: [12],
        noes: [MP],
        ayeTellers: [],
        noTellers: [],
        noVoteRecorded: [],
      },
    });
    const text = await gatherMpRecord(db, MP, { kind: 'bill', id: bill.id });
    expect(text.split('\n')).toEqual([
      '- Fictional Health Bill — Second Reading, 14 July 2021: No (UK Parliament: https://votes.parliament.uk/votes/commons/division/990056)',
      expect.stringMatching(/^- On reforming the NHS .*: you voted for in 6 of 8 votes/),
      '- Recorded by campaigners as opposing the Fictional Health Bill, 1 July 2021 (https://example.org/stance/s1)',
    ]);
    const dispute = await gatherMpRecord(db, MP, { kind: 'dispute' });
    expect(dispute).toContain('- Recorded by campaigners as supporting the resident doctors’ dispute, 13 March 2023');
    expect(dispute).not.toContain('Fictional Health Bill');
  });
});
