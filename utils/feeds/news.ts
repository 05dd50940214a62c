/**
 * The news behind the popup, in the background: refreshing every feed (each
 * failure recorded beside the feed, and nothing stored lost), the stored
 * items, read marks, and the articles where the dispute was found. Browser
 * access (fetch, permissions) comes in as `NewsAccess`, so that it is tested
 * without a browser.
 */
import type { BevanDb } from '../data/db';
import { DEFAULT_FEEDS } from './default-feeds';
import { keepDisputeItems, mergeFeedItems, unreadCount, itemKey } from './feed-items';
import { fetchFeed, type FeedFetch } from './fetch-feed';
import { FeedSettings, FeedStatus, NewsItem, ReadArticle, type NewsView } from './news-schema';
import { z } from '../data/zod';

export const DEFAULT_FEED_SETTINGS: FeedSettings = { feeds: [...DEFAULT_FEEDS], refreshMinutes: 120 };
/** Items kept, newest first, across all feeds. */
export const NEWS_HISTORY = 150;
/** Articles kept in "pages you read". */
export const READING_HISTORY = 50;

const KEYS = {
  settings: 'news.settings',
  items: 'news.items',
  status: 'news.status',
  updatedAt: 'news.updatedAt',
  reading: 'reading.history',
} as const;

async function read<T>(db: BevanDb, key: string, schema: z.ZodMiniType<T>, fallback: T): Promise<T> {
  const stored = schema.safeParse(await db.get('meta', key));
  return stored.success ? stored.data : fallback;
}

export const getFeedSettings = (db: BevanDb) => read(db, KEYS.settings, FeedSettings, DEFAULT_FEED_SETTINGS);
export async function putFeedSettings(db: BevanDb, settings: FeedSettings): Promise<void> {
  await db.put('meta', settings, KEYS.settings);
}

const readItems = (db: BevanDb) => read(db, KEYS.items, z.array(NewsItem), []);
const readStatus = (db: BevanDb) => read(db, KEYS.status, z.array(FeedStatus), []);
const readUpdatedAt = (db: BevanDb) => read(db, KEYS.updatedAt, z.nullable(z.string()), null);

/** What refreshing needs from the browser. */
export interface NewsAccess {
  fetch: FeedFetch;
  /** Whether Bevan may read the feed's site (an optional host permission). */
  canRead(url: string): Promise<boolean>;
  now(): Date;
}

export async function describeNews(db: BevanDb, now: Date): Promise<NewsView> {
  const [settings, items, status, updatedAt] = await Promise.all([
    getFeedSettings(db),
    readItems(db),
    readStatus(db),
    readUpdatedAt(db),
  ]);
  const feeds = settings.feeds.map(
    (feed) =>
      status.find((entry) => entry.url === feed.url) ?? {
        url: feed.url,
        label: feed.label,
        lastAttempt: null,
        lastSuccess: null,
        error: null,
      },
  );
  const age = updatedAt === null ? Infinity : now.getTime() - Date.parse(updatedAt);
  return {
    items,
    unread: unreadCount(items),
    feeds,
    updatedAt,
    stale: settings.feeds.length > 0 && !(age < settings.refreshMinutes * 60_000),
  };
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Fetches every feed and merges what is about the dispute into the stored
 * items. A feed that fails keeps its items and gets its error recorded; the
 * stored news is written once, at the end, in one transaction.
 */
export async function refreshNews(db: BevanDb, access: NewsAccess): Promise<NewsView> {
  const settings = await getFeedSettings(db);
  const previous = await readStatus(db);
  const results = await Promise.all(
    settings.feeds.map(async (feed) => {
      if (!(await access.canRead(feed.url))) {
        return {
          feed,
          ok: false as const,
          error: {
            kind: 'permission' as const,
            message: `Bevan needs your permission to read ${siteOf(feed.url)}.`,
          },
        };
      }
      const result = await fetchFeed(feed.url, { fetch: access.fetch, label: feed.label, now: access.now });
      return result.ok ? { feed, ok: true as const, result } : { feed, ok: false as const, error: result.error };
    }),
  );
  const now = access.now();
  const transaction = db.transaction('meta', 'readwrite');
  const meta = transaction.objectStore('meta');
  const storedItems = z.array(NewsItem).safeParse(await meta.get(KEYS.items));
  let items = storedItems.success ? storedItems.data : [];
  const status: FeedStatus[] = [];
  for (const outcome of results) {
    const before = previous.find((entry) => entry.url === outcome.feed.url);
    if (outcome.ok) {
      const incoming = outcome.feed.allAboutDispute
        ? outcome.result.feed.items
        : keepDisputeItems(outcome.result.feed.items);
      items = mergeFeedItems(items, incoming, {
        limit: NEWS_HISTORY,
        now,
        feedUrl: outcome.feed.url,
        source: outcome.feed.label,
      });
    }
    status.push({
      url: outcome.feed.url,
      label: outcome.feed.label,
      lastAttempt: now.toISOString(),
      lastSuccess: outcome.ok ? now.toISOString() : (before?.lastSuccess ?? null),
      error: outcome.ok ? null : outcome.error,
    });
  }
  await meta.put(items, KEYS.items);
  await meta.put(status, KEYS.status);
  await meta.put(now.toISOString(), KEYS.updatedAt);
  await transaction.done;
  return describeNews(db, now);
}

/** Marks items read (by link), or all of them. */
export async function markNewsRead(db: BevanDb, links: readonly string[] | 'all'): Promise<void> {
  const transaction = db.transaction('meta', 'readwrite');
  const meta = transaction.objectStore('meta');
  const stored = z.array(NewsItem).safeParse(await meta.get(KEYS.items));
  if (stored.success) {
    const keys = links === 'all' ? null : new Set(links.map(itemKey));
    const items = stored.data.map((item) =>
      keys === null || keys.has(itemKey(item.link)) ? { ...item, read: true } : item,
    );
    await meta.put(items, KEYS.items);
  }
  await transaction.done;
}

export const getReadingHistory = (db: BevanDb) => read(db, KEYS.reading, z.array(ReadArticle), []);

/** Remembers an article where the dispute was found: newest first, one entry per address, bounded. */
export async function recordReadArticle(db: BevanDb, article: ReadArticle): Promise<void> {
  const transaction = db.transaction('meta', 'readwrite');
  const meta = transaction.objectStore('meta');
  const stored = z.array(ReadArticle).safeParse(await meta.get(KEYS.reading));
  const others = (stored.success ? stored.data : []).filter((entry) => entry.url !== article.url);
  await meta.put([article, ...others].slice(0, READING_HISTORY), KEYS.reading);
  await transaction.done;
}

export async function clearReadingHistory(db: BevanDb): Promise<void> {
  await db.delete('meta', KEYS.reading);
}
