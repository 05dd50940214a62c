import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDS, feedLabel, validateFeedUrl } from '@/utils/feeds/default-feeds';

describe('default feeds', () => {
  it('lists the Guardian’s junior doctors feed and BBC News Health, over https, once each', () => {
    const urls = DEFAULT_FEEDS.map((feed) => feed.url);
    expect(urls).toContain('https://www.theguardian.com/society/junior-doctors/rss');
    expect(urls).toContain('https://feeds.bbci.co.uk/news/health/rss.xml');
    expect(new Set(urls).size).toBe(urls.length);
    for (const feed of DEFAULT_FEEDS) {
      expect(validateFeedUrl(feed.url)).toEqual({ ok: true, url: feed.url });
      expect(feed.label).not.toBe('');
    }
  });

  it('names a default feed by its label and any other by its site', () => {
    expect(feedLabel('https://feeds.bbci.co.uk/news/health/rss.xml')).toBe('BBC News (Health)');
    expect(feedLabel('https://www.nhsforall.org.uk/feed')).toBe('nhsforall.org.uk');
    expect(feedLabel('not a url')).toBe('This feed');
  });
});

describe('validateFeedUrl', () => {
  it('accepts an https address, trimmed and without its fragment', () => {
    expect(validateFeedUrl('  https://www.bmj.com/rss/news.xml#top ')).toEqual({
      ok: true,
      url: 'https://www.bmj.com/rss/news.xml',
    });
  });

  it.each([
    ['', 'Enter the address of an RSS or Atom feed.'],
    ['www.bbc.co.uk/news', 'That is not a web address. Feed addresses start with https://'],
    [
      'http://feeds.bbci.co.uk/news/health/rss.xml',
      'Bevan reads feeds over https only: try the address with https:// instead of http://',
    ],
    ['javascript:alert(1)', 'Feed addresses start with https://'],
    ['ftp://example.org/feed.xml', 'Feed addresses start with https://'],
    ['https://user:secret@example.org/feed', 'Feed addresses cannot hold a user name or password.'],
    ['https://localhost/feed', 'That address has no site name in it.'],
    [`https://example.org/${'a'.repeat(2100)}`, 'That address is too long to be a feed.'],
  ])('refuses %j with a message', (input, error) => {
    expect(validateFeedUrl(input)).toEqual({ ok: false, error });
  });
});
