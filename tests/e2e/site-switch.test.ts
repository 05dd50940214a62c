/**
 * The popup's "This site" switch on a default news site: off takes Bevan's
 * highlights off the page at once (the page itself untouched) and keeps them
 * away after a reload; on brings them back without one. (Switching on a site outside the default list needs the
 * browser's permission prompt, which a test cannot answer.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOST as HOST, openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { drawnHighlights, drawnMentions } from './helpers/drawn';
import { activeTabId, listMentions, waitForReading } from './helpers/mentions';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

/** How many ranges Bevan has drawn on the page, over all its highlights but the focus. */
async function drawnCount(page: Page): Promise<number> {
  return (await drawnMentions(page)).length;
}

it('switches Bevan off and on again for the site in the tab, from the popup', async () => {
  const article = await site.browser.context.newPage();
  await article.goto(site.url('demo-article.html'));
  await waitForReading(article, 30_000);
  const found = (await listMentions(site.browser, article)).length;
  expect(found).toBeGreaterThan(0);
  // Every mention listed is drawn (a batch a frame).
  await expect.poll(() => drawnCount(article)).toBe(found);
  const html = await article.evaluate(() => document.body.innerHTML);

  // The article's tab is the active one: the popup is opened as a page over it.
  await article.bringToFront();
  const tabId = await activeTabId(site.browser);

  const popup = await site.browser.context.newPage();
  await popup.goto(site.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByText(/mentions? found on this page/).waitFor();
  expect(await popup.getByText(/mentions? found on this page/).textContent()).toContain(String(found));

  await popup.getByRole('button', { name: `Turn Bevan off on ${HOST}` }).click();
  await popup.getByRole('button', { name: `Turn Bevan on for ${HOST}` }).waitFor();
  // Every highlight of Bevan's is gone from the page's registry, not only emptied.
  await expect.poll(() => drawnHighlights(article)).toEqual({});
  expect(await article.evaluate(() => document.body.innerHTML)).toBe(html);

  await article.reload();
  await article.waitForTimeout(1500);
  expect(await drawnHighlights(article)).toEqual({});

  await popup.getByRole('button', { name: `Turn Bevan on for ${HOST}` }).click();
  await expect.poll(async () => (await listMentions(site.browser, article)).length, { timeout: 10_000 }).toBe(found);
  await expect.poll(() => drawnCount(article)).toBe(found);
});
