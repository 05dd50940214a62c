/** What the background does for the requests in requests.ts. */
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import { failure, ok } from '../result';
import { validateFeedUrl } from './default-feeds';
import type { feedRequests } from './requests';
import {
  clearReadingHistory,
  describeNews,
  getFeedSettings,
  getReadingHistory,
  markNewsRead,
  putFeedSettings,
  recordReadArticle,
  refreshNews,
} from './news';
import type { NewsView } from './news-schema';

/** One refresh at a time: the popup and the alarm may ask together. */
let refreshing: Promise<NewsView> | null = null;

export function refreshNewsOnce(db: BevanDb, controls: BrowserControls): Promise<NewsView> {
  refreshing ??= refreshNews(db, {
    fetch: controls.fetchFeed,
    canRead: controls.canReadFeed,
    now: () => new Date(),
  })
    .then((view) => {
      controls.showUnread(view.unread);
      return view;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** The page's address as a reading-history entry may keep it: http(s), without the fragment. */
function articleAddress(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    parsed.hash = '';
    return parsed;
  } catch {
    return null;
  }
}

export function createFeedHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
): Pick<Handlers, keyof typeof feedRequests> {
  return {
    getNews: async () => ok(await describeNews(await database(), new Date())),
    refreshNews: async () => ok(await refreshNewsOnce(await database(), controls)),
    markNewsRead: async ({ links }) => {
      const db = await database();
      await markNewsRead(db, links);
      const view = await describeNews(db, new Date());
      controls.showUnread(view.unread);
      return ok(view);
    },
    getFeedSettings: async () => ok(await getFeedSettings(await database())),
    setFeedSettings: async (settings) => {
      const urls = new Set<string>();
      for (const [index, feed] of settings.feeds.entries()) {
        const check = validateFeedUrl(feed.url);
        if (!check.ok) return failure('invalid-request', `feeds.${index}.url: ${check.error}`);
        if (urls.has(check.url)) return failure('invalid-request', `feeds.${index}.url: this feed is already listed`);
        urls.add(check.url);
      }
      await putFeedSettings(await database(), settings);
      controls.rescheduleFeeds(settings.refreshMinutes);
      return ok(settings);
    },
    getReadingHistory: async () => ok(await getReadingHistory(await database())),
    clearReadingHistory: async () => {
      await clearReadingHistory(await database());
      return ok([]);
    },
    openNews: async () => {
      await controls.openNews();
      return ok({ opened: true });
    },
    recordDisputeArticle: async ({ title, articleDate }, sender) => {
      const address = articleAddress(sender.tab?.url ?? sender.url);
      if (!address) return ok({ recorded: false });
      await recordReadArticle(await database(), {
        url: address.href,
        title: title.replace(/\s+/g, ' ').trim().slice(0, 300) || address.hostname,
        site: address.hostname.replace(/^www\./, ''),
        articleDate,
        seenAt: new Date().toISOString(),
      });
      return ok({ recorded: true });
    },
  };
}
