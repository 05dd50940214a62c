import { describe, expect, it } from 'vitest';
import {
  isAboutDispute,
  itemKey,
  keepDisputeItems,
  mergeFeedItems,
  unreadCount,
  type StoredFeedItem,
} from '@/utils/feeds/feed-items';
import { parseFeed, type FeedItem } from '@/utils/feeds/parse-feed';
import { feedFixture } from './fixture';

const BBC = 'https://feeds.bbci.co.uk/news/health/rss.xml';
const NOW = new Date('2025-07-25T12:00:00Z');

function item(overrides: Partial<FeedItem> & Pick<FeedItem, 'link'>): FeedItem {
  return { id: overrides.link, title: 'Junior doctors strike', published: null, summary: '', ...overrides };
}

function stored(overrides: Partial<StoredFeedItem> & Pick<FeedItem, 'link'>): StoredFeedItem {
  return {
    ...item(overrides),
    feedUrl: BBC,
    source: 'BBC News (Health)',
    firstSeen: '2025-07-20T08:00:00.000Z',
    read: false,
    ...overrides,
  };
}

const merge = (old: readonly StoredFeedItem[], fresh: readonly FeedItem[], limit = 50) =>
  mergeFeedItems(old, fresh, { limit, now: NOW, feedUrl: BBC, source: 'BBC News (Health)' });

describe('isAboutDispute', () => {
  it('recognises the dispute the way the annotator does', () => {
    expect(isAboutDispute('Junior doctors’ strike: walkout begins')).toBe(true);
    expect(isAboutDispute('Resident doctors pay dispute enters third year')).toBe(true);
    expect(isAboutDispute('Five-day strike by resident doctors looms')).toBe(true);
    expect(isAboutDispute('#NotFairNotSafe: doctors rally')).toBe(true);
  });

  it('ignores other health news and lookalikes', () => {
    expect(isAboutDispute('NHS waiting list falls for third month')).toBe(false);
    expect(isAboutDispute('Nurses strike over pay')).toBe(false);
    expect(isAboutDispute('Seniorjunior doctors strikes')).toBe(false);
    expect(isAboutDispute('')).toBe(false);
  });
});

describe('keepDisputeItems', () => {
  it('keeps the stories about the dispute from a general health feed, by title or summary', () => {
    const guardian = parseFeed(feedFixture('guardian-society.rss.xml'), 'https://www.theguardian.com/society/rss');
    if (!guardian.ok) throw new Error(guardian.error);
    expect(keepDisputeItems(guardian.feed.items).map((kept) => kept.title)).toEqual([
      'Resident doctors’ strike: walkout begins in England as talks collapse',
      'Streeting meets BMA leaders in last attempt to avert walkout',
      "Junior doctors' pay dispute: what happens next? & who decides",
    ]);

    const bbc = parseFeed(feedFixture('bbc-health.rss.xml'), BBC);
    if (!bbc.ok) throw new Error(bbc.error);
    expect(keepDisputeItems(bbc.feed.items).map((kept) => kept.title)).toEqual([
      'Junior doctors strike: what you need to know if you have an appointment',
      '#NotFairNotSafe: doctors rally outside Downing Street',
    ]);
  });
});

describe('itemKey', () => {
  it('treats a link with tracking parameters, a fragment or http as the same story', () => {
    const key = itemKey('https://www.theguardian.com/society/2025/jul/25/strike');
    expect(itemKey('https://www.theguardian.com/society/2025/jul/25/strike?utm_source=rss&UTM_Medium=feed')).toBe(key);
    expect(itemKey('https://www.theguardian.com/society/2025/jul/25/strike#comments')).toBe(key);
    expect(itemKey('http://WWW.theguardian.com/society/2025/jul/25/strike')).toBe(key);
    expect(itemKey('https://www.theguardian.com/society/2025/jul/25/strike?page=2')).not.toBe(key);
  });

  it('keeps ids that are not web addresses as written', () => {
    expect(itemKey(' tag:policy.example.org,2024:post-812 ')).toBe('tag:policy.example.org,2024:post-812');
  });
});

