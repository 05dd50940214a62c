/**
 * The popup's "This site" switch on a default news site: off removes Bevan's
 * annotations at once and keeps them away after a reload; on brings them back
 * without one. (Switching on a site outside the default list needs the
 * browser's permission prompt, which a test cannot answer.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_HOST as HOST, openDemoSite, type DemoSite } from '../../scripts/demo-site';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

it('switches Bevan off and on again for the site in the tab, from the popup', async () => {
  const article = await site.browser.context.newPage();
  await article.goto(site.url('demo-article.html'));
  const mentions = article.locator('bevan-mention');
  await mentions.first().waitFor();
  const found = await mentions.count();
  const text = await article.evaluate(() => document.body.textContent);

  // The article's tab is the active one; the worker cannot filter tabs by address without the "tabs" permission.
  await article.bringToFront();
  const tabId = await site.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(query: { active: boolean }): Promise<{ id: number }[]> } };
    };
    const active = await chrome.tabs.query({ active: true });
    if (active.length !== 1) throw new Error(`expected one active tab, found ${active.length}`);
    return active[0].id;
  });

  const popup = await site.browser.context.newPage();
  await popup.goto(site.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByText(/mentions? found on this page/).waitFor();
  expect(await popup.getByText(/mentions? found on this page/).textContent()).toContain(String(found));

  await popup.getByRole('button', { name: `Turn Bevan off on ${HOST}` }).click();
  await popup.getByRole('button', { name: `Turn Bevan on for ${HOST}` }).waitFor();
  await expect.poll(() => mentions.count()).toBe(0);
  expect(await article.evaluate(() => document.body.textContent)).toBe(text);

  await article.reload();
  await article.waitForTimeout(1500);
  expect(await mentions.count()).toBe(0);

  await popup.getByRole('button', { name: `Turn Bevan on for ${HOST}` }).click();
  await expect.poll(() => mentions.count(), { timeout: 10_000 }).toBe(found);
});
