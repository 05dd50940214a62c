/**
 * Bills kept up to date from Parliament, end to end in Chromium, with a local HTTPS stand-in for
 * bills-api.parliament.uk: the editor's Add from Parliament finds a bill and creates it, the bill is underlined on
 * a page and its card shows Parliament's stages, a stage served later (with its division, from a stand-in for
 * commonsvotes-api.parliament.uk) appears after the refresh, and with the
 * server down or answering nonsense the stored stages stay and the card says when they were last checked.
 *
 * Bill 2818 is served from the real API sample in ../shared/data/api-samples (its facts are asserted as real);
 * bill 990001, "Bevan Test Hospitals Bill", is invented for these tests and stands in for a bill still before
 * Parliament, whose stages can change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { CardReader } from '../../scripts/card-reader';
import { apiSample, startParliamentStandIn, type ParliamentStandIn } from './helpers/parliament-stand-in';
import { drawnWords } from './helpers/drawn';
import { hoverMention, listMentions, waitForReading } from './helpers/mentions';

const BILL_2818 = apiSample('bills-api_v1_Bills_2818.json');
const STAGES_2818 = apiSample('bills-api_v1_Bills_2818_Stages.json');
const SEARCH_2818 = apiSample('bills-api_v1_Bills_list.json');
const haveSamples = BILL_2818 !== null && STAGES_2818 !== null && SEARCH_2818 !== null;
if (!haveSamples) console.warn('Bills API samples not found in ../shared/data/api-samples: live bill tests skipped');

const TEST_BILL = 990001;

function testStage(sortOrder: number, description: string, date: string) {
  return {
    id: TEST_BILL * 10 + sortOrder,
    stageId: sortOrder + 5,
    sessionId: 40,
    description,
    abbreviation: description.slice(0, 3),
    house: 'Commons',
    stageSittings: [
      {
        id: TEST_BILL * 10 + sortOrder,
        stageId: sortOrder + 5,
        billStageId: TEST_BILL * 10 + sortOrder,
        billId: TEST_BILL,
        date: `${date}T00:00:00`,
      },
    ],
    sortOrder,
  };
}

function testBill(stages: ReturnType<typeof testStage>[]) {
  return {
    billId: TEST_BILL,
    shortTitle: 'Bevan Test Hospitals Bill',
    longTitle: 'A Bill invented for Bevan’s tests, to stand in for a hospitals bill before Parliament.',
    formerShortTitle: null,
    currentHouse: 'Commons',
    originatingHouse: 'Commons',
    lastUpdate: '2026-11-30T10:00:00',
    billWithdrawn: null,
    isDefeated: false,
    billTypeId: 1,
    introducedSessionId: 40,
    includedSessionIds: [40],
    isAct: false,
    currentStage: { ...stages[stages.length - 1], stageSittings: [] },
    sponsors: [],
  };
}

let stagesOfTestBill = [testStage(1, '1st reading', '2026-06-01')];

/** Kevin Hollinrake, whom the test page names: an Aye in the test bill's invented division. */
const HOLLINRAKE = 4474;
const SECOND_READING_DIVISION = {
  DivisionId: 990002,
  Date: '2026-11-30T19:15:00',
  Number: 301,
  Title: 'Bevan Test Hospitals Bill: Second Reading',
  AyeCount: 310,
  NoCount: 190,
};

