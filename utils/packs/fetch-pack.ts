/**
 * Fetches a data pack from an https address, for a one-off import from a URL
 * and for subscriptions refreshed by the background. Guards the exchange the
 * way a file on disk needs none of: a time limit on the whole of it, https
 * only (redirects included), the HTTP status, and the 5 MB cap enforced while
 * the body streams in, so an endless answer is never held whole. `fetch` is
 * passed in: the background gives the browser's, tests a fake. Never throws;
 * every failure is a short sentence shown to the reader as it is ("HTTP 404
 * (Not Found)").
 */
import { HttpsUrl } from '../data/schema';
import { MAX_PACK_BYTES } from './pack-format';
import { discardBody, readCappedBody } from '../net/capped-body';
import { statusReason } from '../net/http-status';

export type PackFetch = (url: string, init: RequestInit) => Promise<Response>;

export type FetchPackResult = { ok: true; text: string; url: string } | { ok: false; error: string };

export interface FetchPackOptions {
  fetch: PackFetch;
  /** For the whole exchange, body included. Default 20 s. */
  timeoutMs?: number;
  /** Largest body read. Default the pack size limit, 5 MB. */
  maxBytes?: number;
}

export const DEFAULT_PACK_TIMEOUT_MS = 20_000;

/** The match pattern of the host permission Bevan needs to read `url` from its background. */
export function hostPermissionPattern(url: string): string {
  return `https://${new URL(url).hostname}/*`;
}

export async function fetchPackText(url: string, options: FetchPackOptions): Promise<FetchPackResult> {
  if (!HttpsUrl.safeParse(url).success) return failed('Bevan reads data packs only from https:// addresses.');
  const host = new URL(url).hostname;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PACK_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => failed(`${host} did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s.`);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        signal: controller.signal,
        // A pack is public: the reader's cookies for the site are none of its business.
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-cache',
        headers: { Accept: 'application/json, */*;q=0.1' },
      });
    } catch {
      if (controller.signal.aborted) return timedOut();
      return failed(
        `${host} could not be reached: the computer may be offline, the address may be wrong, or Bevan was not allowed to read ${host}.`,
      );
    }
    if (response.url && !HttpsUrl.safeParse(response.url).success) {
      discardBody(response);
      return failed(`${host} redirected to an address that is not https://; Bevan did not read it.`);
    }
    if (!response.ok) {
      discardBody(response);
      const reason = statusReason(response);
      return failed(`HTTP ${response.status}${reason ? ` (${reason})` : ''}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      discardBody(response);
      return failed(`The pack is ${megabytes(declared)} MB; a data pack can be at most ${megabytes(maxBytes)} MB.`);
    }
    const body = await readCappedBody(response, maxBytes, controller.signal);
    if (body === null) return failed(`The pack is over ${megabytes(maxBytes)} MB, the most a data pack can be.`);
    // JSON is UTF-8 (RFC 8259); a byte-order mark is allowed and dropped.
    return { ok: true, text: new TextDecoder('utf-8').decode(body), url: response.url || url };
  } catch {
    if (controller.signal.aborted) return timedOut();
    return failed(`${host} stopped answering part-way through.`);
  } finally {
    clearTimeout(timer);
  }
}

function failed(error: string): FetchPackResult {
  return { ok: false, error };
}

function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}
