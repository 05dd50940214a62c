import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import type { Division } from '@/utils/data/schema';
import { createParliamentClient } from '@/utils/parliament/client';
import { readLive, writeLive } from '@/utils/parliament/live-store';
import { mapMember } from '@/utils/parliament/members/map-member';
import { createLiveVotes, nearestDivisions } from '@/utils/parliament/votes/live-votes';
import { freshDbName } from '../../helpers/dataset';
import { biographyAnswer, item, memberAnswer } from '../members/fixtures';
import { summary, voter } from './fixtures';

/** NHS divisions as Bevan's data names them, written for the test. */
function nhs(date: string, number: number, title: string | null = null): Division {
  return {
    id: `pw-${date}-${number}-commons`,
    date,
    number,
    title,
    billId: null,
    ayes: null,
    noes: null,
    policyIds: [],
    verified: true,
    sources: [{ url: 'https://example.org/fictional-division', label: 'Fictional' }],
    origin: 'bundled',
  };
}

type Answer = { status: number; body: unknown } | 'unreachable';

async function setUp(answers: (url: URL) => Answer | undefined) {
  const db = await openBevanDb(freshDbName());
  await db.put('divisions', nhs('2011-01-31', 185, 'Before the API'));
  await db.put('divisions', nhs('2019-10-23', 9, 'An NHS division'));
  await db.put('divisions', nhs('2021-07-14', 56, 'Another NHS division'));
  const asked: string[] = [];
  const client = createParliamentClient({
    fetch: async (href) => {
      const url = new URL(href);
      asked.push(url.pathname + url.search);
      const answer = answers(url) ?? { status: 404, body: {} };
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    },
    isEnabled: async () => true,
    sleep: async () => undefined,
    retries: 0,
  });
  let now = new Date('2026-12-06T20:00:00Z');
  const votes = createLiveVotes(
    async () => db,
    () => client,
    () => now,
  );
  return { db, asked, votes, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const parliament = (url: URL): Answer | undefined => {
  if (url.pathname === '/data/divisions.json/search') {
    const day = url.searchParams.get('queryParameters.startDate');
    if (day === '2019-10-23') return { status: 200, body: [summary(700, day, 8), summary(701, day, 9)] };
    if (day === '2021-07-14') return { status: 200, body: [summary(800, day, 55)] };
  }
  if (url.pathname === '/data/division/701.json') {
    return {
      status: 200,
      body: {
        ...summary(701, '2019-10-23', 9),
        Ayes: [voter(1)],
        Noes: [voter(2)],
        AyeTellers: [],
        NoTellers: [voter(3)],
        NoVoteRecorded: [voter(4)],
      },
    };
  }
  return undefined;
};

describe('NHS votes from the Commons Votes API', () => {
  it('picks the divisions nearest the date that the API covers (2016 on), shown in date order', () => {
    const divisions = [
      nhs('2011-01-31', 185),
      nhs('2016-05-04', 263),
      nhs('2019-10-23', 9),
      nhs('2021-07-14', 56),
      nhs('2022-04-25', 260),
    ];
    expect(nearestDivisions(divisions, '2021-01-01').map((division) => division.id)).toEqual([
      'pw-2019-10-23-9-commons',
      'pw-2021-07-14-56-commons',
      'pw-2022-04-25-260-commons',
    ]);
    expect(nearestDivisions(divisions, '2011-01-31', 1).map((division) => division.date)).toEqual(['2016-05-04']);
  });

  it("finds each division by its day and number, reads the MP's vote, and keeps both answers for good", async () => {
    const { db, asked, votes } = await setUp(parliament);
    const first = await votes.get(2, '2020-01-01');
    expect(first.problem).toBeNull();
    expect(first.divisions.find((row) => row.number === 9)).toMatchObject({
      title: 'An NHS division',
      url: 'https://votes.parliament.uk/votes/commons/division/701',
      ayes: 300,
      noes: 200,
      vote: 'no',
      words: 'No',
    });
    expect((await readLive(db, 'division/701'))?.data).toMatchObject({ id: 701, noes: [2] });
    const count = asked.length;
    const again = await votes.get(3, '2020-01-01');
    expect(again.divisions.find((row) => row.number === 9)?.words).toBe('Teller for the Noes');
    expect(asked).toHaveLength(count);
  });

  it("gives the MP's party's figures in each division as it lists them, and the party's turnout in those", async () => {
    const withParties = (url: URL): Answer | undefined => {
      if (url.pathname !== '/data/division/701.json') return parliament(url);
      return {
        status: 200,
        body: {
          ...summary(701, '2019-10-23', 9),
          Ayes: [voter(1, 'Fictional Party'), voter(5, 'Other Party')],
          Noes: [voter(2, 'Fictional Party')],
          AyeTellers: [],
          NoTellers: [voter(3, 'Fictional Party')],
          NoVoteRecorded: [voter(4, 'Fictional Party'), voter(6, 'Other Party')],
        },
      };
    };
    const { votes } = await setUp(withParties);
    const answer = await votes.get(2, '2020-01-01');
    expect(answer.divisions.find((row) => row.number === 9)?.party).toEqual({
      party: 'Fictional Party',
      ayes: 1,
      noes: 1,
      tellers: 1,
      noVoteRecorded: 1,
    });
    // The other division shown has no record in the API: the turnout is of the one that does.
    expect(answer.divisions.find((row) => row.number === 56)?.party).toBeNull();
    expect(answer.partyTurnout).toEqual({ party: 'Fictional Party', voted: 3, places: 4, divisions: 1 });
    // An MP listed without a party has no party figures.
    expect((await votes.get(7, '2020-01-01')).partyTurnout).toBeNull();
  });

  it("says so when the day's divisions do not include the number, rather than guess", async () => {
    const { db, votes } = await setUp(parliament);
    const answer = await votes.get(1, '2021-07-14');
    expect(answer.divisions.find((row) => row.number === 56)?.words).toBe(
      'Parliament’s votes service has no record of this division',
    );
    // The day is kept (it has a division), so it is not asked again; a day with none would be.
    expect(await readLive(db, 'divisions-on/2021-07-14')).toBeDefined();
    expect(await readLive(db, 'divisions-on/2019-10-23')).toBeDefined();
  });

  it('says the Speaker presides and does not vote, from the stored member facts', async () => {
    const { db, votes } = await setUp(parliament);
    const mapped = mapMember(
      4,
      memberAnswer(4, 'A Fictional Speaker', { party: 'Speaker' }),
      biographyAnswer(4, {
        representations: [item('Exampleton North', 9001, '2015-05-07', null)],
        otherPosts: [item('Speaker of the House of Commons', 1, '2019-11-04', null)],
      }),
    );
    if (!mapped.ok) throw new Error(mapped.reason);
    await writeLive(db, { key: 'member/4', fetchedAt: '2026-12-06T00:00:00.000Z', etag: null, data: mapped.facts });
    // Before the chair, no vote recorded; in it, presiding.
    expect((await votes.get(4, '2019-10-23')).divisions.find((row) => row.number === 9)?.words).toBe(
      'No vote recorded',
    );
    const mapped2 = mapMember(
      4,
      memberAnswer(4, 'A Fictional Speaker', { party: 'Speaker' }),
      biographyAnswer(4, {
        representations: [item('Exampleton North', 9001, '2015-05-07', null)],
        otherPosts: [item('Speaker of the House of Commons', 1, '2019-10-01', null)],
      }),
    );
    if (!mapped2.ok) throw new Error(mapped2.reason);
    await writeLive(db, { key: 'member/4', fetchedAt: '2026-12-06T00:00:00.000Z', etag: null, data: mapped2.facts });
    expect((await votes.get(4, '2019-10-23')).divisions.find((row) => row.number === 9)?.words).toBe(
      'Presiding: does not vote',
    );
  });

  it('when Parliament cannot be reached, lists the divisions unchecked, says why, and waits before asking again', async () => {
    const { asked, votes, later } = await setUp(() => 'unreachable');
    const answer = await votes.get(1, '2020-01-01');
    expect(answer.problem).toBe("Parliament's votes service could not be reached: you may be offline.");
    expect(answer.divisions.map((row) => row.words)).toEqual(Array(2).fill('Not checked with Parliament'));
    const count = asked.length;
    await votes.get(1, '2020-01-01');
    expect(asked).toHaveLength(count);
    later(5 * 60 * 1000 + 1);
    await votes.get(1, '2020-01-01');
    expect(asked.length).toBeGreaterThan(count);
  });
});
