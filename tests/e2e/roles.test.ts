/**
 * A role named on a page ("the health secretary") is the MP who held the post on the article's date, and the card
 * says so; on a page without a date, a role names nobody.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { findMention, hoverMention, listMentions, waitForReading } from './helpers/mentions';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

/** Reads the dated role page, checks whom `words` mark, and returns the text of their card once it names the post. */
async function roleCard(words: string, id: string, post: RegExp): Promise<string> {
  const page = await site.browser.context.newPage();
  await page.goto(site.url('role-article.html'));
  await waitForReading(page, 30_000);
  expect((await findMention(site.browser, page, words)).id).toBe(id);

  await hoverMention(site.browser, page, words);
  const card = await CardReader.attach(page);
  return card.waitForText(post);
}

it('marks "the health secretary" of 14 March 2016 as Jeremy Hunt, and his card says he held the post then', async () => {
  const text = await roleCard('health secretary', '1572', /Health Secretary on/);
  expect(text).toContain('Health Secretary on 14 March 2016');
  expect(text).toContain('Jeremy Hunt');
});

it('marks "the Home Secretary" of that day as Theresa May, with the same line on her card', async () => {
  const text = await roleCard('Home Secretary', '8', /Home Secretary on/);
  expect(text).toContain('Home Secretary on 14 March 2016');
  expect(text).toContain('Theresa May');
});

it('marks no one for a role on a page without a date', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(site.url('role-article-undated.html'));
  await waitForReading(page, 30_000);
  // The page was read: the MP it names in full is marked, and neither role is.
  expect((await listMentions(site.browser, page)).map((mention) => mention.text)).toEqual(['Jeremy Hunt']);
});
