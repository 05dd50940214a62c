import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFeed, type FeedFetch, type FetchFeedResult } from '@/utils/feeds/fetch-feed';
import { feedFixture } from './fixture';

const BBC = 'https://feeds.bbci.co.uk/news/health/rss.xml';
const GUARDIAN = 'https://www.theguardian.com/society/junior-doctors/rss';
const NOW = new Date('2025-07-25T12:00:00Z');

function answering(response: Response | (() => Response)): FeedFetch {
  return async () => (typeof response === 'function' ? response() : response);
}

function rssResponse(body: BodyInit, headers: Record<string, string> = {}): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/rss+xml', ...headers } });
}

function errorOf(result: FetchFeedResult) {
  if (result.ok) throw new Error('Expected an error, got a feed');
  return result.error;
}

/** A fetch that waits for ever, and fails only when its signal aborts, as the browser's does. */
const neverAnswers: FeedFetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeed: the request and how it fails', () => {
  it('fetches and reads a feed, without cookies, and says when', async () => {
    const fetch = vi.fn<FeedFetch>(answering(rssResponse(feedFixture('bbc-health.rss.xml'))));
    const result = await fetchFeed(BBC, { fetch, now: () => NOW });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.fetchedAt).toBe('2025-07-25T12:00:00.000Z');
    expect(result.feed.items.map((item) => item.title)).toContain(
      'Junior doctors strike: what you need to know if you have an appointment',
    );
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(BBC);
    expect(init).toMatchObject({ credentials: 'omit' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('resolves relative links against the address the feed finally came from', async () => {
    const response = rssResponse(feedFixture('hostile.rss.xml'));
    Object.defineProperty(response, 'url', { value: 'https://www.example.co.uk/moved/rss' });
    const result = await fetchFeed('https://news.example.co.uk/rss', { fetch: answering(response) });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.feed.items.find((item) => item.title === 'A relative link')?.link).toBe(
      'https://www.example.co.uk/health/2023/apr/16/relative-link',
    );
  });

  it('reports an HTTP error with its status, naming the feed', async () => {
    const unavailable = await fetchFeed(GUARDIAN, { fetch: answering(new Response('Down', { status: 503 })) });
    expect(errorOf(unavailable)).toEqual({
      kind: 'http',
      message: 'The Guardian (junior doctors) answered HTTP 503 (Service Unavailable).',
    });
    const gone = await fetchFeed(BBC, { fetch: answering(new Response('', { status: 404, statusText: 'Not Found' })) });
    expect(errorOf(gone).message).toBe('BBC News (Health) answered HTTP 404 (Not Found).');
    const odd = await fetchFeed(BBC, { fetch: answering(new Response('', { status: 418 })) });
    expect(errorOf(odd).message).toBe('BBC News (Health) answered HTTP 418.');
  });

  it('gives up on a feed that never answers', async () => {
    vi.useFakeTimers();
    const pending = fetchFeed(GUARDIAN, { fetch: neverAnswers });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(errorOf(await pending)).toEqual({
      kind: 'timeout',
      message: 'The Guardian (junior doctors) did not answer within 15 s.',
    });
  });

  it('gives up on a feed that starts answering and then stalls', async () => {
    vi.useFakeTimers();
    const stalls = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<?xml version="1.0"?><rss version="2.0"><channel>'));
      },
    });
    const pending = fetchFeed(BBC, { fetch: answering(rssResponse(stalls)), timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(errorOf(await pending)).toEqual({
      kind: 'timeout',
      message: 'BBC News (Health) did not answer within 5 s.',
    });
  });

  it('says when the site cannot be reached', async () => {
    const offline: FeedFetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(errorOf(await fetchFeed('https://feeds.example.org/rss', { fetch: offline }))).toEqual({
      kind: 'network',
      message: 'feeds.example.org could not be reached: the computer may be offline, or the address is wrong.',
    });
  });
});

describe('fetchFeed: what comes back', () => {
  it('refuses a feed whose declared size is over the cap without reading it', async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => undefined });
    const response = rssResponse(body, { 'content-length': String(10 * 1024 * 1024) });
    expect(errorOf(await fetchFeed(BBC, { fetch: answering(response) }))).toEqual({
      kind: 'too-large',
      message: 'BBC News (Health) is 10 MB, more than the 2 MB Bevan reads from a feed.',
    });
  });

  it('stops reading a feed that goes on past the cap, and cancels the download', async () => {
    const chunk = new TextEncoder().encode(`<item><title>${'x'.repeat(64 * 1024)}</title></item>`);
    let pulledBytes = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulledBytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await fetchFeed(BBC, { fetch: answering(rssResponse(endless)), maxBytes: 1024 * 1024 });
    expect(errorOf(result)).toEqual({
      kind: 'too-large',
      message: 'BBC News (Health) sent more than 1 MB, the most Bevan reads from a feed.',
    });
    expect(cancelled).toBe(true);
    expect(pulledBytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('says a web page, an image or broken XML is not a feed it can read', async () => {
    const page = new Response(feedFixture('moved-feed.html'), {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    expect(errorOf(await fetchFeed(GUARDIAN, { fetch: answering(page) }))).toEqual({
      kind: 'not-a-feed',
      message:
        'The Guardian (junior doctors) sent a web page (HTML), not an RSS or Atom feed: the feed may have moved.',
    });
    const image = new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { headers: { 'content-type': 'image/png' } });
    expect(errorOf(await fetchFeed(BBC, { fetch: answering(image) }))).toEqual({
      kind: 'not-a-feed',
      message: 'BBC News (Health) sent a file of type image/png, not a news feed.',
    });
    const broken = rssResponse(feedFixture('malformed.rss.xml'));
    expect(errorOf(await fetchFeed(BBC, { fetch: answering(broken) }))).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/^BBC News \(Health\) sent malformed XML: Expected closing tag 'item'/),
    });
    const empty = rssResponse('');
    expect(errorOf(await fetchFeed(BBC, { fetch: answering(empty) })).kind).toBe('not-a-feed');
  });

  it('reads a feed in the character set it declares', async () => {
    const xml = (declaration: string) =>
      `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>T</title><item><title>Strike costs £300m</title><link>https://a.example.com/</link></item></channel></rss>`;
    const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

    const byHeader = rssResponse(latin1(xml('')), { 'content-type': 'application/rss+xml; charset=ISO-8859-1' });
    const fromHeader = await fetchFeed(BBC, { fetch: answering(byHeader) });
    expect(fromHeader.ok && fromHeader.feed.items[0].title).toBe('Strike costs £300m');

    const byDeclaration = rssResponse(latin1(xml(' encoding="windows-1252"')), { 'content-type': 'text/xml' });
    const fromDeclaration = await fetchFeed(BBC, { fetch: answering(byDeclaration) });
    expect(fromDeclaration.ok && fromDeclaration.feed.items[0].title).toBe('Strike costs £300m');

    const utf8 = rssResponse(new TextEncoder().encode(`\uFEFF${xml('')}`), { 'content-type': 'text/xml' });
    const fromUtf8 = await fetchFeed(BBC, { fetch: answering(utf8) });
    expect(fromUtf8.ok && fromUtf8.feed.items[0].title).toBe('Strike costs £300m');
  });
});
