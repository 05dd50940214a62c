/** The per-page cap on mentions, set on the options page, applies to the next page a reader opens. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

it('underlines at most the chosen number of mentions of each MP', async () => {
  const hunt = 'bevan-mention[data-entity-id="1572"]';
  const before = await site.browser.context.newPage();
  await before.goto(site.url('demo-article.html'));
  await before.locator(hunt).first().waitFor();
  // The demo names Jeremy Hunt, then "Mr Hunt".
  expect(await before.locator(hunt).count()).toBe(2);

  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html'));
  const field = options.getByLabel(/Underline at most this many mentions/);
  await expect.poll(() => field.inputValue()).toBe('5');
  await field.fill('1');
  const annotations = options.getByRole('region', { name: 'Annotations' });
  await annotations.getByRole('button', { name: 'Save' }).click();
  await annotations.getByText(/Saved/).waitFor();

  const after = await site.browser.context.newPage();
  await after.goto(site.url('demo-article.html'));
  await after.locator(hunt).first().waitFor();
  await after.locator('bevan-mention[data-entity-id="3930"]').first().waitFor();
  expect(await after.locator(hunt).count()).toBe(1);
});
