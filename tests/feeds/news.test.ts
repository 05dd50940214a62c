/**
 * The popup's news as the background keeps it: refreshing several feeds,
 * keeping only the dispute's stories, remembering what failed and why, never
 * losing stored items, read marks and the badge count, and "pages you read".
 */
import { describe, expect, it } from 'vitest';
import type { BrowserControls } from '@/utils/background/controls';
import { sendRequest, type SendMessage } from '@/utils/messages';
import { DEFAULT_FEED_SETTINGS } from '@/utils/feeds/news';
import { contentScriptIn, extensionPage, startBackground } from '../helpers/background';
import { feedFixture } from './fixture';

const popup = extensionPage('popup.html');
const contentScript = contentScriptIn('https://www.bbc.co.uk/news/health-35000000#comments', 4);

const GUARDIAN = 'https://www.theguardian.com/society/junior-doctors/rss';
const BBC = 'https://feeds.bbci.co.uk/news/health/rss.xml';
const OTHER = 'https://www.theguardian.com/society/nhs/rss';

type Answer = { status: number; body: string } | 'offline';

async function setUp(answers: Record<string, Answer>, permitted: string[] = [GUARDIAN, BBC, OTHER]) {
  const badge: number[] = [];
  const controls: Partial<BrowserControls> = {
    fetchFeed: async (url) => {
      const answer = answers[url] ?? { status: 404, body: '' };
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/rss+xml' } });
    },
    canReadFeed: async (url) => permitted.includes(url),
    showUnread: (count) => void badge.push(count),
  };
  const { db, from } = await startBackground({ controls, bundled: false });
  return { db, badge, ask: from(popup), askFromPage: from(contentScript) };
}

