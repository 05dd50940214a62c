/**
 * The one client for every live fetch from Parliament's APIs (MP facts, votes, bills). It is polite: one request at a
 * time per host, a budget per minute, a 10 s limit, back-off on 429 and 5xx that honours Retry-After, and conditional
 * requests where the API gave an ETag. It sends no cookies and nothing about the reader: only the API's own address.
 * Every answer is checked with zod before anyone sees it; a wrong shape is refused with a logged reason, so the caller
 * keeps the facts it already had. It never throws: a failure is a value, put in words by `liveFailureWords`.
 */
import { fetchPublic, type PublicFetch, type PublicFetchFailure } from '../net/public-fetch';
import type { z } from '../data/zod';
import { PARLIAMENT_FACTS, PARLIAMENT_ORIGINS, type ParliamentHost } from './hosts';
import { createPoliteQueue, type PoliteQueue } from './polite-queue';

export type LiveFailure =
  /** The reader turned "Check Parliament for updates" off: no request was made. */
  | { kind: 'off' }
  | { kind: 'timeout' }
  | { kind: 'unreachable' }
  | { kind: 'broken' }
  | { kind: 'http'; status: number; words: string }
  | { kind: 'too-large' }
  | { kind: 'not-json'; words: string }
  | { kind: 'wrong-type'; words: string }
  /** zod refused the body: the API changed, or answered for something else. */
  | { kind: 'shape'; reason: string };

export type LiveAnswer<T> =
  | { ok: true; data: T; etag: string | null }
  /** The stored copy, sent with its ETag, is still current. */
  | { ok: true; notModified: true }
  | { ok: false; failure: LiveFailure };

export interface ParliamentClient {
  getJson<T>(
    host: ParliamentHost,
    url: string,
    schema: z.ZodMiniType<T>,
    options?: { etag?: string | null },
  ): Promise<LiveAnswer<T>>;
}

/** What happened to a request, for the options page's "last refreshed" and plain-words failures. */
export type LiveOutcome = { ok: true } | { ok: false; failure: LiveFailure };

export interface ParliamentClientOptions {
  fetch: PublicFetch;
  /** The reader's "Check Parliament for updates" setting, read before every request. */
  isEnabled(): Promise<boolean>;
  /** Told after each request that reached (or tried to reach) the network. */
  onOutcome?(host: ParliamentHost, outcome: LiveOutcome): void;
  now?(): number;
  sleep?(ms: number): Promise<void>;
  perMinute?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Attempts after the first, on 429 and 5xx. */
  retries?: number;
}

export const LIVE_TIMEOUT_MS = 10_000;
/** Far above any answer Bevan asks for (a division with every MP's vote is about 300 KB). */
export const LIVE_MAX_BYTES = 2 * 1024 * 1024;
const PER_MINUTE = 60;
const RETRIES = 3;
const FIRST_BACKOFF_MS = 1_000;
/** A server asking for a longer wait than this is taken at its word: this time, no. */
const LONGEST_WAIT_MS = 60_000;

export function createParliamentClient(options: ParliamentClientOptions): ParliamentClient {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<ParliamentHost, PoliteQueue>();
  const queueFor = (host: ParliamentHost) => {
    let queue = queues.get(host);
    if (!queue)
      queues.set(host, (queue = createPoliteQueue({ perMinute: options.perMinute ?? PER_MINUTE, now, sleep })));
    return queue;
  };

  async function fetchOnce(url: string, etag: string | null | undefined) {
    return fetchPublic(url, {
      fetch: options.fetch,
      accept: 'application/json',
      timeoutMs: options.timeoutMs ?? LIVE_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? LIVE_MAX_BYTES,
      headers: etag ? { 'If-None-Match': etag } : {},
      checkAddress: (finalUrl) =>
        new URL(finalUrl).protocol === 'https:' ? null : 'Parliament sent Bevan to an address that is not https.',
    });
  }

  return {
    async getJson(host, url, schema, requestOptions = {}) {
      if (new URL(url).origin !== PARLIAMENT_ORIGINS[host]) throw new Error(`Not a ${host} API address: ${url}`);
      if (!(await options.isEnabled())) return { ok: false, failure: { kind: 'off' } };
      const answer = await queueFor(host).run(async () => {
        for (let attempt = 0; ; attempt++) {
          const fetched = await fetchOnce(url, requestOptions.etag);
          if (fetched.ok) return readAnswer(fetched.body, fetched.response, schema, url);
          const failure = fetched.failure;
          if (failure.kind === 'http' && failure.status === 304)
            return { ok: true as const, notModified: true as const };
          const wait = attempt < (options.retries ?? RETRIES) ? backoffMs(failure, attempt, now()) : null;
          if (wait === null) return { ok: false as const, failure: fromFetchFailure(failure) };
          await sleep(wait);
        }
      });
      options.onOutcome?.(host, answer.ok ? { ok: true } : answer);
      return answer;
    },
  };
}

