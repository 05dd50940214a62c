/**
 * Whatever arrives from the network, parseFeed answers with a value: items
 * whose links are https and whose text holds no tag, or an error message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed, type ParseFeedResult } from '@/utils/feeds/parse-feed';

const FEED_URL = 'https://news.example.co.uk/feeds/rss';
const TAG = /<[A-Za-z/!?][^<>]*>/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u202a-\u202e\u2066-\u2069]/;

/** Pieces that have broken feed readers: markup, escapes, CDATA, hostile schemes, controls. */
const TRICKY = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;b&amp;gt;',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<![CDATA[',
  ']]>',
  '<script>',
  '</script>',
  '<b>',
  '</b>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '&#8217;',
  '&#0;',
  '&#x202E;',
  '&#xD800;',
  '&nbsp;',
  '&unknown;',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'http://news.example.co.uk/a',
  'https://news.example.co.uk/b',
  '/relative/path',
  '//other.example.org/x',
  'Junior doctors’ strike',
  'Tue, 11 Apr 2023 07:00:00 BST',
  '2023-04-11T07:00:00Z',
  '"',
  "'",
  '\u0000',
  '\u202e',
  ' ',
  '\n',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
/** Text as a feed carries it: escaped, in CDATA, or raw (which may break the XML). */
const escaped = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const field = fc.oneof(
  { arbitrary: text.map(escaped), weight: 5 },
  { arbitrary: text.map((value) => `<![CDATA[${value.replace(/]]>/g, '')}]]>`), weight: 4 },
  { arbitrary: text, weight: 1 },
);
const link = fc.oneof(
  fc.constantFrom(
    'https://news.example.co.uk/a',
    'http://news.example.co.uk/b?utm_source=rss&amp;x=1',
    '/relative/path',
    '//other.example.org/x',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://user:pass@news.example.co.uk/',
    ' https://news.example.co.uk/spaced ',
  ),
  field,
);
const attribute = fc.oneof(link, text).map((value) => escaped(value).replace(/"/g, '&quot;'));

const rssItem = fc
  .record({ title: field, link, guid: field, date: field, description: field })
  .map(
    ({ title, link, guid, date, description }) =>
      `<item><title>${title}</title><link>${link}</link><guid>${guid}</guid><pubDate>${date}</pubDate><description>${description}</description></item>`,
  );
const atomEntry = fc
  .record({
    type: fc.constantFrom('text', 'html', 'xhtml'),
    title: field,
    href: attribute,
    rel: fc.constantFrom('alternate', 'self', 'related'),
    summary: field,
    date: field,
  })
  .map(
    ({ type, title, href, rel, summary, date }) =>
      `<entry><title type="${type}">${title}</title><link rel="${rel}" href="${href}"/><id>${date}</id><updated>${date}</updated><summary type="${type}">${summary}</summary></entry>`,
  );

const feedDocument = fc.oneof(
  fc
    .array(rssItem, { maxLength: 5 })
    .map((items) => `<rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`),
  fc
    .array(atomEntry, { maxLength: 5 })
    .map((entries) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries.join('')}</feed>`),
);
/** Documents cut short or spliced with random text somewhere. */
const damagedDocument = fc
  .tuple(feedDocument, fc.nat(), text)
  .map(
    ([document, at, insert]) =>
      document.slice(0, at % (document.length + 1)) + insert + document.slice(at % (document.length + 1)),
  );

function expectSafe(result: ParseFeedResult): void {
  if (!result.ok) {
    expect(['not-a-feed', 'malformed', 'too-large']).toContain(result.kind);
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  expect(result.feed.title).not.toMatch(TAG);
  for (const item of result.feed.items) {
    expect(new URL(item.link).protocol).toBe('https:');
    expect(item.title.trim()).not.toBe('');
    for (const value of [item.title, item.summary]) {
      expect(value).not.toMatch(TAG);
      expect(value).not.toMatch(INVISIBLE);
    }
    if (item.published !== null) expect(new Date(item.published).toISOString()).toBe(item.published);
  }
}

describe('parseFeed on any input', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => expectSafe(parseFeed(input, FEED_URL))),
      { numRuns: 200 },
    );
  });

  it('never throws on random XML-ish text', () => {
    const xmlish = fc
      .array(
        fc.oneof(
          fc.constantFrom(...TRICKY, '<rss>', '</rss>', '<item>', '</item>', '<feed>'),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(xmlish, (input) => expectSafe(parseFeed(input, FEED_URL))),
      { numRuns: 500 },
    );
  });

  it('gives https links and tag-free text for feeds full of tricks, whole or damaged', () => {
    fc.assert(
      fc.property(fc.oneof(feedDocument, damagedDocument), (input) => expectSafe(parseFeed(input, FEED_URL))),
      { numRuns: 800 },
    );
  });
});
