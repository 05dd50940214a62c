/**
 * Fetches one feed and reads it: through fetchPublic (a time limit on the
 * whole exchange, the HTTP status, a size limit enforced while the body
 * streams in), a check that the answer is not an image or a PDF, the text's
 * character set, then parseFeed. Every failure is a value whose message
 * names the feed and is shown to the reader as it is.
 */
import { feedLabel } from './default-feeds';
import { DEFAULT_MAX_FEED_SIZE, formatSize, parseFeed, type ParsedFeed } from './parse-feed';
import { fetchPublic, formatSeconds, type PublicFetch, type PublicFetchFailure } from '../net/public-fetch';

export type FeedErrorKind = 'timeout' | 'http' | 'too-large' | 'not-a-feed' | 'network' | 'malformed';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
}

export type FetchFeedResult = { ok: true; feed: ParsedFeed; fetchedAt: string } | { ok: false; error: FeedError };

export type FeedFetch = PublicFetch;

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
  const fetched = await fetchPublic(url, {
    fetch: options.fetch,
    accept: ACCEPT,
    timeoutMs,
    maxBytes,
    checkHeaders: (response) => {
      const mediaType = mediaTypeOf(response);
      return NOT_A_FEED_TYPE.test(mediaType)
        ? `${label} sent a file of type ${mediaType.slice(0, 60)}, not a news feed.`
        : null;
    },
  });
  if (!fetched.ok) return failure(...feedFailure(fetched.failure, label, timeoutMs, maxBytes));
  const { body, response } = fetched;
  const contentType = response.headers.get('content-type') ?? '';
  const parsed = parseFeed(decodeText(body, contentType), response.url || url, { maxChars: maxBytes, label });
  if (!parsed.ok) return failure(parsed.kind, parsed.error);
  return { ok: true, feed: parsed.feed, fetchedAt: now().toISOString() };
}

/** A failed exchange in a feed's words. */
function feedFailure(
  failed: PublicFetchFailure,
  label: string,
  timeoutMs: number,
  maxBytes: number,
): [FeedErrorKind, string] {
  switch (failed.kind) {
    case 'timeout':
      return ['timeout', `${label} did not answer within ${formatSeconds(timeoutMs)}.`];
    case 'unreachable':
      return ['network', `${label} could not be reached: the computer may be offline, or the address is wrong.`];
    case 'http':
      return ['http', `${label} answered ${failed.words}.`];
    case 'refused':
      return ['not-a-feed', failed.message];
    case 'too-large':
      return [
        'too-large',
        failed.declared === null
          ? `${label} sent more than ${formatSize(maxBytes)}, the most Bevan reads from a feed.`
          : `${label} is ${formatSize(failed.declared)}, more than the ${formatSize(maxBytes)} Bevan reads from a feed.`,
      ];
    case 'broken':
      return ['network', `${label} stopped answering part-way through.`];
  }
}

function failure(kind: FeedErrorKind, message: string): FetchFeedResult {
  return { ok: false, error: { kind, message } };
}

function mediaTypeOf(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
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
