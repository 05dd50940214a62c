/**
 * Fetching a public file (a news feed, a data pack) from the background:
 * without the reader's cookies, within a time limit on the whole exchange,
 * body included, and a size limit enforced while the body streams in, so an
 * endless answer is never held whole. Never throws: a failure is a value
 * each caller turns into its own words. `fetch` is passed in, so the
 * background supplies the browser's and tests a fake.
 */
import { discardBody, readCappedBody } from './capped-body';
import { statusWords } from './http-status';

export type PublicFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface PublicFetchOptions {
  fetch: PublicFetch;
  /** The Accept header: the kinds of file wanted. */
  accept: string;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  /** Largest body read. */
  maxBytes: number;
  /** More request headers, e.g. `If-None-Match`. */
  headers?: Record<string, string>;
  /** The caller's look at the address the answer finally came from, before its status: words to refuse it, or null. */
  checkAddress?: (finalUrl: string) => string | null;
  /** The caller's look at an answer with a good status, before its body is read: words to refuse it, or null. */
  checkHeaders?: (response: Response) => string | null;
}

export type PublicFetchFailure =
  | { kind: 'timeout' }
  /** The request failed: offline, a wrong address, or the browser would not let Bevan read it. */
  | { kind: 'unreachable' }
  /** `words` say the status plainly: "HTTP 503 (Service Unavailable)"; `retryAfter` is the server's Retry-After header. */
  | { kind: 'http'; status: number; words: string; retryAfter: string | null }
  /** Refused by `checkAddress` or `checkHeaders`, in their words. */
  | { kind: 'refused'; message: string }
  /** Over `maxBytes`: as declared (its Content-Length), or found while reading (null). */
  | { kind: 'too-large'; declared: number | null }
  /** The answer stopped part-way through. */
  | { kind: 'broken' };

export type PublicFetchResult =
  { ok: true; body: Uint8Array; response: Response } | { ok: false; failure: PublicFetchFailure };

export async function fetchPublic(url: string, options: PublicFetchOptions): Promise<PublicFetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const failed = (failure: PublicFetchFailure): PublicFetchResult => ({ ok: false, failure });
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        signal: controller.signal,
        // No cookies: the file is public, and the reader's session on the site is none of its business.
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-cache',
        headers: { ...options.headers, Accept: options.accept },
      });
    } catch {
      return failed({ kind: controller.signal.aborted ? 'timeout' : 'unreachable' });
    }
    const refusal = refusalOf(response, options);
    if (refusal) {
      discardBody(response);
      return failed(refusal);
    }
    const body = await readCappedBody(response, options.maxBytes, controller.signal);
    if (body === null) return failed({ kind: 'too-large', declared: null });
    return { ok: true, body, response };
  } catch {
    return failed({ kind: controller.signal.aborted ? 'timeout' : 'broken' });
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with an answer before its body is read, in this order: its address, status, headers, size. */
function refusalOf(response: Response, options: PublicFetchOptions): PublicFetchFailure | null {
  const badAddress = response.url ? options.checkAddress?.(response.url) : null;
  if (badAddress) return { kind: 'refused', message: badAddress };
  if (!response.ok) {
    return { kind: 'http', status: response.status, words: statusWords(response), retryAfter: response.headers.get('retry-after') };
  }
  const badHeaders = options.checkHeaders?.(response);
  if (badHeaders) return { kind: 'refused', message: badHeaders };
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) return { kind: 'too-large', declared };
  return null;
}

/** "15 s", "2.5 s": a time limit in the words of a message. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
