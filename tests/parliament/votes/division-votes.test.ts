/** How some MPs voted in a bill's divisions, from the Commons Votes API: on answers and MPs written for the test. */
import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import { createParliamentClient } from '@/utils/parliament/client';
import { votesInDivisions } from '@/utils/parliament/votes/division-votes';
import { freshDbName } from '../../helpers/dataset';
import { details, spell } from '../../cards/mp-fixtures';
import { summary, voter } from './fixtures';

/** A Legislative Grand Committee (England) division, in which only MPs for English seats could vote. */
const evel = { ...summary(700, '2017-01-11', 120), EVELType: 'Legislative Grand Committee', EVELCountry: 'England' };

async function setUp(reachable = true) {
  const db = await openBevanDb(freshDbName());
  for (const [id, name, party] of [
    [99001, 'Alex Fictional', 'Labour'],
    [99002, 'Sam Example', 'Sinn Féin'],
    [99003, 'Jo Sample', 'Conservative'],
  ] as const) {
    await db.put('people', details(id, name, true, []).person);
    await db.put('memberships', spell(id, party, `Seat ${id}`, '2015-05-07', null, 'sitting'));
  }
  const asked: string[] = [];
  const client = createParliamentClient({
    fetch: async (href) => {
      const url = new URL(href);
      asked.push(url.pathname);
      if (!reachable) throw new TypeError('Failed to fetch');
      let body: unknown = [];
      if (url.pathname === '/data/divisions.json/search') {
        const day = url.searchParams.get('queryParameters.startDate');
        body = day === '2021-07-14' ? [summary(800, day, 56)] : day === '2017-01-11' ? [evel] : [];
      } else if (url.pathname === '/data/division/700.json') {
        body = { ...evel, Ayes: [voter(99001)], Noes: [], AyeTellers: [], NoTellers: [], NoVoteRecorded: [] };
      } else if (url.pathname === '/data/division/800.json') {
        body = {
          ...summary(800, '2021-07-14', 56),
          Ayes: [voter(99001)],
          Noes: [],
          AyeTellers: [],
          NoTellers: [voter(99003)],
          NoVoteRecorded: [],
        };
      }
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    },
    isEnabled: async () => true,
    sleep: async () => undefined,
    retries: 0,
  });
  return { db, client, asked };
}

const NOW = new Date('2026-12-06T20:00:00Z');

describe("MPs' votes in a bill's divisions", () => {
  it('gives each MP’s vote in words, explains a missing one, and leaves out divisions before the API’s record', async () => {
    const { db, client } = await setUp();
    const answer = await votesInDivisions(
      db,
      client,
      {
        divisions: [
          { date: '2012-03-13', number: 480 },
          { date: '2021-07-14', number: 56 },
          { date: '2021-07-15', number: 57 },
        ],
        memberIds: [99001, 99002, 99003],
      },
      NOW,
    );
    expect(answer.problem).toBeNull();
    expect(answer.rows).toEqual([
      {
        date: '2021-07-14',
        number: 56,
        votes: [
          { memberId: 99001, name: 'Alex Fictional', vote: 'aye', words: 'Aye' },
          {
            memberId: 99002,
            name: 'Sam Example',
            vote: 'abstentionist',
            words: 'Sinn Féin MPs do not take their seats',
          },
          { memberId: 99003, name: 'Jo Sample', vote: 'no-teller', words: 'Teller for the Noes' },
        ],
      },
      {
        date: '2021-07-15',
        number: 57,
        votes: ['Alex Fictional', 'Sam Example', 'Jo Sample'].map((name, index) => ({
          memberId: 99001 + index,
          name,
          vote: null,
          words: 'Parliament’s votes service has no record of this division',
        })),
      },
    ]);
  });

  it('says an MP whose seat was outside England was not eligible in an English-votes division', async () => {
    const { db, client } = await setUp();
    // A Scottish seat, as the bundled spells give its nation; the English seat's MP has no vote recorded.
    await db.put('memberships', {
      ...spell(99004, 'SNP', 'Seat 99004', '2015-05-07', null, 'sitting'),
      country: 'Scotland',
    });
    await db.put('memberships', {
      ...spell(99005, 'Labour', 'Seat 99005', '2015-05-07', null, 'sitting'),
      country: 'England',
    });
    const answer = await votesInDivisions(
      db,
      client,
      { divisions: [{ date: '2017-01-11', number: 120 }], memberIds: [99004, 99005] },
      NOW,
    );
    expect(answer.rows[0].votes.map((vote) => vote.words)).toEqual([
      'Not eligible: only MPs for seats in England could vote',
      'No vote recorded (only MPs for seats in England could vote)',
    ]);
  });

  it('says why when Parliament cannot be reached, and marks every vote not checked', async () => {
    const { db, client } = await setUp(false);
    const answer = await votesInDivisions(
      db,
      client,
      { divisions: [{ date: '2021-07-14', number: 56 }], memberIds: [99001] },
      NOW,
    );
    expect(answer.problem).toBe("Parliament's votes service could not be reached: you may be offline.");
    expect(answer.rows[0].votes).toEqual([
      { memberId: 99001, name: 'Alex Fictional', vote: null, words: 'Not checked with Parliament' },
    ]);
  });
});