function parliament(url: URL) {
  if (url.host === 'commonsvotes-api.parliament.uk' && url.pathname === '/data/divisions.json/search') {
    const secondReading = stagesOfTestBill.some((stage) => stage.description === '2nd reading');
    const byTitle = url.searchParams.get('queryParameters.searchTerm') === 'Bevan Test Hospitals Bill';
    const byDay = url.searchParams.get('queryParameters.startDate') === '2026-11-30';
    return { body: (byTitle || byDay) && secondReading ? [SECOND_READING_DIVISION] : [] };
  }
  if (url.host === 'commonsvotes-api.parliament.uk' && url.pathname === '/data/division/990002.json') {
    const voter = (id: number) => ({ MemberId: id, Name: `Member ${id}` });
    return {
      body: {
        ...SECOND_READING_DIVISION,
        Ayes: [voter(HOLLINRAKE)],
        Noes: [voter(172)],
        AyeTellers: [],
        NoTellers: [],
        NoVoteRecorded: [],
      },
    };
  }
  if (url.host !== 'bills-api.parliament.uk') return undefined;
  if (url.pathname === '/api/v1/Bills' && /business rates/i.test(url.searchParams.get('SearchTerm') ?? '')) {
    return { body: SEARCH_2818 };
  }
  if (url.pathname === '/api/v1/Bills/2818') return { body: BILL_2818 };
  if (url.pathname === '/api/v1/Bills/2818/Stages') return { body: STAGES_2818 };
  if (url.pathname === `/api/v1/Bills/${TEST_BILL}`) return { body: testBill(stagesOfTestBill) };
  if (url.pathname === `/api/v1/Bills/${TEST_BILL}/Stages`) {
    return { body: { items: stagesOfTestBill, totalResults: stagesOfTestBill.length, itemsPerPage: 100 } };
  }
  return undefined;
}

let standIn: ParliamentStandIn;
let site: DemoSite;
let article: Page;
let card: CardReader;
let editor: Page;

/** Makes Bevan's stored copy of a bill look `days` old, as if that time had passed since Parliament was asked. */
async function ageStoredCopy(parliamentBillId: number, days: number) {
  await site.browser.serviceWorker.evaluate(
    async ({ key, days }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open('bevan');
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      const transaction = db.transaction('liveFacts', 'readwrite');
      const store = transaction.objectStore('liveFacts');
      const request = store.get(key);
      request.onsuccess = () => {
        const record = request.result as { fetchedAt: string };
        store.put({ ...record, fetchedAt: new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString() });
      };
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
    },
    { key: `bill/${parliamentBillId}`, days },
  );
}

async function storedCopy(parliamentBillId: number): Promise<unknown> {
  return site.browser.serviceWorker.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('bevan');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const record = await new Promise((resolve) => {
      const request = db.transaction('liveFacts').objectStore('liveFacts').get(key);
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return record;
  }, `bill/${parliamentBillId}`);
}

async function searchParliament(words: string) {
  await editor.getByLabel('Title or number of the bill').fill(words);
  await editor.getByRole('button', { name: 'Search Parliament' }).click();
}

async function addFromParliament(words: string, title: string) {
  await editor.goto(site.browser.extensionUrl('editor.html#bills'));
  await searchParliament(words);
  const found = editor.getByRole('list', { name: 'Bills found in Parliament' }).getByRole('listitem');
  await found
    .filter({ hasText: title })
    .getByRole('button', { name: /Add this bill/ })
    .click();
  await editor.getByText(`Added “${title}” from Parliament`).waitFor({ timeout: 15_000 });
}

