/**
 * The popup's news list as data: which feed items are about the dispute, how
 * a fresh fetch merges into what is stored (no duplicates, newest first, a
 * bounded history, the reader's "read" marks kept), and the badge's count.
 *
 * "About the dispute" is decided by the same dispute phrases, with the same
 * word boundaries, as the annotator uses on pages: a matcher with no names
 * finds only those phrases.
 */
import { disputeSources } from '../matching/dispute-phrases';
import { findMatches, unpackMatcher } from '../matching/find';
import type { FeedItem } from './parse-feed';

/** An item as the popup keeps it: where it came from, when Bevan first saw it, and whether the reader has. */
export interface StoredFeedItem extends FeedItem {
  feedUrl: string;
  /** The feed's label, shown beside the headline. */
  source: string;
  /** ISO 8601 instant of the fetch that first brought the item. */
  firstSeen: string;
  read: boolean;
}

export interface MergeOptions {
  /** How many items to keep, newest first. */
  limit: number;
  /** The fetch's time: `firstSeen` of new items. */
  now: Date;
  /** The feed the incoming items came from. */
  feedUrl: string;
  source: string;
}

const disputeOnly = unpackMatcher({
  version: 'feeds',
  articleDate: '',
  names: '',
  targets: '',
  surnames: '',
  cues: '',
  cuePattern: '',
  billCuePattern: '',
  anyCaseBills: '',
  dispute: disputeSources(),
});

/** Whether a headline or summary names the junior (resident) doctors' dispute. */
export function isAboutDispute(text: string): boolean {
  return findMatches(disputeOnly, text).some((match) => match.entity.kind === 'dispute');
}

/** The items whose title or summary is about the dispute. */
export function keepDisputeItems<Item extends Pick<FeedItem, 'title' | 'summary'>>(items: readonly Item[]): Item[] {
  return items.filter((item) => isAboutDispute(item.title) || isAboutDispute(item.summary));
}

/**
 * The key two copies of one story share: for a web address, https, a
 * lower-case host, no fragment and no `utm_*` tracking parameters; any other
 * id as written.
 */
export function itemKey(idOrLink: string): string {
  const text = idOrLink.trim();
  if (!/^https?:\/\//i.test(text)) return text;
  try {
    const url = new URL(text);
    url.protocol = 'https:';
    url.hash = '';
    for (const name of [...url.searchParams.keys()]) {
      if (name.toLowerCase().startsWith('utm_')) url.searchParams.delete(name);
    }
    return url.href;
  } catch {
    return text;
  }
}

/** Dates more than a day ahead of the fetch are a feed's mistake, and would pin an item to the top. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** When an item counts as published, for ordering: its date, else when Bevan first saw it. */
function sortTime(item: StoredFeedItem): number {
  const time = Date.parse(item.published ?? item.firstSeen);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * Stored items with a fresh fetch merged in. An incoming item that is already
 * stored (same id or link, as `itemKey` sees them) updates its title, link,
 * summary and date but keeps `firstSeen` and `read`; a new one is unread.
 * Newest first; at most `limit` items, the oldest dropped. Neither list is
 * changed.
 */
export function mergeFeedItems(
  stored: readonly StoredFeedItem[],
  incoming: readonly FeedItem[],
  { limit, now, feedUrl, source }: MergeOptions,
): StoredFeedItem[] {
  const merged = [...stored];
  const indexByKey = new Map<string, number>();
  const remember = (item: FeedItem, index: number) => {
    indexByKey.set(itemKey(item.id), index);
    indexByKey.set(itemKey(item.link), index);
  };
  merged.forEach(remember);

  const firstSeen = now.toISOString();
  const latestPlausible = now.getTime() + FUTURE_TOLERANCE_MS;
  for (const item of incoming) {
    const published = item.published !== null && Date.parse(item.published) > latestPlausible ? null : item.published;
    const existing = indexByKey.get(itemKey(item.id)) ?? indexByKey.get(itemKey(item.link));
    if (existing === undefined) {
      merged.push({ ...item, published, feedUrl, source, firstSeen, read: false });
      remember(item, merged.length - 1);
    } else {
      const kept = merged[existing];
      merged[existing] = {
        ...kept,
        title: item.title,
        link: item.link,
        summary: item.summary,
        published: published ?? kept.published,
      };
    }
  }
  return merged
    .map((item, order) => ({ item, order }))
    .sort((a, b) => sortTime(b.item) - sortTime(a.item) || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ item }) => item);
}

/** How many items the reader has not opened: the toolbar badge. */
export function unreadCount(items: readonly Pick<StoredFeedItem, 'read'>[]): number {
  return items.filter((item) => !item.read).length;
}
