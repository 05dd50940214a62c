import { describe, expect, it } from 'vitest';
import { z } from '@/utils/data/zod';
import { backoffMs, createParliamentClient, liveFailureWords, retryAfterMs } from '@/utils/parliament/client';
import { parliamentUrl } from '@/utils/parliament/hosts';

const Member = z.object({ value: z.object({ id: z.number(), nameDisplayAs: z.string() }) });
const MEMBER_URL = parliamentUrl('members', '/api/Members/172');
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** A client whose network is a list of answers, whose clock only moves when it sleeps. */
function clientAnswering(answers: (Response | Error)[], { enabled = true, perMinute = 60 } = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const slept: number[] = [];
  let clock = 1_000_000;
  const client = createParliamentClient({
    fetch: async (url, init) => {
      requests.push({ url, init });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      if (answer instanceof Error) throw answer;
      return answer;
    },
    isEnabled: async () => enabled,
    now: () => clock,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
    perMinute,
  });
  return { client, requests, slept };
}

describe('the Parliament client', () => {
  it('returns the checked data and the ETag, asking without cookies', async () => {
    const { client, requests } = clientAnswering([
      json(
        { value: { id: 172, nameDisplayAs: 'Ms Diane Abbott', extra: 'ignored' } },
        { headers: { 'content-type': 'application/json; charset=utf-8', etag: '"v1"' } },
      ),
    ]);
    const answer = await client.getJson('members', MEMBER_URL, Member);
    expect(answer).toEqual({ ok: true, data: { value: { id: 172, nameDisplayAs: 'Ms Diane Abbott' } }, etag: '"v1"' });
    expect(requests[0].init.credentials).toBe('omit');
    expect(requests[0].url).toBe('https://members-api.parliament.uk/api/Members/172');
  });

  it('makes no request at all when the reader has turned checking off', async () => {
    const { client, requests } = clientAnswering([], { enabled: false });
    expect(await client.getJson('members', MEMBER_URL, Member)).toEqual({ ok: false, failure: { kind: 'off' } });
    expect(requests).toHaveLength(0);
  });

  it('retries a 429 after the Retry-After the server asked for, then succeeds', async () => {
    const { client, slept, requests } = clientAnswering([
      new Response('slow down', { status: 429, headers: { 'retry-after': '3' } }),
      json({ value: { id: 172, nameDisplayAs: 'Ms Diane Abbott' } }),
    ]);
    const answer = await client.getJson('members', MEMBER_URL, Member);
    expect(answer.ok && 'data' in answer).toBe(true);
    expect(slept).toEqual([3000]);
    expect(requests).toHaveLength(2);
  });

  it('backs off exponentially on 5xx and gives up after three retries with the status in words', async () => {
    const failing = () => new Response('', { status: 503 });
    const { client, slept } = clientAnswering([failing(), failing(), failing(), failing()]);
    const answer = await client.getJson('members', MEMBER_URL, Member);
    expect(slept).toEqual([1000, 2000, 4000]);
    expect(answer).toEqual({
      ok: false,
      failure: { kind: 'http', status: 503, words: 'HTTP 503 (Service Unavailable)' },
    });
    if (!answer.ok)
      expect(liveFailureWords(answer.failure, 'members')).toBe(
        "Parliament's MP facts service answered HTTP 503 (Service Unavailable).",
      );
  });

  it('does not retry a 404, and says there is no such record', async () => {
    const { client, requests } = clientAnswering([new Response('', { status: 404 })]);
    const answer = await client.getJson('bills', parliamentUrl('bills', '/api/v1/Bills/999999'), Member);
    expect(requests).toHaveLength(1);
    expect(!answer.ok && liveFailureWords(answer.failure, 'bills')).toMatch(/has no such record/);
  });

  it('sends the stored ETag and reports a 304 as unchanged', async () => {
    const { client, requests } = clientAnswering([new Response(null, { status: 304 })]);
    const answer = await client.getJson('members', MEMBER_URL, Member, { etag: '"v1"' });
    expect(answer).toEqual({ ok: true, notModified: true });
    expect((requests[0].init.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
  });

  it('refuses a wrong shape with the reason, an HTML error page, and a body that is not JSON, each in its own words', async () => {
    const { client } = clientAnswering([
      json({ value: { id: 'not a number' } }),
      new Response('<html>Service unavailable</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      new Response('{"value":', { status: 200, headers: { 'content-type': 'application/json' } }),
      new Response('a,b', { status: 200, headers: { 'content-type': 'text/csv' } }),
    ]);
    const words = [];
    for (let i = 0; i < 4; i++) {
      const answer = await client.getJson('members', MEMBER_URL, Member);
      expect(answer.ok).toBe(false);
      if (!answer.ok) words.push([answer.failure.kind, liveFailureWords(answer.failure, 'members')]);
    }
    expect(words).toEqual([
      [
        'shape',
        "Parliament's MP facts service answered in a form Bevan does not recognise, so the facts Bevan has are kept.",
      ],
      ['wrong-type', "Parliament's MP facts service answered with a web page instead of data."],
      ['not-json', expect.stringMatching(/^Parliament's MP facts service sent something that is not readable data/)],
      ['wrong-type', "Parliament's MP facts service answered with text/csv instead of JSON."],
    ]);
  });

  it('refuses a body over 2 MB without keeping it', async () => {
    const huge = new Response(new Uint8Array(2 * 1024 * 1024 + 1), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    const { client } = clientAnswering([huge]);
    const answer = await client.getJson('members', MEMBER_URL, Member);
    expect(answer).toEqual({ ok: false, failure: { kind: 'too-large' } });
  });

  it('says plainly when Parliament cannot be reached', async () => {
    const { client } = clientAnswering([new TypeError('Failed to fetch')]);
    const answer = await client.getJson('votes', parliamentUrl('votes', '/data/division/1873.json'), Member);
    expect(!answer.ok && liveFailureWords(answer.failure, 'votes')).toBe(
      "Parliament's votes service could not be reached: you may be offline.",
    );
  });

  it('asks one host one thing at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const client = createParliamentClient({
      fetch: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return json({ value: { id: 1, nameDisplayAs: 'A' } });
      },
      isEnabled: async () => true,
    });
    await Promise.all([1, 2, 3, 4].map(() => client.getJson('members', MEMBER_URL, Member)));
    expect(most).toBe(1);
  });

  it('keeps to its budget per minute by waiting for the minute to pass', async () => {
    const answers = [1, 2, 3].map(() => json({ value: { id: 1, nameDisplayAs: 'A' } }));
    const { client, slept } = clientAnswering(answers, { perMinute: 2 });
    for (let i = 0; i < 3; i++) await client.getJson('members', MEMBER_URL, Member);
    expect(slept).toEqual([60_000]);
  });

  it('will not ask another host with a Parliament host’s name', async () => {
    const { client } = clientAnswering([]);
    await expect(client.getJson('members', 'https://example.org/api/Members/172', Member)).rejects.toThrow(
      /Not a members API address/,
    );
    expect(new URL(parliamentUrl('members', '//example.org/x')).host).toBe('members-api.parliament.uk');
  });
});

describe('waiting before a retry', () => {
  const http = (status: number, retryAfter: string | null = null) =>
    ({ kind: 'http', status, words: '', retryAfter }) as const;

  it('reads Retry-After as seconds or as a date, and refuses waits longer than a minute', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 06 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(backoffMs(http(429, '30'), 0, now)).toBe(30_000);
    expect(backoffMs(http(429, '3600'), 0, now)).toBeNull();
    expect(backoffMs(http(500), 2, now)).toBe(4000);
    expect(backoffMs(http(400), 0, now)).toBeNull();
    expect(backoffMs({ kind: 'timeout' }, 0, now)).toBeNull();
  });
});