/** How long to wait before trying again, or null when trying again would not help (or the server asks too much). */
export function backoffMs(failure: PublicFetchFailure, attempt: number, nowMs: number): number | null {
  if (failure.kind !== 'http' || (failure.status !== 429 && failure.status < 500)) return null;
  const asked = retryAfterMs(failure.retryAfter, nowMs);
  const wait = asked ?? FIRST_BACKOFF_MS * 2 ** attempt;
  return wait > LONGEST_WAIT_MS ? null : wait;
}

/** Retry-After as seconds ("120") or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function readAnswer<T>(body: Uint8Array, response: Response, schema: z.ZodMiniType<T>, url: string): LiveAnswer<T> {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('html')) {
    return { ok: false, failure: { kind: 'wrong-type', words: 'answered with a web page instead of data' } };
  }
  if (type && !/\bjson\b/.test(type)) {
    return { ok: false, failure: { kind: 'wrong-type', words: `answered with ${type.split(';')[0]} instead of JSON` } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', words: error instanceof Error ? error.message : String(error) } };
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const reason = `${issue?.path.join('.') || 'the answer'}: ${issue?.message ?? 'not the expected shape'}`;
    // Logged for whoever reads the background's console; the reader sees plain words and keeps the stored facts.
    console.warn(`Bevan refused Parliament's answer from ${url}: ${reason}`);
    return { ok: false, failure: { kind: 'shape', reason } };
  }
  return { ok: true, data: checked.data, etag: response.headers.get('etag') };
}

function fromFetchFailure(failure: PublicFetchFailure): LiveFailure {
  switch (failure.kind) {
    case 'http':
      return { kind: 'http', status: failure.status, words: failure.words };
    case 'refused':
      return { kind: 'wrong-type', words: failure.message };
    case 'too-large':
      return { kind: 'too-large' };
    default:
      return { kind: failure.kind };
  }
}

/** The failure in plain words for readers, e.g. "Parliament's MP facts service did not answer within 10 s." */
export function liveFailureWords(failure: LiveFailure, host?: ParliamentHost): string {
  const service = host ? `Parliament's ${PARLIAMENT_FACTS[host]} service` : 'Parliament';
  switch (failure.kind) {
    case 'off':
      return 'Checking Parliament for updates is turned off in Bevan’s options.';
    case 'timeout':
      return `${service} did not answer within ${LIVE_TIMEOUT_MS / 1000} s.`;
    case 'unreachable':
      return `${service} could not be reached: you may be offline.`;
    case 'broken':
      return `${service}'s answer stopped part-way through.`;
    case 'http':
      return failure.status === 404
        ? `${service} has no such record (${failure.words}).`
        : `${service} answered ${failure.words}.`;
    case 'too-large':
      return `${service} sent more than ${LIVE_MAX_BYTES / 1024 / 1024} MB, far more than expected, so Bevan ignored it.`;
    case 'not-json':
      return `${service} sent something that is not readable data (${failure.words}).`;
    case 'wrong-type':
      return `${service} ${failure.words}.`;
    case 'shape':
      return `${service} answered in a form Bevan does not recognise, so the facts Bevan has are kept.`;
  }
}

/** A client that never calls the network, for tests and for a background without one. */
export const OFFLINE_PARLIAMENT: ParliamentClient = {
  getJson: async () => ({ ok: false, failure: { kind: 'off' } }),
};
