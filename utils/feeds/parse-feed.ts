/**
 * RSS 2.0 (and RSS 1.0) and Atom feeds → headlines Bevan can show. The
 * service worker has no DOMParser, so the XML is read with fast-xml-parser,
 * configured to do as little as possible:
 * - entities are not processed by the parser (`processEntities: false`), so a
 *   DOCTYPE's entity definitions are never expanded; feed-text.ts decodes the
 *   standard ones from fixed tables;
 * - no value is coerced ("0123" stays a string), and the text fields are "stop
 *   nodes", read raw so that CDATA, escaped HTML and Atom XHTML are each
 *   turned into plain text the same careful way (feed-text.ts);
 * - a document is checked by fast-xml-parser's validator first, whose reason
 *   ("Expected closing tag 'item'…") is shown; the parser alone would guess.
 *
 * Every outcome is a value, never an exception: a feed, or a message naming
 * the feed and saying what is wrong with what it sent.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedLabel } from './default-feeds';
import { parseFeedDate } from './feed-dates';
import { decodeXmlEntities, htmlToText, plainText, xhtmlMarkupOf, xmlTextOf } from './feed-text';

export interface FeedItem {
  /** The item's guid (RSS) or id (Atom), else its link. */
  id: string;
  /** Plain text, never empty. */
  title: string;
  /** An absolute `https:` address. */
  link: string;
  /** ISO 8601 instant, or null when the feed gave no date Bevan could read. */
  published: string | null;
  /** Plain text, possibly empty. */
  summary: string;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

export type FeedProblem = 'not-a-feed' | 'malformed' | 'too-large';

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; kind: FeedProblem; error: string };

export interface ParseFeedOptions {
  /** Longest text read, in characters; longer text is refused. Default 2 MB. */
  maxChars?: number;
  /** Begins error messages; default `feedLabel(feedUrl)`. */
  label?: string;
}

export const DEFAULT_MAX_FEED_SIZE = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;
const MAX_SUMMARY_LENGTH = 600;
/** Items read per feed: feeds list their newest first, and the popup shows a few dozen at most. */
export const MAX_ITEMS_PER_FEED = 300;
const MAX_LINK_LENGTH = 2048;

/** "2 MB", "10.5 MB", "800 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Elements whose content is read raw (see the note at the top). */
const RAW_FIELDS = [
  'title',
  'description',
  'summary',
  'content',
  'content:encoded',
  'link',
  'guid',
  'id',
  'pubDate',
  'dc:date',
  'published',
  'updated',
];
const REPEATED = new Set(['item', 'entry', 'link']);

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: RAW_FIELDS.map((name) => `..${name}`),
  isArray: (name) => REPEATED.has(name),
  maxNestedTags: 64,
});

/** Reads an RSS or Atom document fetched from `feedUrl` (relative links are resolved against it). */
export function parseFeed(xml: string, feedUrl: string, options: ParseFeedOptions = {}): ParseFeedResult {
  const label = options.label ?? feedLabel(feedUrl);
  const maxChars = options.maxChars ?? DEFAULT_MAX_FEED_SIZE;
  if (xml.length > maxChars) {
    return fail(
      'too-large',
      `${label} sent ${formatSize(xml.length)}, more than the ${formatSize(maxChars)} Bevan reads from a feed.`,
    );
  }
  // A BOM or blank lines before the XML declaration are common, and harmless.
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  const notAFeed = describeNonFeed(text, label);
  if (notAFeed) return fail('not-a-feed', notAFeed);

  // A bare "&" ("Tom & Jerry") is the commonest error in real feeds; it can only mean "&amp;".
  const repaired = text.replace(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#[xX][0-9A-Fa-f]+);)/g, '&amp;');
  const validation = XMLValidator.validate(repaired);
  if (validation !== true) {
    const reason = shorten(validation.err.msg.replace(/\.$/, ''));
    return fail('malformed', `${label} sent malformed XML: ${reason} (line ${validation.err.line}).`);
  }
  let document: unknown;
  try {
    document = xmlParser.parse(repaired);
  } catch (error) {
    const reason = error instanceof Error ? shorten(error.message.replace(/\.$/, '')) : 'unreadable';
    return fail('malformed', `${label} sent malformed XML: ${reason}.`);
  }
  return readDocument(document, feedUrl, label);
}

/** The parser quotes the offending tag, which can be any length. */
function shorten(reason: string): string {
  return reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
}

function fail(kind: FeedProblem, error: string): ParseFeedResult {
  return { ok: false, kind, error };
}

const FEED_ROOT = /^(?:rss|feed|(?:[\w.-]+:)?RDF)$/;

/** Why a text is not a feed at all (before any XML checks), or null if it may be one. */
function describeNonFeed(text: string, label: string): string | null {
  if (text === '') return `${label} sent an empty answer, not a news feed.`;
  if (text.startsWith('{') || text.startsWith('[')) return `${label} sent JSON, not an RSS or Atom feed.`;
  if (!text.startsWith('<')) return `${label} sent plain text, not an RSS or Atom feed.`;
  const root = firstElementName(text);
  if (root === null) return `${label} sent no XML elements, not a news feed.`;
  if (root.toLowerCase() === 'html') {
    return `${label} sent a web page (HTML), not an RSS or Atom feed: the feed may have moved.`;
  }
  if (!FEED_ROOT.test(root)) return `${label} sent an XML document (<${root}>), not an RSS or Atom feed.`;
  return null;
}

/** The name of the first element, after the XML declaration, comments and a DOCTYPE ("html" for `<!doctype html>`). */
function firstElementName(text: string): string | null {
  let at = 0;
  while (at < text.length) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text.startsWith('<?', at)) {
      at = afterMarker(text, '?>', at);
    } else if (text.startsWith('<!--', at)) {
      at = afterMarker(text, '-->', at);
    } else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      const doctype = /^<!doctype\s+([\w:.-]+)/i.exec(text.slice(at, at + 200));
      if (doctype?.[1].toLowerCase() === 'html') return 'html';
      at = afterDoctype(text, at);
    } else {
      return /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(at, at + 200))?.[1] ?? null;
    }
  }
  return null;
}

