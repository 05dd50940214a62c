import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_FEED, MAX_TITLE_LENGTH, parseFeed, type ParsedFeed } from '@/utils/feeds/parse-feed';
import { feedFixture as fixture } from './fixture';

const GUARDIAN_FEED = 'https://www.theguardian.com/society/junior-doctors/rss';
const EXAMPLE_FEED = 'https://news.example.co.uk/feeds/health/rss';

function feedOf(xml: string, feedUrl = EXAMPLE_FEED): ParsedFeed {
  const result = parseFeed(xml, feedUrl);
  if (!result.ok) throw new Error(`Expected a feed, got: ${result.error}`);
  return result.feed;
}

function errorOf(xml: string, feedUrl = EXAMPLE_FEED, maxChars?: number) {
  const result = parseFeed(xml, feedUrl, { maxChars });
  if (result.ok) throw new Error('Expected an error, got a feed');
  return result;
}

/** Builds an RSS 2.0 document around item XML. */
function rss(items: string, channelTitle = 'Test feed'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${channelTitle}</title>${items}</channel></rss>`;
}

describe('parseFeed: a UK paper’s RSS 2.0 feed', () => {
  const feed = feedOf(fixture('guardian-society.rss.xml'), GUARDIAN_FEED);

  it('reads the channel title and every item, in the feed’s order', () => {
    expect(feed.title).toBe('Society | The Guardian');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Resident doctors’ strike: walkout begins in England as talks collapse',
      'NHS waiting list in England falls for third month in a row',
      'Streeting meets BMA leaders in last attempt to avert walkout',
      'Hospital car parking: the trusts still charging staff £100 a month',
      "Junior doctors' pay dispute: what happens next? & who decides",
    ]);
  });

  it('gives each item its link, its guid as id, and its date as a UTC instant', () => {
    expect(feed.items[0]).toEqual({
      id: 'https://www.theguardian.com/society/2025/jul/25/resident-doctors-strike-walkout-begins-england',
      title: 'Resident doctors’ strike: walkout begins in England as talks collapse',
      link: 'https://www.theguardian.com/society/2025/jul/25/resident-doctors-strike-walkout-begins-england?utm_source=rss&utm_medium=feed',
      published: '2025-07-25T06:30:11.000Z',
      summary:
        'Thousands of resident doctors in England have begun a five-day walkout after last-ditch talks with the health secretary ended without agreement. Continue reading...',
    });
    expect(feed.items[4].id).toBe('explainer-2025-07-21');
  });

  it('reads RFC 822 dates with numeric offsets and British Summer Time, and Dublin Core dates', () => {
    expect(feed.items.map((item) => item.published)).toEqual([
      '2025-07-25T06:30:11.000Z',
      '2025-07-24T15:05:00.000Z',
      '2025-07-23T17:45:00.000Z',
      '2025-07-22T06:00:00.000Z',
      '2025-07-21T12:00:00.000Z',
    ]);
  });

  it('turns escaped HTML, CDATA and entities into plain text', () => {
    expect(feed.items[1].summary).toBe(
      'Figures show the backlog for planned treatment shrank to 7.36m, though A&E waits remain long.',
    );
    expect(feed.items[4].summary).toBe('Our explainer on the ballot, the BMA’s demands and the government’s offer.');
  });
});

describe('parseFeed: a broadcaster’s RSS feed', () => {
  const feed = feedOf(fixture('bbc-health.rss.xml'), 'https://feeds.bbci.co.uk/news/health/rss.xml');

  it('reads CDATA titles, and uses the link rather than a guid that is not a permalink', () => {
    expect(feed.title).toBe('BBC News');
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({
      id: 'https://www.bbc.co.uk/news/articles/c0000000001o#0',
      title: 'Junior doctors strike: what you need to know if you have an appointment',
      link: 'https://www.bbc.co.uk/news/articles/c0000000001o?at_medium=RSS&at_campaign=rss',
      published: '2025-07-25T05:12:40.000Z',
    });
    expect(feed.items[2].title).toBe('#NotFairNotSafe: doctors rally outside Downing Street');
  });
});

describe('parseFeed: Atom', () => {
  const feed = feedOf(fixture('nhs-campaign.atom.xml'), 'https://policy.example.org/feed.atom');

  it('reads html, xhtml and text titles as plain text', () => {
    expect(feed.title).toBe('Health Policy Notes');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Resident doctors’ strike ends: what the six days cost',
      'Why the 2016 contract still matters & to whom',
      'Use for bold, and 5 < 6',
    ]);
  });

  it('takes the alternate link, resolved against the feed’s address, and drops an entry with none', () => {
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://policy.example.org/2024/06/six-day-strike-cost',
      'https://policy.example.org/2023/03/contract-2016',
      'https://policy.example.org/notes/markup',
    ]);
    expect(feed.items.map((item) => item.title)).not.toContain('A post with only a comments link');
  });

  it('uses the id, the published date (else the updated one) and the summary (else the content)', () => {
    expect(feed.items[0]).toMatchObject({
      id: 'tag:policy.example.org,2024:post-812',
      published: '2024-01-09T07:00:00.000Z',
      summary: 'Trusts rescheduled 113,779 appointments.',
    });
    expect(feed.items[1]).toMatchObject({
      published: '2023-03-13T07:15:00.000Z',
      summary: "The junior doctors' contract imposed in 2016 set the rota rules still in force.",
    });
  });
});

describe('parseFeed: hostile and careless feeds', () => {
  const feed = feedOf(fixture('hostile.rss.xml'));
  const byLink = (path: string) => feed.items.find((item) => item.link === `https://news.example.co.uk/${path}`);

  it('removes scripts from titles, however they are escaped, and keeps the words around them', () => {
    expect(feed.title).toBe('Hostile Feed');
    expect(byLink('escaped-script')?.title).toBe('Junior doctors strike called off');
    expect(byLink('cdata-script')?.title).toBe('Resident doctors walkout ends');
    expect(byLink('escaped-twice')?.title).toBe('Escaped twice');
    for (const item of feed.items) {
      expect(item.title).not.toMatch(/<[A-Za-z/!?]|alert|cookie/);
    }
  });

  it('reads a bare ampersand as the character it was meant to be', () => {
    expect(byLink('bare-ampersand')?.title).toBe('Tom & Jerry & the 5 < 6 rule');
  });

  it('drops javascript:, data: and credential-bearing links, and items with no link', () => {
    const titles = feed.items.map((item) => item.title);
    expect(titles).not.toContain('A javascript: link');
    expect(titles).not.toContain('A data: link');
    expect(titles).not.toContain('A link that hides its host');
    expect(titles).not.toContain('No link at all');
    for (const item of feed.items) expect(item.link).toMatch(/^https:\/\//);
  });

  it('resolves relative links against the feed and upgrades http links to https', () => {
    expect(feed.items.find((item) => item.title === 'A relative link')?.link).toBe(
      'https://news.example.co.uk/health/2023/apr/16/relative-link',
    );
    expect(feed.items.find((item) => item.title === 'A plain http link')?.link).toBe(
      'https://news.example.co.uk/plain-http',
    );
  });

  it('reads odd dates it can be sure of, and gives null for the rest', () => {
    expect(byLink('escaped-script')?.published).toBe('2023-04-11T00:00:00.000Z');
    expect(byLink('cdata-script')?.published).toBe('2023-04-12T00:00:00.000Z');
    expect(byLink('escaped-twice')?.published).toBe('2023-04-13T19:05:00.000Z');
    expect(byLink('bare-ampersand')?.published).toBe('2023-04-14T14:00:00.000Z');
    expect(byLink('health/2023/apr/16/relative-link')?.published).toBe('2023-04-11T06:00:00.000Z');
    expect(byLink('plain-http')?.published).toBeNull(); // 32 January
    expect(byLink('no-title')?.published).toBeNull(); // "yesterday"
  });

  it('makes a missing headline from the summary', () => {
    expect(byLink('no-title')?.title).toBe('An item with no headline, only a summary about the strike.');
  });

  it('strips bidirectional overrides and control characters', () => {
    expect(byLink('bidi')?.title).toBe('Headline with a reversed part and a null');
  });

  it('lets no invisible character smuggle a tag into a title', () => {
    const titles = ['&lt;&#x202E;b&gt;Pay row&lt;/b&gt;', '&lt;&#1;script&gt;alert(1)', '&lt;<![CDATA[script>x]]>'];
    const items = titles.map(
      (title, n) => `<item><title>${title}</title><link>https://a.example.com/${n}</link></item>`,
    );
    for (const item of feedOf(rss(items.join(''))).items) expect(item.title).not.toMatch(/<[A-Za-z/!?]/);
  });

  it('caps very long titles at a word break', () => {
    const longTitle = `Junior doctors strike ${'and more words '.repeat(60)}`;
    const [item] = feedOf(rss(`<item><title>${longTitle}</title><link>https://a.example.com/x</link></item>`)).items;
    expect(item.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(item.title).toMatch(/^Junior doctors strike and more words .*[a-z]…$/);
  });

  it('never expands entities a DOCTYPE defines', () => {
    const started = performance.now();
    const [item] = feedOf(fixture('entity-expansion.rss.xml')).items;
    expect(item.title).toBe('&lol9; &lol;');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses external entities', () => {
    const xml =
      '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title>' +
      '<item><title>&secret;</title><link>https://a.example.com/</link></item></channel></rss>';
    expect(errorOf(xml)).toMatchObject({ kind: 'malformed' });
  });

  it('keeps ids and numbers as written, never as numbers', () => {
    const [item] = feedOf(
      rss('<item><title>0123</title><guid isPermaLink="false">00123</guid><link>https://a.example.com/1</link></item>'),
    ).items;
    expect(item).toMatchObject({ id: '00123', title: '0123' });
  });
});

describe('parseFeed: what is not a feed', () => {
  it('says a web page is not a feed, naming the default feed it came from', () => {
    expect(errorOf(fixture('moved-feed.html'), GUARDIAN_FEED)).toEqual({
      ok: false,
      kind: 'not-a-feed',
      error: 'The Guardian (junior doctors) sent a web page (HTML), not an RSS or Atom feed: the feed may have moved.',
    });
  });

  it('says an empty answer, JSON, plain text and other XML are not feeds', () => {
    expect(errorOf(fixture('empty.xml')).error).toBe('news.example.co.uk sent an empty answer, not a news feed.');
    expect(errorOf('  \n ').error).toBe('news.example.co.uk sent an empty answer, not a news feed.');
    expect(errorOf('{"items": []}').error).toBe('news.example.co.uk sent JSON, not an RSS or Atom feed.');
    expect(errorOf('Service temporarily unavailable').error).toBe(
      'news.example.co.uk sent plain text, not an RSS or Atom feed.',
    );
    expect(errorOf('<?xml version="1.0"?><urlset><url><loc>https://a.example.com/</loc></url></urlset>').error).toBe(
      'news.example.co.uk sent an XML document (<urlset>), not an RSS or Atom feed.',
    );
    expect(errorOf('<rss version="2.0"></rss>')).toMatchObject({ kind: 'not-a-feed' });
    for (const xml of ['', '{}', 'text', '<urlset/>', '<rss/>']) expect(errorOf(xml).kind).toBe('not-a-feed');
  });

  it('gives the parser’s reason for malformed XML', () => {
    expect(errorOf(fixture('malformed.rss.xml'))).toEqual({
      ok: false,
      kind: 'malformed',
      error:
        "news.example.co.uk sent malformed XML: Expected closing tag 'item' (opened in line 5, col 5) instead of closing tag 'channel' (line 8).",
    });
    expect(errorOf(rss('<item><title>Cut off')).error).toMatch(/^news\.example\.co\.uk sent malformed XML: .+\.$/);
  });

  it('keeps a parser’s reason short', () => {
    const error = errorOf(rss(`<item><title>${'<'.repeat(3)}b${'<!--'.repeat(5000)}</title></item>`)).error;
    expect(error.length).toBeLessThan(250);
  });

  it('accepts an empty but valid feed', () => {
    expect(feedOf(rss(''))).toEqual({ title: 'Test feed', items: [] });
  });

  it('reads a feed with a byte-order mark or blank lines before the declaration', () => {
    const xml = rss('<item><title>A</title><link>https://a.example.com/</link></item>');
    expect(feedOf(`\uFEFF${xml}`).items).toHaveLength(1);
    expect(feedOf(`\n\n  ${xml}`).items).toHaveLength(1);
  });
});

describe('parseFeed: size', () => {
  const item = (n: number) =>
    `<item><title>Junior doctors strike, day ${n}</title><link>https://news.example.co.uk/strike/${n}</link><description><![CDATA[<p>${'Words about the walkout. '.repeat(8)}</p>]]></description><pubDate>Fri, 25 Jul 2025 06:30:11 GMT</pubDate></item>`;

  it('refuses text above the cap, naming both sizes', () => {
    const huge = rss(Array.from({ length: 40_000 }, (_, n) => item(n)).join('\n'));
    expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
    const error = errorOf(huge, 'https://feeds.bbci.co.uk/news/health/rss.xml');
    expect(error.kind).toBe('too-large');
    expect(error.error).toMatch(/^BBC News \(Health\) sent 1\d\.\d MB, more than the 2 MB Bevan reads from a feed\.$/);
    expect(errorOf(rss(item(1)), EXAMPLE_FEED, 100).error).toMatch(/sent \d+ bytes, more than the 100 bytes/);
  });

  it('reads a large feed within the cap, up to the item limit', () => {
    const large = rss(Array.from({ length: 5_000 }, (_, n) => item(n)).join('\n'));
    expect(large.length).toBeGreaterThan(1.8 * 1024 * 1024);
    const feed = feedOf(large);
    expect(feed.items).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(feed.items[0].title).toBe('Junior doctors strike, day 0');
  });
});
