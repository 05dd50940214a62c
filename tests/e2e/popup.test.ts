/**
 * The popup in real Chromium, each section with data behind it: the dispute
 * from the dataset, news from a seeded cache (with one failing feed), pages
 * read with the dispute in them, your MP's setup, and this site.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
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
  await article.locator('bevan-mention[data-entity-kind="dispute"]').first().waitFor();

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
  expect(await dispute.textContent()).toContain('25 July 2025 – 30 July 2025');

  const news = popup.getByRole('region', { name: 'Recent news' });
  await news.getByText('Updated 1 h ago').waitFor();
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
  await news.getByText('Updated 1 h ago').waitFor();
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
