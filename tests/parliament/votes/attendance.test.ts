/** How often an MP votes, from the Commons Votes API's counts: on answers and MPs written for the test. */
import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import { createParliamentClient } from '@/utils/parliament/client';
import { attendanceDays, attendanceFor, attendanceWindow } from '@/utils/parliament/votes/attendance';
import { freshDbName } from '../../helpers/dataset';
import { spell } from '../../cards/mp-fixtures';

const SITTING_SINCE_2015 = [
  spell(99001, 'Labour', 'Exampleton North', '2015-05-07', '2017-05-03', 'exact'),
  spell(99001, 'Labour', 'Exampleton North', '2017-06-08', null, 'sitting'),
];
const BY_ELECTION_2016 = [spell(99002, 'Labour', 'Exampleton South', '2016-05-05', null, 'sitting')];

describe('the months counted', () => {
  it('are the twelve whole months before the article’s month', () => {
    expect(attendanceWindow('2016-03-14')).toEqual({ from: '2015-03-01', to: '2016-02-29' });
    expect(attendanceWindow('2021-01-31')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('begin no earlier than Parliament’s record of votes, or the MP’s first day, and say so', () => {
    expect(attendanceDays('2016-03-14', SITTING_SINCE_2015, null)).toEqual({
      from: '2016-01-01',
      to: '2016-02-29',
      cut: 'Parliament’s record of votes begins in January 2016',
    });
    expect(attendanceDays('2017-01-10', BY_ELECTION_2016, null)).toEqual({
      from: '2016-05-05',
      to: '2016-12-31',
      cut: 'in the Commons from 5 May 2016',
    });
    // Re-elected at a general election within the months: all of them count.
    expect(attendanceDays('2017-09-01', SITTING_SINCE_2015, null)).toEqual({
      from: '2016-09-01',
      to: '2017-08-31',
      cut: null,
    });
  });

  it('are none for the Speaker or Sinn Féin, who do not vote: a share of none would read as neglect', () => {
    const speaker = [spell(99003, 'Speaker', 'Exampleton West', '2015-05-07', null, 'sitting')];
    expect(attendanceDays('2021-07-20', speaker, null)).toEqual({
      gap: 'In the chair (the Speaker or a deputy), who do not vote: no share of votes to count.',
    });
    const abstentionist = [spell(99004, 'Sinn Féin', 'Exampleton East', '2015-05-07', null, 'sitting')];
    expect(attendanceDays('2021-07-20', abstentionist, null)).toEqual({
      gap: 'Sinn Féin MPs do not take their seats: no share of votes to count.',
    });
  });

  it('are none before 2016, or for someone not in the Commons then', () => {
    expect(attendanceDays('2015-06-01', SITTING_SINCE_2015, null)).toEqual({
      gap: 'Parliament’s record of votes begins in 2016: how often they voted before then is not counted.',
    });
    expect(attendanceDays('2016-04-01', BY_ELECTION_2016, null)).toEqual({
      gap: 'Not an MP in the month before this date: no share of votes to count.',
    });
  });
});

describe('the counts', () => {
  async function setUp(total: unknown, voted: unknown) {
    const db = await openBevanDb(freshDbName());
    const asked: URL[] = [];
    const client = createParliamentClient({
      fetch: async (href) => {
        const url = new URL(href);
        asked.push(url);
        const body = url.searchParams.has('queryParameters.memberId') ? voted : total;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      },
      isEnabled: async () => true,
      sleep: async () => undefined,
      retries: 0,
    });
    return { db, asked, client };
  }
  const NOW = new Date('2026-12-06T20:00:00Z');

  it('ask for all divisions and for the MP’s, in the months counted, and keep both for good', async () => {
    const { db, asked, client } = await setUp(420, 312);
    const answer = await attendanceFor(db, client, 99001, '2017-09-01', SITTING_SINCE_2015, null, NOW);
    expect(answer).toEqual({
      ok: true,
      attendance: {
        from: '2016-09-01',
        to: '2017-08-31',
        voted: 312,
        total: 420,
        cut: null,
        url: 'https://members.parliament.uk/member/99001/voting',
      },
    });
    expect(asked.map((url) => url.host + url.pathname)).toEqual(
      Array(2).fill('commonsvotes-api.parliament.uk/data/divisions.json/searchTotalResults'),
    );
    expect(Object.fromEntries(asked[1].searchParams)).toEqual({
      'queryParameters.startDate': '2016-09-01',
      'queryParameters.endDate': '2017-08-31',
      'queryParameters.memberId': '99001',
      'queryParameters.includeWhenMemberWasTeller': 'true',
    });
    await attendanceFor(db, client, 99001, '2017-09-20', SITTING_SINCE_2015, null, NOW);
    expect(asked).toHaveLength(2);
  });

  it('refuse counts that do not add up, or are not counts, and say so', async () => {
    const more = await setUp(10, 11);
    const answer = await attendanceFor(more.db, more.client, 99001, '2017-09-01', SITTING_SINCE_2015, null, NOW);
    expect(answer).toMatchObject({ ok: false, problem: 'Parliament’s counts of divisions did not add up.' });
    const words = await setUp('many', 3);
    const refused = await attendanceFor(words.db, words.client, 99001, '2017-09-01', SITTING_SINCE_2015, null, NOW);
    expect(refused).toMatchObject({ ok: false, gap: 'How often they vote was not checked with Parliament.' });
  });
});
