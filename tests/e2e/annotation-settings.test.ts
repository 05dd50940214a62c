/** The per-page cap on mentions, set on the options page, applies to the next page a reader opens. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** A fresh tab on the demo article, once Bevan has read it and drawn every MP mention it lists. */
async function openArticle(): Promise<{ page: Page; hunt: number }> {
  const page = await site.browser.context.newPage();
  await page.goto(site.url('demo-article.html'));
  await waitForReading(page, 30_000);
  const mps = (await listMentions(site.browser, page)).filter((mention) => mention.kind === 'mp');
  // What is underlined is what is listed: the cap holds for the ranges drawn, not only for the list.
  await expect.poll(() => drawnWords(page, 'mp')).toEqual(mps.map((mention) => mention.text).sort());
  return { page, hunt: mps.filter((mention) => mention.id === '1572').length };
}

it('underlines at most the chosen number of mentions of each MP', async () => {
  // The demo names "the health secretary" of 14 March 2016 (Jeremy Hunt, by the bundled posts), then Jeremy Hunt,
  // then "Mr Hunt".
  const before = await openArticle();
  expect(before.hunt).toBe(3);
  // Closed, so that the next tab on the same address is the only one asked what it found.
  await before.page.close();

  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html'));
  const field = options.getByLabel(/Underline at most this many mentions/);
  await expect.poll(() => field.inputValue()).toBe('5');
  await field.fill('1');
  const annotations = options.getByRole('region', { name: 'Annotations' });
  await annotations.getByRole('button', { name: 'Save' }).click();
  await annotations.getByText(/Saved/).waitFor();

  const after = await openArticle();
  expect(after.hunt).toBe(1);
  // The other MPs are still underlined, once each; Jeremy Hunt at his first mention, by his post.
  expect(await drawnWords(after.page, 'mp')).toEqual([
    'Andrew Lansley',
    'Caroline Lucas',
    'Heidi Alexander',
    'health secretary',
  ]);
});
