/**
 * A name two MPs have shared, on a page whose date cannot tell them apart:
 * the card lists both, and each opens its own card.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { findMention, hoverMention, waitForReading } from './helpers/mentions';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

it('lists both Mike Woods, and opens the one the reader picks', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(site.url('ambiguous-article.html'));
  await waitForReading(page, 30_000);
  // One mention, of both MPs.
  expect((await findMention(site.browser, page, 'Mike Wood')).id).toBe('401,4384');

  await hoverMention(site.browser, page, 'Mike Wood');
  const card = await CardReader.attach(page);
  const text = await card.waitForText(/Dudley South/);
  expect(text).toContain('Batley and Spen');
  const candidates = (await card.controls()).filter(
    (control) => control.tag === 'button' && /Mike Wood/.test(control.text),
  );
  expect(candidates).toHaveLength(2);
  await card.click(candidates.find((control) => /Dudley South/.test(control.text)) ?? candidates[1]);
  const chosen = await card.waitForText(/NHS votes/);
  // The Conservative Mike Wood (Dudley South from 2015), whose seat is now Kingswinford and South Staffordshire.
  expect(chosen).toContain('Now: Conservative, Kingswinford and South Staffordshire');
  expect(chosen).not.toContain('Batley and Spen');
});
