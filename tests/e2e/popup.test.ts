/**
 * The popup in real Chromium, each section with data behind it: what Bevan
 * found on the page (and taking the reader to one of them), the dispute from
 * the dataset, news from a seeded cache (with one failing feed), pages read
 * with the dispute in them, your MP's setup, and this site.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { findMention, listMentions, waitForReading } from './helpers/mentions';
import { seedNews } from './helpers/seed-news';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

const badgeText = () =>
  site.browser.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

it('shows the dispute, the news with unread marks and a failing feed, pages read, and your MP', async () => {
  // A page that names the dispute, read first: it goes into "On pages you read".
  const article = await site.browser.context.newPage();
  await article.goto(site.url('demo-article.html'));
  await waitForReading(article, 30_000);
  await findMention(site.browser, article, /./, 'dispute');

  const popup = await site.browser.context.newPage();
  await popup.goto(site.browser.extensionUrl('options.html'));
  // Within the refresh interval (2 h): the popup shows the cache and does not refresh.
  const updatedAt = new Date(Date.now() - 3600_000).toISOString();
  await seedNews(popup, {
    updatedAt,
    items: [
      {
        title: 'Test item: resident doctors announce new strike dates',
        link: 'https://www.theguardian.com/society/test-item-1',
        published: new Date(Date.now() - 2 * 3600_000).toISOString(),
        source: 'The Guardian (junior doctors)',
        read: false,
      },
      {
        title: 'Test item: talks <b>resume</b> & hospitals prepare',
        link: 'https://www.theguardian.com/society/test-item-2',
        published: new Date(Date.now() - 26 * 3600_000).toISOString(),
        source: 'The Guardian (junior doctors)',
        read: true,
      },
    ],
    status: [
      {
        url: 'https://www.theguardian.com/society/junior-doctors/rss',
        label: 'The Guardian (junior doctors)',
        error: null,
      },
      {
        url: 'https://feeds.bbci.co.uk/news/health/rss.xml',
        label: 'BBC News (Health)',
        error: { kind: 'http', message: 'BBC News (Health) answered HTTP 503 (Service Unavailable).' },
      },
    ],
  });
  await popup.goto(site.browser.extensionUrl('popup.html'));

  const dispute = popup.getByRole('region', { name: 'The dispute now' });
  await dispute.getByText('Latest strike').waitFor();
  // The bundled timeline's last strike (June 2026): its source does not confirm it went ahead in full, and the line says so.
  expect(await dispute.textContent()).toContain('15–19 June 2026');
  expect(await dispute.textContent()).toContain('Not verified');

  const news = popup.getByRole('region', { name: 'Recent news' });
  await news.getByText('Updated 1 hour ago').waitFor();
  const items = news.getByRole('list', { name: 'News about the dispute, newest first' }).getByRole('listitem');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).textContent()).toMatch(/^Unread: Test item: resident doctors announce new strike dates/);
  expect(await items.nth(1).textContent()).toContain('Test item: talks <b>resume</b> & hospitals prepare');
  expect(await news.textContent()).toContain('1 unread');
  expect(await news.textContent()).toContain('BBC News (Health) answered HTTP 503 (Service Unavailable).');

  // Opening a story marks it read, and the toolbar badge follows.
  const opened = site.browser.context.waitForEvent('page');
  await items.nth(0).getByRole('link').click();
  await (await opened).close();
  await news.getByText('Updated 1 hour ago').waitFor();
  await expect.poll(() => news.textContent()).not.toContain('unread');
  await expect.poll(badgeText).toBe('');

  const read = popup.getByRole('region', { name: 'On pages you read' });
  await read.getByText(/Ten years on: the junior doctors' strikes/).waitFor();
  expect(await read.textContent()).toContain('14 March 2016');
  await read.getByRole('button', { name: 'Clear this list' }).click();
  await read.getByText(/will be listed here/).waitFor();

  const yourMp = popup.getByRole('region', { name: 'Your MP' });
  expect(await yourMp.getByLabel('Your postcode').count()).toBe(1);
  expect(await popup.getByRole('region', { name: 'This site' }).textContent()).toBeTruthy();
});

/** The browser's id for `page`'s tab, as the popup is told it (`popup.html?tab=<id>`). */
function tabIdOf(page: Page): Promise<number> {
  return site.browser.serviceWorker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
    };
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
    return tab.id;
  }, page.url());
}

it('lists what Bevan found on the page, by entity with counts, and takes the reader to the one they choose', async () => {
  // An address of its own: the first test's article is still open in another tab.
  const { page: article, card } = await openReaderTab(site, 'demo-article.html?on-this-page');
  // A short window at the top of the article: the chosen bill is named only further down.
  await article.setViewportSize({ width: 1200, height: 400 });
  await article.evaluate(() => window.scrollTo(0, 0));
  const mentions = await listMentions(site.browser, article);
  const actOfParliament = await findMention(site.browser, article, 'Health and Social Care Act 2012');
  expect(actOfParliament.rect.y).toBeGreaterThan(400);

  const popup = await site.browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(site.browser.extensionUrl(`popup.html?tab=${await tabIdOf(article)}`));
  const onThisPage = popup.getByRole('region', { name: 'On this page' });
  // First on the popup, before This site.
  expect(await popup.getByRole('heading', { level: 2 }).first().textContent()).toBe('On this page');
  const items = onThisPage.getByRole('listitem');
  await items.first().waitFor();
  const rows = await items.allTextContents();
  // One row a thing named, however many times the page names it, and every mention counted once.
  const entities = new Set(mentions.map((mention) => `${mention.kind}:${mention.id}`));
  expect(rows).toHaveLength(entities.size);
  const times = (row: string) => (/· once$/.test(row) ? 1 : Number(/· (\d+) times$/.exec(row)?.[1]));
  expect(rows.reduce((sum, row) => sum + times(row), 0)).toBe(mentions.length);
  // "the health secretary" of 14 March 2016 (before he is named), "Jeremy Hunt" and later "Mr Hunt"; the bill by its
  // title, then by its campaigners' name.
  expect(rows).toContain('Jeremy Hunt MP · 3 times');
  expect(rows).toContain('Caroline Lucas MP · once');
  expect(rows).toContain('National Health Service Bill 2015-16 Bill · 3 times');
  expect(rows).toContain('Health and Social Care Act 2012 Bill · once');
  expect(rows.filter((row) => / Dispute · /.test(row))).toHaveLength(1);

  await onThisPage.getByRole('button', { name: 'Health and Social Care Act 2012' }).click();
  // The tab scrolls to the mention and opens its card; the popup, opened as a page, stays.
  await card.waitForText(/Health and Social Care Bill/, 15_000);
  const now = await findMention(site.browser, article, 'Health and Social Care Act 2012');
  expect(now.rect.y).toBeGreaterThanOrEqual(0);
  expect(now.rect.y + now.rect.height).toBeLessThanOrEqual(400);
  expect(await article.evaluate(() => document.activeElement?.localName)).toBe('bevan-card');
  expect(popup.isClosed()).toBe(false);
  await onThisPage.getByRole('button', { name: 'Caroline Lucas' }).waitFor();
});
