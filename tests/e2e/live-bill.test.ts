/**
 * A bill a campaigner saves is annotated in tabs that are already open,
 * without a reload.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';

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
  // The page names no bundled entity: wait until the content script has had its matcher and finished.
  await article.waitForTimeout(1500);
  expect(await article.locator('bevan-mention').count()).toBe(0);

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

  const mention = article.locator(
    'bevan-mention[data-entity-kind="bill"][data-entity-id="public-health-service-bill"]',
  );
  await expect.poll(() => mention.count(), { timeout: 10_000 }).toBe(2);
});