/** Where a DOCTYPE ends: its first `>`, or the `]>` closing its internal subset when it has one. */
function afterDoctype(text: string, from: number): number {
  const subset = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (subset === -1 || (close !== -1 && close < subset)) return close === -1 ? text.length : close + 1;
  const subsetEnd = /\]\s*>/g;
  subsetEnd.lastIndex = subset;
  const found = subsetEnd.exec(text);
  return found ? found.index + found[0].length : text.length;
}

function afterMarker(text: string, marker: string, from: number): number {
  const index = text.indexOf(marker, from);
  return index === -1 ? text.length : index + marker.length;
}

type XmlNode = Record<string, unknown>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements named `name` under a node, as a list (the parser gives one, a list, or nothing). */
function elements(node: XmlNode, name: string): unknown[] {
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A raw field's inner XML: the parser stores a stop node as a string, or as `#text` beside its attributes. */
function rawOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return null;
}

function attributeOf(value: unknown, name: string): string | null {
  if (!isNode(value)) return null;
  const attribute = value[`@_${name}`];
  return typeof attribute === 'string' ? decodeXmlEntities(attribute) : null;
}

/** An element's text as XML defines it (CDATA kept, entities decoded), trimmed; null when it has none. */
function textOf(value: unknown): string | null {
  const raw = rawOf(value);
  return raw === null ? null : xmlTextOf(raw).trim();
}

/** The text of the first `name` element under a node. */
function fieldText(node: XmlNode, name: string): string | null {
  return (
    elements(node, name)
      .map(textOf)
      .find((text) => text !== null) ?? null
  );
}

function readDocument(document: unknown, feedUrl: string, label: string): ParseFeedResult {
  if (!isNode(document)) return fail('not-a-feed', `${label} sent no XML elements, not a news feed.`);
  const rootName = Object.keys(document).find((key) => FEED_ROOT.test(key));
  const root = rootName === undefined ? undefined : elements(document, rootName)[0];
  if (rootName === undefined || !isNode(root)) {
    return fail('not-a-feed', `${label} sent an empty feed document, not a news feed.`);
  }
  if (rootName === 'feed') return { ok: true, feed: readAtom(root, feedUrl, label) };
  const channel = elements(root, 'channel').find(isNode);
  if (!channel) return fail('not-a-feed', `${label} sent an RSS document with no <channel>, not a news feed.`);
  // RSS 2.0 lists items inside the channel; RSS 1.0 (RDF) beside it.
  const items = rootName === 'rss' ? elements(channel, 'item') : elements(root, 'item');
  return { ok: true, feed: readRss(channel, items, feedUrl, label) };
}