describe('mergeFeedItems', () => {
  it('adds new items as unread, first seen now, newest first', () => {
    const merged = merge(
      [],
      [
        item({ link: 'https://a.example.com/older', published: '2025-07-24T08:00:00.000Z' }),
        item({ link: 'https://a.example.com/newer', published: '2025-07-25T08:00:00.000Z' }),
      ],
    );
    expect(merged.map((kept) => kept.link)).toEqual(['https://a.example.com/newer', 'https://a.example.com/older']);
    expect(merged[0]).toMatchObject({
      read: false,
      firstSeen: '2025-07-25T12:00:00.000Z',
      feedUrl: BBC,
      source: 'BBC News (Health)',
    });
  });

  it('keeps the reader’s read mark and first sighting when a story comes again, with its new headline', () => {
    const old = stored({
      link: 'https://a.example.com/strike',
      title: 'Doctors to strike',
      read: true,
      published: '2025-07-24T08:00:00.000Z',
    });
    const merged = merge(
      [old],
      [
        item({
          link: 'https://a.example.com/strike?utm_source=rss#top',
          id: 'other-id',
          title: 'Doctors strike begins',
        }),
      ],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      title: 'Doctors strike begins',
      read: true,
      firstSeen: '2025-07-20T08:00:00.000Z',
      published: '2025-07-24T08:00:00.000Z',
    });
  });

  it('treats items with the same id as one story even when the link changed', () => {
    const old = stored({ id: 'guid-1', link: 'https://a.example.com/live/1', read: true });
    const merged = merge([old], [item({ id: 'guid-1', link: 'https://a.example.com/live/1-updated' })]);
    expect(merged).toEqual([{ ...old, link: 'https://a.example.com/live/1-updated' }]);
  });

  it('lists one story once even if a feed repeats it', () => {
    const twice = [item({ link: 'https://a.example.com/x' }), item({ link: 'https://a.example.com/x#again' })];
    expect(merge([], twice)).toHaveLength(1);
  });

  it('keeps only the newest items up to the limit, dropping the oldest', () => {
    const old = [1, 2, 3].map((day) =>
      stored({ link: `https://a.example.com/${day}`, published: `2025-07-0${day}T08:00:00.000Z` }),
    );
    const merged = merge(old, [item({ link: 'https://a.example.com/4', published: '2025-07-04T08:00:00.000Z' })], 3);
    expect(merged.map((kept) => kept.link)).toEqual([
      'https://a.example.com/4',
      'https://a.example.com/3',
      'https://a.example.com/2',
    ]);
  });

  it('orders undated items by when Bevan first saw them, and ignores dates far in the future', () => {
    const merged = merge(
      [stored({ link: 'https://a.example.com/dated', published: '2025-07-25T09:00:00.000Z' })],
      [
        item({ link: 'https://a.example.com/undated' }),
        item({ link: 'https://a.example.com/future', published: '2030-01-01T00:00:00.000Z' }),
      ],
    );
    expect(merged.map((kept) => [kept.link, kept.published])).toEqual([
      ['https://a.example.com/undated', null],
      ['https://a.example.com/future', null],
      ['https://a.example.com/dated', '2025-07-25T09:00:00.000Z'],
    ]);
  });

  it('changes neither list it is given', () => {
    const old = [stored({ link: 'https://a.example.com/1' })];
    const fresh = [item({ link: 'https://a.example.com/1', title: 'New headline' })];
    const snapshot = JSON.stringify([old, fresh]);
    merge(old, fresh);
    expect(JSON.stringify([old, fresh])).toBe(snapshot);
  });
});

describe('unreadCount', () => {
  it('counts the items the reader has not opened, for the badge', () => {
    expect(unreadCount([])).toBe(0);
    expect(
      unreadCount([
        stored({ link: 'https://a.example.com/1', read: true }),
        stored({ link: 'https://a.example.com/2' }),
        stored({ link: 'https://a.example.com/3' }),
      ]),
    ).toBe(2);
  });
});
