/** Bills' stages kept up to date from the Bills API, through the real client over a network written for the test. */
import { beforeEach, describe, expect, it } from 'vitest';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import type { Bill } from '@/utils/data/schema';
import { readLive, writeLive } from '@/utils/parliament/live-store';
import { CARD_MAX_AGE_MS, readLiveBill, refreshLiveBill, refreshLiveBills } from '@/utils/parliament/bills/live-bills';
import { freshDbName } from '../../helpers/dataset';
import { apiBill, apiStage, apiStages, billsNetwork, type Route } from './bills-network';

const NOW = new Date('2026-12-06T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const card = { now: NOW, maxAgeMs: CARD_MAX_AGE_MS };

let db: BevanDb;
beforeEach(async () => {
  db = await openBevanDb(freshDbName());
});

/** Bill 4100 with a first reading, or whatever stages a test gives it. */
function serving(stages = [apiStage(4100, 1, '1st reading', ['2026-06-01'])], bill = apiBill(4100)): Route {
  return (url) => {
    if (url.pathname === '/api/v1/Bills/4100') return { body: bill };
    if (url.pathname === '/api/v1/Bills/4100/Stages') return { body: apiStages(stages) };
    return undefined;
  };
}

describe('one bill', () => {
  it('fetches a bill never checked, stores it under bill/4100 and says when', async () => {
    const { client, requests } = billsNetwork(serving());
    const answer = await refreshLiveBill(db, client, 4100, card);
    expect(answer.failure).toBeNull();
    expect(answer.live?.checkedAt).toBe(NOW.toISOString());
    expect(answer.live?.bill.stages.map((stage) => stage.stage)).toEqual(['1st reading']);
    expect(requests.map((url) => `${url.host}${url.pathname}`)).toEqual([
      'bills-api.parliament.uk/api/v1/Bills/4100',
      'bills-api.parliament.uk/api/v1/Bills/4100/Stages',
      'commonsvotes-api.parliament.uk/data/divisions.json/search',
    ]);
    expect(requests[2].searchParams.get('queryParameters.searchTerm')).toBe('Example Health Bill');
    expect((await readLive(db, 'bill/4100'))?.fetchedAt).toBe(NOW.toISOString());
    expect(await readLiveBill(db, 4100)).toEqual(answer.live);
  });

  it('asks nothing when the stored copy is under a day old', async () => {
    await refreshLiveBill(db, billsNetwork(serving()).client, 4100, {
      ...card,
      now: new Date(NOW.getTime() - DAY / 2),
    });
    const { client, requests } = billsNetwork(serving());
    await refreshLiveBill(db, client, 4100, card);
    expect(requests).toHaveLength(0);
  });

  it('a stage served later appears once the stored copy is over a day old', async () => {
    await refreshLiveBill(db, billsNetwork(serving()).client, 4100, {
      ...card,
      now: new Date(NOW.getTime() - 2 * DAY),
    });
    const later = serving([
      apiStage(4100, 1, '1st reading', ['2026-06-01']),
      apiStage(4100, 2, '2nd reading', ['2026-11-30']),
    ]);
    const answer = await refreshLiveBill(db, billsNetwork(later).client, 4100, card);
    expect(answer.live?.bill.stages.map((stage) => [stage.stage, stage.dates])).toEqual([
      ['1st reading', ['2026-06-01']],
      ['2nd reading', ['2026-11-30']],
    ]);
  });

  it('keeps the stored stages, and says why, when Parliament cannot be reached', async () => {
    const earlier = new Date(NOW.getTime() - 2 * DAY);
    await refreshLiveBill(db, billsNetwork(serving()).client, 4100, { ...card, now: earlier });
    const down = billsNetwork(() => new TypeError('Failed to fetch'));
    const answer = await refreshLiveBill(db, down.client, 4100, card);
    expect(answer.live?.checkedAt).toBe(earlier.toISOString());
    expect(answer.live?.bill.stages).toHaveLength(1);
    expect(answer.failure).toMatch(/\w/);
  });

  it('changes nothing stored when an answer is malformed', async () => {
    const earlier = new Date(NOW.getTime() - 2 * DAY);
    await refreshLiveBill(db, billsNetwork(serving()).client, 4100, { ...card, now: earlier });
    const before = await readLive(db, 'bill/4100');
    const malformed = billsNetwork((url) =>
      url.pathname.endsWith('/Stages') ? { body: { items: 'none' } } : { body: apiBill(4100) },
    );
    const answer = await refreshLiveBill(db, malformed.client, 4100, card);
    expect(answer.failure).not.toBeNull();
    expect(await readLive(db, 'bill/4100')).toEqual(before);
  });

  it('refuses an answer about another bill', async () => {
    const { client } = billsNetwork((url) =>
      url.pathname === '/api/v1/Bills/4100' ? { body: apiBill(4101) } : undefined,
    );
    const answer = await refreshLiveBill(db, client, 4100, card);
    expect(answer).toMatchObject({ live: null, failure: expect.any(String) });
    expect(await readLive(db, 'bill/4100')).toBeUndefined();
  });

  it('asks for the next page of stages when Parliament lists more than one', async () => {
    const stages = Array.from({ length: 3 }, (_, index) =>
      apiStage(4100, index + 1, `Stage ${index + 1}`, ['2026-06-0' + (index + 1)]),
    );
    const { client, requests } = billsNetwork((url) => {
      if (url.pathname === '/api/v1/Bills/4100') return { body: apiBill(4100) };
      const skip = Number(url.searchParams.get('Skip'));
      return { body: { items: skip === 0 ? stages.slice(0, 2) : stages.slice(2), totalResults: 3, itemsPerPage: 2 } };
    });
    const answer = await refreshLiveBill(db, client, 4100, card);
    expect(answer.live?.bill.stages).toHaveLength(3);
    expect(requests.slice(0, 3).map((url) => url.searchParams.get('Skip'))).toEqual([null, '0', '2']);
  });

  it('does not fetch a finished bill again, however old its copy', async () => {
    await writeLive(db, {
      key: 'bill/4100',
      fetchedAt: new Date(NOW.getTime() - 30 * DAY).toISOString(),
      etag: null,
      data: {
        parliamentBillId: 4100,
        shortTitle: 'Example Health Act 2026',
        longTitle: null,
        billType: 'Government Bill',
        originatingHouse: 'Commons',
        includedSessionCount: 1,
        isAct: true,
        withdrawn: null,
        defeated: false,
        currentStage: null,
        sponsors: [],
        stages: [{ stage: 'Royal Assent', house: 'none', dates: ['2026-10-01'], sortOrder: 9 }],
      },
    });
    const { client, requests } = billsNetwork(serving());
    const answer = await refreshLiveBill(db, client, 4100, card);
    expect(requests).toHaveLength(0);
    expect(answer.live?.bill.isAct).toBe(true);
  });

  it('treats a stored copy that no longer fits the schema as absent', async () => {
    await writeLive(db, { key: 'bill/4100', fetchedAt: NOW.toISOString(), etag: null, data: { stages: 'old' } });
    expect(await readLiveBill(db, 4100)).toBeNull();
  });
});

describe('divisions on the bill', () => {
  const division = (id: number, date: string, title: string) => ({
    DivisionId: id,
    Date: `${date}T19:00:00`,
    Number: id - 9000,
    Title: title,
    AyeCount: 300 + id - 9000,
    NoCount: 200,
  });
  const withVotes =
    (votes: Route): Route =>
    (url) =>
      url.host.startsWith('commonsvotes') ? votes(url) : serving()(url);

  it('keeps the Commons divisions titled with the bill in its session, with their Ayes and Noes', async () => {
    const { client } = billsNetwork(
      withVotes(() => ({
        body: [
          division(9001, '2026-06-01', 'Example Health Bill: Second Reading'),
          division(9002, '2026-06-01', 'Example Health Bill (No. 2): Second Reading'),
          division(9003, '2019-03-01', 'Example Health Bill: Second Reading'),
        ],
      })),
    );
    const answer = await refreshLiveBill(db, client, 4100, card);
    expect(answer.live?.bill.divisions).toEqual([
      {
        divisionId: 9001,
        date: '2026-06-01',
        number: 1,
        title: 'Example Health Bill: Second Reading',
        ayes: 301,
        noes: 200,
      },
    ]);
  });

  it('keeps the divisions known before when the Commons Votes API cannot be asked, without failing the stages', async () => {
    const earlier = new Date(NOW.getTime() - 2 * DAY);
    const first = billsNetwork(
      withVotes(() => ({ body: [division(9001, '2026-06-01', 'Example Health Bill: Second Reading')] })),
    );
    await refreshLiveBill(db, first.client, 4100, { ...card, now: earlier });
    const votesDown = billsNetwork(withVotes(() => new TypeError('Failed to fetch')));
    const answer = await refreshLiveBill(db, votesDown.client, 4100, card);
    expect(answer.failure).toBeNull();
    expect(answer.live?.checkedAt).toBe(NOW.toISOString());
    expect(answer.live?.bill.divisions.map((known) => known.divisionId)).toEqual([9001]);
  });
});

describe('the alarm', () => {
  const bill = (id: string, parliamentBillId?: number): Bill => ({
    id,
    shortTitle: `Bill ${id}`,
    aliases: [],
    session: '2026-27',
    type: 'Government Bill',
    house: 'Commons',
    sponsorId: null,
    sponsorName: null,
    stages: [],
    outcome: null,
    actTitle: null,
    sources: [{ url: 'https://example.org/', label: 'example.org' }],
    ...(parliamentBillId ? { parliamentBillId } : {}),
    origin: 'campaigner',
  });

  it("refreshes every bill with a Parliament id, campaigners' and packs' alike, and no other", async () => {
    await db.put('bills', bill('typed-bill'));
    await db.put('bills', bill('example-bill', 4100));
    await db.put('bills', { ...bill('pack-bill', 4100), origin: 'pack:nhs-campaign' });
    const { client, requests } = billsNetwork(serving());
    await refreshLiveBills(db, client, NOW);
    expect(requests.map((url) => url.pathname)).toEqual([
      '/api/v1/Bills/4100',
      '/api/v1/Bills/4100/Stages',
      '/data/divisions.json/search',
    ]);
    expect(await readLiveBill(db, 4100)).not.toBeNull();
  });

  it('asks nothing when the reader has turned checking off', async () => {
    await db.put('bills', bill('example-bill', 4100));
    const { client, requests } = billsNetwork(serving(), { enabled: false });
    await refreshLiveBills(db, client, NOW);
    expect(requests).toHaveLength(0);
    expect(await readLiveBill(db, 4100)).toBeNull();
  });
});
