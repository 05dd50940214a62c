/**
 * The built extension in real Chromium: it loads, its service worker seeds
 * IndexedDB with the bundled dataset, and its pages open without errors.
 * Needs `npm run build` first (`npm test` does it).
 */
import { comparePartialDates } from '../../utils/data/partial-dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBevan, type BevanBrowser } from '../../scripts/chromium';
import { bundledDataset } from '../helpers/dataset';

let browser: BevanBrowser;

beforeAll(async () => {
  browser = await launchBevan();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an extension page and records every console error and uncaught exception on it. */
async function openWatched(page: string): Promise<{ page: Page; errors: string[] }> {
  const tab = await browser.context.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(browser.extensionUrl(page));
  return { page: tab, errors };
}

describe('the built extension in Chromium', () => {
  it('seeds IndexedDB from the bundled dataset in the service worker', async () => {
    const expected = bundledDataset();
    const counts = await browser.serviceWorker.evaluate(async () => {
      // Wait until the worker's first load has committed.
      for (let attempt = 0; attempt < 100; attempt++) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('bevan');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (db.objectStoreNames.contains('meta')) {
          const count = (store: string) =>
            new Promise<number>((resolve) => {
              const request = db.transaction(store).objectStore(store).count();
              request.onsuccess = () => resolve(request.result);
            });
          const version = await new Promise<unknown>((resolve) => {
            const request = db.transaction('meta').objectStore('meta').get('bundledVersion');
            request.onsuccess = () => resolve(request.result);
          });
          if (version) {
            const result = { version, people: await count('people'), bills: await count('bills') };
            db.close();
            return result;
          }
        }
        db.close();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    expect(counts).toEqual({ version: expected.version, people: 1451, bills: expected.bills.length });
  });

  it('opens the popup with the dispute timeline and no console errors', async () => {
    const { page, errors } = await openWatched('popup.html');
    await page.getByRole('heading', { name: 'The dispute now' }).waitFor();
    // The latest events fold away under the latest and next strikes.
    await page.getByText('Latest events').click();
    const timeline = page.getByRole('list', { name: /Dispute timeline/ });
    await timeline.waitFor();
    // Newest first, a month-only date after the days of its month.
    const newest = [...bundledDataset().disputeEvents].sort((a, b) => comparePartialDates(b.start, a.start))[0];
    expect(await timeline.locator('li').first().textContent()).toContain(newest.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the options page showing the data on this device and no console errors', async () => {
    const { page, errors } = await openWatched('options.html');
    const peopleRow = page.getByRole('row', { name: /People/ });
    await peopleRow.waitFor();
    expect(await peopleRow.textContent()).toContain('1,451');
    expect(await page.textContent('body')).toContain('Open Parliament Licence v3.0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("accepts a campaigner's write from its own page and refuses a malformed one with a readable error", async () => {
    const { page } = await openWatched('options.html');
    const answers = await page.evaluate(async () => {
      const stance = {
        id: 'e2e-stance',
        personId: 3930,
        subject: { kind: 'dispute' },
        position: 'supports',
        date: '2016-01-12',
        note: null,
        sources: [{ url: 'https://www.parliament.uk/', label: 'UK Parliament' }],
        origin: 'campaigner',
      };
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      return {
        saved: await send({ type: 'saveRecord', payload: { store: 'stances', record: stance } }),
        malformed: await send({
          type: 'saveRecord',
          payload: { store: 'stances', record: { ...stance, date: '2016-02-30' } },
        }),
        person: await send({ type: 'getPerson', payload: { id: 3930 } }),
      };
    });
    expect(answers.saved).toEqual({ ok: true, data: { id: 'e2e-stance' } });
    expect(answers.malformed).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/record\.date/) },
    });
    expect(answers.person).toMatchObject({ ok: true, data: { stances: [{ id: 'e2e-stance' }] } });
    await page.close();
  });
});