async function news(send: SendMessage, type: 'getNews' | 'refreshNews') {
  const result = await sendRequest(send, type, {});
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('news from feeds', () => {
  it('keeps every story from the dispute feed and only the dispute stories from the others, newest first', async () => {
    const { ask, badge } = await setUp({
      [GUARDIAN]: { status: 200, body: feedFixture('guardian-society.rss.xml') },
      [BBC]: { status: 200, body: feedFixture('bbc-health.rss.xml') },
      [OTHER]: { status: 200, body: feedFixture('guardian-society.rss.xml') },
    });
    const view = await news(ask, 'refreshNews');
    const titles = view.items.map((item) => item.title);
    expect(titles).toContain('Junior doctors strike: what you need to know if you have an appointment');
    expect(titles).toContain('#NotFairNotSafe: doctors rally outside Downing Street');
    expect(titles).not.toContain('Weight-loss jabs to be offered by GPs in England');
    // The same stories from two Guardian feeds are listed once.
    expect(new Set(view.items.map((item) => item.link)).size).toBe(view.items.length);
    const times = view.items.map((item) => Date.parse(item.published ?? item.firstSeen));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(view.items.every((item) => item.link.startsWith('https://') && !item.read)).toBe(true);
    expect(view.unread).toBe(view.items.length);
    expect(badge.at(-1)).toBe(view.items.length);
    expect(view.feeds.every((feed) => feed.error === null && feed.lastSuccess !== null)).toBe(true);
    expect(view.stale).toBe(false);
  });

  it('says which feed failed and why, and keeps what it had from before', async () => {
    const answers: Record<string, Answer> = {
      [GUARDIAN]: { status: 200, body: feedFixture('guardian-society.rss.xml') },
      [BBC]: { status: 200, body: feedFixture('bbc-health.rss.xml') },
      [OTHER]: { status: 200, body: feedFixture('guardian-society.rss.xml') },
    };
    const { ask } = await setUp(answers);
    const before = await news(ask, 'refreshNews');

    answers[GUARDIAN] = { status: 503, body: 'busy' };
    answers[BBC] = { status: 200, body: feedFixture('malformed.rss.xml') };
    answers[OTHER] = 'offline';
    const after = await news(ask, 'refreshNews');
    expect(after.items).toEqual(before.items);
    const errors = Object.fromEntries(after.feeds.map((feed) => [feed.url, feed.error]));
    expect(errors[GUARDIAN]).toMatchObject({ kind: 'http', message: expect.stringMatching(/503/) });
    expect(errors[BBC]).toMatchObject({ kind: 'malformed' });
    expect(errors[OTHER]).toMatchObject({ kind: 'network' });
    expect(after.feeds.find((feed) => feed.url === GUARDIAN)?.lastSuccess).toBe(
      before.feeds.find((feed) => feed.url === GUARDIAN)?.lastSuccess,
    );
  });

  it('asks for permission to read a feed site rather than failing silently', async () => {
    const { ask } = await setUp({ [GUARDIAN]: { status: 200, body: feedFixture('guardian-society.rss.xml') } }, [
      GUARDIAN,
    ]);
    const view = await news(ask, 'refreshNews');
    expect(view.feeds.find((feed) => feed.url === BBC)?.error).toEqual({
      kind: 'permission',
      message: 'Bevan needs your permission to read feeds.bbci.co.uk.',
    });
    expect(view.items.length).toBeGreaterThan(0);
  });

  it('is stale, and lists the default feeds, before the first refresh', async () => {
    const { ask } = await setUp({});
    const first = await news(ask, 'getNews');
    expect(first).toMatchObject({ items: [], unread: 0, updatedAt: null, stale: true });
    expect(first.feeds.map((feed) => feed.url)).toEqual(DEFAULT_FEED_SETTINGS.feeds.map((feed) => feed.url));
  });

  it('marks stories read one by one or all at once, and the badge follows', async () => {
    const { ask, badge } = await setUp({ [GUARDIAN]: { status: 200, body: feedFixture('guardian-society.rss.xml') } });
    const view = await news(ask, 'refreshNews');
    const opened = await sendRequest(ask, 'markNewsRead', { links: [view.items[0].link] });
    expect(opened.ok && opened.data.unread).toBe(view.unread - 1);
    expect(badge.at(-1)).toBe(view.unread - 1);
    const all = await sendRequest(ask, 'markNewsRead', { links: 'all' });
    expect(all.ok && all.data.unread).toBe(0);
    expect(badge.at(-1)).toBe(0);
  });

  it('refuses feed addresses that are not https, naming the feed', async () => {
    const { ask } = await setUp({});
    const result = await sendRequest(ask, 'setFeedSettings', {
      refreshMinutes: 60,
      feeds: [
        { url: 'https://example.org/feed', label: 'Example', allAboutDispute: false },
        { url: 'javascript:alert(1)', label: 'x', allAboutDispute: false },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/^feeds\.1\.url: /);
  });
});

describe('pages you read', () => {
  it('remembers the page the content script is on (its own address, not one it names), newest first, once each', async () => {
    const { ask, askFromPage } = await setUp({});
    await sendRequest(askFromPage, 'recordDisputeArticle', {
      title: 'Doctors  strike\n again',
      articleDate: '2016-03-14',
    });
    await sendRequest(askFromPage, 'recordDisputeArticle', {
      title: 'Doctors strike again',
      articleDate: '2016-03-14',
    });
    const history = await sendRequest(ask, 'getReadingHistory', {});
    expect(history.ok && history.data).toEqual([
      {
        url: 'https://www.bbc.co.uk/news/health-35000000',
        title: 'Doctors strike again',
        site: 'bbc.co.uk',
        articleDate: '2016-03-14',
        seenAt: expect.any(String),
      },
    ]);
  });

  it('keeps the history from web pages, and clears it when asked', async () => {
    const { ask, askFromPage } = await setUp({});
    await sendRequest(askFromPage, 'recordDisputeArticle', { title: 'Doctors strike', articleDate: '2016-03-14' });
    expect(await sendRequest(askFromPage, 'getReadingHistory', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await sendRequest(askFromPage, 'clearReadingHistory', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await sendRequest(ask, 'clearReadingHistory', {})).toEqual({ ok: true, data: [] });
    expect(await sendRequest(ask, 'getReadingHistory', {})).toEqual({ ok: true, data: [] });
  });
});