/** Opens the bill's card on the article, freshly (moving away first closes any open card). */
async function openCard(title: string, expected: RegExp): Promise<string> {
  await article.mouse.move(0, 0);
  await expect.poll(() => card.text()).toBe('');
  // A bill just added is underlined once the tab has heard of it.
  await expect
    .poll(
      async () =>
        (await listMentions(site.browser, article)).some(
          (mention) => mention.kind === 'bill' && mention.text === title,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  await hoverMention(site.browser, article, title, 'bill');
  return card.waitForText(expected, 15_000);
}

async function billCount(): Promise<number> {
  return site.browser.serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('bevan');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('bills').objectStore('bills').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
}

describe.runIf(haveSamples)('live bills from Parliament', () => {
  beforeAll(async () => {
    standIn = await startParliamentStandIn(parliament);
    site = await openDemoSite({ standIn });
    article = await site.browser.context.newPage();
    await article.goto(site.url('parliament-bills-article.html'));
    await waitForReading(article, 30_000);
    card = await CardReader.attach(article);
    editor = await site.browser.context.newPage();
  });

  afterAll(async () => {
    await site?.close();
    await standIn?.close();
  });

  it('Add from Parliament finds the Abolition of Business Rates Bill, and adding it underlines it in the open tab at once', async () => {
    expect((await listMentions(site.browser, article)).filter((mention) => mention.kind === 'bill')).toEqual([]);
    await editor.goto(site.browser.extensionUrl('editor.html#bills'));
    await searchParliament('business rates');
    const found = editor.getByRole('list', { name: 'Bills found in Parliament' }).getByRole('listitem');
    await expect
      .poll(() => found.allInnerTexts(), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/Abolition of Business Rates Bill[\s\S]*now at 2nd reading \(Commons\)/)]);
    await addFromParliament('business rates', 'Abolition of Business Rates Bill');
    // The form opens on the new bill, where the names the press uses can be added.
    await expect.poll(() => editor.getByLabel('Short title').inputValue()).toBe('Abolition of Business Rates Bill');
    await expect
      .poll(
        async () =>
          (await listMentions(site.browser, article))
            .filter((mention) => mention.kind === 'bill')
            .map((mention) => mention.text),
        { timeout: 15_000 },
      )
      .toEqual(['Abolition of Business Rates Bill']);
    await expect.poll(() => drawnWords(article, 'bill')).toEqual(['Abolition of Business Rates Bill']);
  });

  it("its card shows Parliament's stages, sponsor and purpose, checked with Parliament", async () => {
    // The stored stages show at once; the card's line about Parliament comes when its check has answered.
    const text = await openCard('Abolition of Business Rates Bill', /Checked with Parliament on \d{1,2} \w+ 20\d\d/);
    expect(text).toContain('A Bill to abolish business rates; and for connected purposes.');
    expect(text).toContain('12 January 2021');
    expect(text).toContain('Kevin Hollinrake');
    expect(text).toMatch(/Checked with Parliament on \d{1,2} \w+ 20\d\d/);
    expect(text).toContain('Did not become law: the 2019-21 session ended without it passing');
    expect(text).toContain('This bill on bills.parliament.uk');
    const links = (await card.controls()).map((control) => control.href).filter(Boolean);
    expect(links).toContain('https://bills.parliament.uk/bills/2818');
  });

  it('a new stage served later appears on the card after the refresh', async () => {
    await addFromParliament(String(TEST_BILL), 'Bevan Test Hospitals Bill');
    let text = await openCard('Bevan Test Hospitals Bill', /1st reading/);
    expect(text).not.toContain('2nd reading');
    stagesOfTestBill = [...stagesOfTestBill, testStage(2, '2nd reading', '2026-11-30')];
    // A day on: the card, opened again, asks Parliament and shows what it now lists.
    await ageStoredCopy(TEST_BILL, 2);
    text = await openCard('Bevan Test Hospitals Bill', /2nd reading/);
    expect(text).toContain('30 November 2026');
    expect(text).toContain('Before Parliament: now at 2nd reading in the Commons');
    // And the division at its second reading, from the Commons Votes API's search by its title, with the vote of
    // the MP the page names beside it.
    expect(text).toContain('Bevan Test Hospitals Bill: Second Reading');
    expect(text).toContain('Ayes 310, Noes 190');
    expect(await card.waitForText(/Kevin Hollinrake: Aye/)).toContain('Kevin Hollinrake: Aye');
  });

  it('with the server down, the stored stages stay and the card says when they were last checked', async () => {
    await ageStoredCopy(TEST_BILL, 2);
    const checkedAt = ((await storedCopy(TEST_BILL)) as { fetchedAt: string }).fetchedAt;
    standIn.setDown(true);
    try {
      const text = await openCard('Bevan Test Hospitals Bill', /Could not check again just now/);
      expect(text).toContain('2nd reading');
      expect(text).toContain('30 November 2026');
      const day = new Date(checkedAt).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(text).toContain(`Stages last checked with Parliament on ${day}.`);
    } finally {
      standIn.setDown(false);
    }
  });

  it('a malformed answer changes nothing stored or shown', async () => {
    await ageStoredCopy(TEST_BILL, 2);
    const before = await storedCopy(TEST_BILL);
    standIn.route((url) =>
      url.pathname === `/api/v1/Bills/${TEST_BILL}/Stages` ? { body: { items: 'not a list' } } : parliament(url),
    );
    try {
      const asked = standIn.requests.length;
      const text = await openCard('Bevan Test Hospitals Bill', /Could not check again just now/);
      expect(standIn.requests.length).toBeGreaterThan(asked);
      expect(text).toContain('2nd reading');
      expect(await storedCopy(TEST_BILL)).toEqual(before);
    } finally {
      standIn.route(parliament);
    }
  });

  it('search terms with markup or of 1,000 characters, and a bill that does not exist, get a clear message and change nothing', async () => {
    await editor.goto(site.browser.extensionUrl('editor.html#bills'));
    const bills = await billCount();
    const asked = standIn.requests.length;
    const alert = editor.locator('.bevan-parliament').getByRole('alert');
    await searchParliament('<script>alert(1)</script>');
    await expect.poll(() => alert.innerText()).toBe('Search with plain words: no < or > characters.');
    await searchParliament('x'.repeat(1000));
    await expect.poll(() => alert.innerText()).toMatch(/That is 1000 characters/);
    expect(standIn.requests.length).toBe(asked);
    await searchParliament('999999');
    await expect
      .poll(() => alert.innerText(), { timeout: 15_000 })
      .toBe('Parliament has no bill numbered 999999. Nothing was added.');
    expect(await billCount()).toBe(bills);
  });

  it("an exported pack carries the bill's Parliament id, and importing it in another browser fetches its stages", async () => {
    const send = (page: Page, message: unknown) =>
      page.evaluate(async (message) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        };
        return chrome.runtime.sendMessage(message);
      }, message);
    await editor.goto(site.browser.extensionUrl('editor.html#packs'));
    const exported = (await send(editor, {
      type: 'exportPack',
      payload: {
        id: 'business-rates',
        name: 'Business rates (test pack)',
        selection: { bills: ['abolition-of-business-rates-bill-2019-21'] },
      },
    })) as { ok: boolean; data: { text: string } };
    expect(exported.ok).toBe(true);
    const pack = JSON.parse(exported.data.text) as { bills: { parliamentBillId?: number }[] };
    expect(pack.bills.map((bill) => bill.parliamentBillId)).toEqual([2818]);

    const elsewhere = await openDemoSite({ standIn });
    try {
      const importer = await elsewhere.browser.context.newPage();
      await importer.goto(elsewhere.browser.extensionUrl('editor.html#packs'));
      await expect
        .poll(
          async () =>
            ((await send(importer, { type: 'importPack', payload: { text: exported.data.text } })) as { ok: boolean })
              .ok,
          {
            timeout: 30_000,
          },
        )
        .toBe(true);
      const asked = standIn.requests.length;
      const page = await elsewhere.browser.context.newPage();
      await page.goto(elsewhere.url('parliament-bills-article.html'));
      await waitForReading(page, 30_000);
      const otherCard = await CardReader.attach(page);
      await hoverMention(elsewhere.browser, page, 'Abolition of Business Rates Bill', 'bill');
      const text = await otherCard.waitForText(/Checked with Parliament on/, 15_000);
      expect(text).toContain('A Bill to abolish business rates; and for connected purposes.');
      expect(standIn.requests.slice(asked).map((request) => new URL(request.url).pathname)).toContain(
        '/api/v1/Bills/2818',
      );
    } finally {
      await elsewhere.close();
    }
  });
});
