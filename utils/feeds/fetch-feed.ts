/**
 * Fetches one feed and reads it: a time limit on the whole exchange, the HTTP
 * status, a size limit enforced while the body streams in (a 10 MB answer is
 * never held whole), a check that the answer is not an image or a PDF, the
 * text's character set, then parseFeed. `fetch` is passed in, so the
 * background supplies the browser's and tests a fake. Every failure is a
 * value whose message names the feed and is shown to the reader as it is.
 */
import { feedLabel } from './default-feeds';
import { DEFAULT_MAX_FEED_SIZE, formatSize, parseFeed, type ParsedFeed } from './parse-feed';
import { discardBody, readCappedBody } from '../net/capped-body';
import { statusReason } from '../net/http-status';

export type FeedErrorKind = 'timeout' | 'http' | 'too-large' | 'not-a-feed' | 'network' | 'malformed';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
}

export type FetchFeedResult = { ok: true; feed: ParsedFeed; fetchedAt: string } | { ok: false; error: FeedError };

export type FeedFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchFeedOptions {
  fetch: FeedFetch;
  /** For the whole exchange, body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body read. Default 2 MB. */
  maxBytes?: number;
  /** The clock for `fetchedAt`. */
  now?: () => Date;
  /** Begins messages; default `feedLabel(url)`. */
  label?: string;
}

export const DEFAULT_FEED_TIMEOUT_MS = 15_000;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/** Content types that cannot be a feed whatever the body says (servers do send feeds as text/html or octet-stream). */
const NOT_A_FEED_TYPE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip)$/;

export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const label = options.label ?? feedLabel(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEED_SIZE;
  const now = options.now ?? (() => new Date());

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => failure('timeout', `${label} did not answer within ${formatSeconds(timeoutMs)}.`);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        signal: controller.signal,
        // No cookies: a feed is public, and the reader's session on the site is none of its business.
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-cache',
        headers: { Accept: ACCEPT },
      });
    } catch {
      if (controller.signal.aborted) return timedOut();
      return failure('network', `${label} could not be reached: the computer may be offline, or the address is wrong.`);
    }

    if (!response.ok) {
      discardBody(response);
      const reason = statusReason(response);
      return failure('http', `${label} answered HTTP ${response.status}${reason ? ` (${reason})` : ''}.`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (NOT_A_FEED_TYPE.test(mediaType)) {
      discardBody(response);
      return failure('not-a-feed', `${label} sent a file of type ${mediaType.slice(0, 60)}, not a news feed.`);
    }
    const declaredSize = Number(response.headers.get('content-length'));
    if (declaredSize > maxBytes) {
      discardBody(response);
      return failure(
        'too-large',
        `${label} is ${formatSize(declaredSize)}, more than the ${formatSize(maxBytes)} Bevan reads from a feed.`,
      );
    }

    const body = await readCappedBody(response, maxBytes, controller.signal);
    if (body === null) {
      return failure('too-large', `${label} sent more than ${formatSize(maxBytes)}, the most Bevan reads from a feed.`);
    }
    const parsed = parseFeed(decodeText(body, contentType), response.url || url, { maxChars: maxBytes, label });
    if (!parsed.ok) return failure(parsed.kind, parsed.error);
    return { ok: true, feed: parsed.feed, fetchedAt: now().toISOString() };
  } catch {
    if (controller.signal.aborted) return timedOut();
    return failure('network', `${label} stopped answering part-way through.`);
  } finally {
    clearTimeout(timer);
  }
}

function failure(kind: FeedErrorKind, message: string): FetchFeedResult {
  return { ok: false, error: { kind, message } };
}

/** "15 s", "2.5 s". */
function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * The body as text, in the character set a byte-order mark, the
 * Content-Type header or the XML declaration names (in that order; UTF-8
 * otherwise). Some UK feeds still declare ISO-8859-1 or windows-1252.
 */
function decodeText(bytes: Uint8Array, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(bytes, contentType)).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

function charsetOf(bytes: Uint8Array, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ?? 'utf-8';
}
