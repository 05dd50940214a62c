/**
 * Fetches a data pack from an https address, for a one-off import from a URL
 * and for subscriptions refreshed by the background: through fetchPublic (a
 * time limit on the whole exchange, the HTTP status, and the 5 MB cap
 * enforced while the body streams in), https only, redirects included.
 * Never throws; every failure is a short sentence shown to the reader as it
 * is ("HTTP 404 (Not Found)").
 */
import { HttpsUrl } from '../data/schema';
import { MAX_PACK_BYTES } from './pack-format';
import { fetchPublic, formatSeconds, type PublicFetch, type PublicFetchFailure } from '../net/public-fetch';

export type PackFetch = PublicFetch;

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
  const fetched = await fetchPublic(url, {
    fetch: options.fetch,
    accept: 'application/json, */*;q=0.1',
    timeoutMs,
    maxBytes,
    checkAddress: (finalUrl) =>
      HttpsUrl.safeParse(finalUrl).success
        ? null
        : `${host} redirected to an address that is not https://; Bevan did not read it.`,
  });
  if (!fetched.ok) return failed(packFailure(fetched.failure, host, timeoutMs, maxBytes));
  // JSON is UTF-8 (RFC 8259); a byte-order mark is allowed and dropped.
  return { ok: true, text: new TextDecoder('utf-8').decode(fetched.body), url: fetched.response.url || url };
}

/** A failed exchange in the words the editor shows: short, naming the host. */
function packFailure(failure: PublicFetchFailure, host: string, timeoutMs: number, maxBytes: number): string {
  switch (failure.kind) {
    case 'timeout':
      return `${host} did not answer within ${formatSeconds(timeoutMs)}.`;
    case 'unreachable':
      return `${host} could not be reached: the computer may be offline, the address may be wrong, or Bevan was not allowed to read ${host}.`;
    case 'http':
      return failure.words;
    case 'refused':
      return failure.message;
    case 'too-large':
      return failure.declared === null
        ? `The pack is over ${megabytes(maxBytes)} MB, the most a data pack can be.`
        : `The pack is ${megabytes(failure.declared)} MB; a data pack can be at most ${megabytes(maxBytes)} MB.`;
    case 'broken':
      return `${host} stopped answering part-way through.`;
  }
}

function failed(error: string): FetchPackResult {
  return { ok: false, error };
}

function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}
