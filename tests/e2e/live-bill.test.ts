/**
 * A bill a campaigner saves is annotated in tabs that are already open,
 * without a reload.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { drawnWords } from './helpers/drawn';
import { listMentions, waitForReading } from './helpers/mentions';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

it("annotates a campaigner's new bill in an open tab without a reload", async () => {
  const article = await site.browser.context.newPage();
  await article.goto(site.url('campaign-article.html'));
  // The page names no bundled entity: once Bevan has read it, it has found and drawn nothing.
  await waitForReading(article, 30_000);
  expect(await listMentions(site.browser, article)).toEqual([]);
  expect(await drawnWords(article, 'bill')).toEqual([]);

  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html'));
  const saved = await options.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    return chrome.runtime.sendMessage({
      type: 'saveRecord',
      payload: {
        store: 'bills',
        record: {
          id: 'public-health-service-bill',
          shortTitle: 'Public Health Service Bill',
          aliases: [],
          session: '2026-27',
          type: "Private Member's Bill",
          house: 'Commons',
          sponsorId: null,
          sponsorName: null,
          stages: [],
          outcome: null,
          actTitle: null,
          sources: [{ url: 'https://bills.parliament.uk/', label: 'UK Parliament' }],
          origin: 'campaigner',
        },
      },
    });
  });
  expect(saved).toEqual({ ok: true, data: { id: 'public-health-service-bill' } });

  const newBill = async () =>
    (await listMentions(site.browser, article))
      .filter((mention) => mention.kind === 'bill' && mention.id === 'public-health-service-bill')
      .map((mention) => mention.text);
  await expect.poll(newBill, { timeout: 10_000 }).toEqual(['Public Health Service Bill', 'Public Health Service Bill']);
  // And underlined, both times.
  await expect
    .poll(() => drawnWords(article, 'bill'))
    .toEqual(['Public Health Service Bill', 'Public Health Service Bill']);
});