function readRss(channel: XmlNode, rawItems: unknown[], feedUrl: string, label: string): ParsedFeed {
  const items: FeedItem[] = [];
  for (const item of rawItems.slice(0, MAX_ITEMS_PER_FEED)) {
    if (!isNode(item)) continue;
    const guid = fieldText(item, 'guid');
    const guidIsLink = guid !== null && attributeOf(elements(item, 'guid')[0], 'isPermaLink') !== 'false';
    const links = [...elements(item, 'link').map(textOf), guidIsLink ? guid : null];
    const built = buildItem({
      id: guid,
      title: htmlField(item, 'title', MAX_TITLE_LENGTH),
      link: firstUsableLink(links, feedUrl),
      date: fieldText(item, 'pubDate') ?? fieldText(item, 'dc:date'),
      summary: htmlField(item, item.description === undefined ? 'content:encoded' : 'description', MAX_SUMMARY_LENGTH),
    });
    if (built) items.push(built);
  }
  return { title: feedTitle(htmlField(channel, 'title', MAX_TITLE_LENGTH), label), items };
}

/** An RSS field as plain text: RSS puts HTML in its text, escaped or in CDATA. */
function htmlField(node: XmlNode, name: string, maxLength: number): string {
  return htmlToText(xmlTextOf(rawOf(elements(node, name)[0]) ?? ''), maxLength);
}

function readAtom(feed: XmlNode, feedUrl: string, label: string): ParsedFeed {
  const items: FeedItem[] = [];
  for (const entry of elements(feed, 'entry').slice(0, MAX_ITEMS_PER_FEED)) {
    if (!isNode(entry)) continue;
    const built = buildItem({
      id: fieldText(entry, 'id'),
      title: atomText(elements(entry, 'title')[0], MAX_TITLE_LENGTH),
      link: firstUsableLink(alternateLinks(elements(entry, 'link')), feedUrl),
      date: fieldText(entry, 'published') ?? fieldText(entry, 'updated'),
      summary: atomText(elements(entry, 'summary')[0] ?? elements(entry, 'content')[0], MAX_SUMMARY_LENGTH),
    });
    if (built) items.push(built);
  }
  return { title: feedTitle(atomText(elements(feed, 'title')[0], MAX_TITLE_LENGTH), label), items };
}

function feedTitle(title: string, label: string): string {
  return title || label;
}

/** An Atom text construct as plain text, by its `type`: text, html or xhtml (content may name a MIME type). */
function atomText(value: unknown, maxLength: number): string {
  const raw = rawOf(value);
  if (raw === null) return '';
  const type = (attributeOf(value, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlToText(xhtmlMarkupOf(raw), maxLength);
  if (type.includes('html')) return htmlToText(xmlTextOf(raw), maxLength);
  return plainText(xmlTextOf(raw), maxLength);
}

/** An entry's links to its page: `rel="alternate"` (the default), HTML ones first. */
function alternateLinks(links: unknown[]): (string | null)[] {
  const alternates = links.filter((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.filter((link) => (attributeOf(link, 'type') ?? 'text/html').includes('html'));
  return [...html, ...alternates].map((link) => attributeOf(link, 'href'));
}

/** The first candidate (text, entities decoded) that makes a usable link. */
function firstUsableLink(candidates: (string | null)[], feedUrl: string): string | null {
  for (const candidate of candidates) {
    const link = candidate === null ? null : usableLink(candidate, feedUrl);
    if (link) return link;
  }
  return null;
}

/**
 * An item's link as Bevan will open it, or null. Relative links are resolved
 * against the feed's address; `http:` is upgraded to `https:` (every news site
 * Bevan reads serves https, and dropping the item would hide the news); any
 * other scheme (`javascript:`, `data:`, `file:`…) and links with a user name
 * or password ("https://bbc.co.uk@evil.example") are refused.
 */
function usableLink(value: string, base: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.href.length > MAX_LINK_LENGTH ? null : url.href;
}

interface ItemFields {
  id: string | null;
  title: string;
  link: string | null;
  date: string | null;
  summary: string;
}

/** An item worth showing has a link and some words; a missing title is made from the summary. */
function buildItem({ id, title, link, date, summary }: ItemFields): FeedItem | null {
  if (link === null) return null;
  const headline = title || plainText(summary, 120);
  if (headline === '') return null;
  const cleanId = id?.replace(/\s+/g, ' ').slice(0, MAX_LINK_LENGTH);
  return {
    id: cleanId || link,
    title: headline,
    link,
    published: date === null ? null : parseFeedDate(date),
    summary,
  };
}
