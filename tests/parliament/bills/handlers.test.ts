/**
 * The live bill requests through Bevan's real router and handlers, with the real Parliament client over a network
 * written for the test: a card's refresh, the editor's search, and adding a bill from Parliament.
 */
import { describe, expect, it } from 'vitest';
import { sendRequest } from '@/utils/messages';
import { readLive } from '@/utils/parliament/live-store';
import { contentScriptIn, extensionPage, startBackground } from '../../helpers/background';
import { apiBill, apiStage, apiStages, billsNetwork, type Route } from './bills-network';

const stages = [apiStage(4100, 1, '1st reading', ['2026-06-01']), apiStage(4100, 2, '2nd reading', ['2026-06-20'])];

const parliament: Route = (url) => {
  if (url.pathname === '/api/v1/Bills/4100') return { body: apiBill(4100) };
  if (url.pathname === '/api/v1/Bills/4100/Stages') return { body: apiStages(stages) };
  if (url.pathname === '/api/v1/Bills' && url.searchParams.get('SearchTerm') === 'example health') {
    return {
      body: {
        items: [
          { ...apiBill(4100), currentStage: stages[1] },
          {
            ...apiBill(4101),
            shortTitle: 'Example Health (No. 2) Bill',
            currentStage: apiStage(4101, 1, '1st reading', []),
          },
        ],
        totalResults: 2,
        itemsPerPage: 20,
      },
    };
  }
  return undefined;
};

async function background(route: Route = parliament) {
  const network = billsNetwork(route);
  const notified: number[] = [];
  const started = await startBackground({
    controls: { parliament: network.client, notifyTabs: () => notified.push(1) },
  });
  const editor = started.from(extensionPage('editor.html'));
  const page = started.from(contentScriptIn('https://www.bbc.co.uk/news/health'));
  return { ...started, network, notified, editor, page };
}

describe('Add from Parliament', () => {
  it('lists matching bills with their session and current stage', async () => {
    const { editor } = await background();
    const found = await sendRequest(editor, 'searchParliamentBills', { term: 'example health' });
    expect(found).toEqual({
      ok: true,
      data: {
        total: 2,
        hits: [
          expect.objectContaining({
            parliamentBillId: 4100,
            session: '2026-27',
            currentStage: '2nd reading',
            existingBillId: null,
          }),
          // Its own stage has not sat, but the other bill of its session names the session.
          expect.objectContaining({ parliamentBillId: 4101, session: '2026-27', currentStage: '1st reading' }),
        ],
      },
    });
  });

  it("adds the chosen bill as the campaigner's, with its sponsor linked to the MP, its stages and Parliament id, and tells open tabs", async () => {
    const { editor, page, db, notified } = await background();
    const added = await sendRequest(editor, 'addBillFromParliament', {
      parliamentBillId: 4100,
      aliases: ['the example bill'],
    });
    expect(added).toEqual({ ok: true, data: { id: 'example-health-bill-2026-27', shortTitle: 'Example Health Bill' } });
    const bill = await db.get('bills', 'example-health-bill-2026-27');
    expect(bill).toMatchObject({
      origin: 'campaigner',
      session: '2026-27',
      sponsorId: 4797,
      sponsorName: 'James Murray',
      aliases: ['the example bill'],
      parliamentBillId: 4100,
      type: 'Government Bill',
    });
    expect(bill?.stages.map((stage) => stage.stage)).toEqual(['1st reading', '2nd reading']);
    expect(notified).toHaveLength(1);
    // Its card has the live copy straight away, without asking Parliament again.
    const card = await sendRequest(page, 'getLiveBill', { id: 'example-health-bill-2026-27', refresh: false });
    expect(card.ok && card.data.live?.bill.longTitle).toBe('A Bill to make provision about example health services.');
    const search = await sendRequest(editor, 'searchParliamentBills', { term: 'example health' });
    expect(search.ok && search.data.hits[0].existingBillId).toBe('example-health-bill-2026-27');
  });

  it('refuses a second copy of a bill already in the data, changing nothing', async () => {
    const { editor, db } = await background();
    await sendRequest(editor, 'addBillFromParliament', { parliamentBillId: 4100, aliases: [] });
    const before = await db.getAll('bills');
    const again = await sendRequest(editor, 'addBillFromParliament', { parliamentBillId: 4100, aliases: [] });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('is already in Bevan') },
    });
    expect(await db.getAll('bills')).toEqual(before);
  });

  it('says plainly that a bill number does not exist, and changes nothing', async () => {
    const { editor, db } = await background();
    const before = await db.count('bills');
    expect(await sendRequest(editor, 'searchParliamentBills', { term: '999999' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Parliament has no bill numbered 999999. Nothing was added.' },
    });
    expect(await sendRequest(editor, 'addBillFromParliament', { parliamentBillId: 999999, aliases: [] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Parliament has no bill numbered 999999. Nothing was added.' },
    });
    expect(await db.count('bills')).toBe(before);
  });

  it('refuses search terms with markup or of 1,000 characters without asking Parliament', async () => {
    const { editor, network } = await background();
    const markup = await sendRequest(editor, 'searchParliamentBills', { term: '<img src=x onerror=alert(1)>' });
    expect(markup).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Search with plain words: no < or > characters.' },
    });
    const long = await sendRequest(editor, 'searchParliamentBills', { term: 'x'.repeat(1000) });
    expect(long.ok || long.error.message).toMatch(/1000 characters/);
    expect(network.requests).toHaveLength(0);
  });

  it('adds nothing when Parliament answers with a malformed bill', async () => {
    const { editor, db } = await background((url) =>
      url.pathname === '/api/v1/Bills/4100' ? { body: { ...apiBill(4100), billId: 'forty-one hundred' } } : undefined,
    );
    const before = await db.count('bills');
    const added = await sendRequest(editor, 'addBillFromParliament', { parliamentBillId: 4100, aliases: [] });
    expect(added.ok).toBe(false);
    expect(await db.count('bills')).toBe(before);
    expect(await readLive(db, 'bill/4100')).toBeUndefined();
  });

  it('is for Bevan’s own pages only', async () => {
    const { page } = await background();
    const asked = await sendRequest(page, 'addBillFromParliament', { parliamentBillId: 4100, aliases: [] });
    expect(asked.ok || asked.error.code).toBe('forbidden');
  });
});

describe("a bill card's live stages", () => {
  it('are none for a bill without a Parliament id, without asking Parliament', async () => {
    const { page, network } = await background();
    const answer = await sendRequest(page, 'getLiveBill', { id: 'nhs-bill-2015-16', refresh: true });
    expect(answer).toEqual({ ok: true, data: { live: null, failure: null } });
    expect(network.requests).toHaveLength(0);
  });
});
