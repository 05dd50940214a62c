import { describe, expect, it } from 'vitest';
import { fetchPackText, hostPermissionPattern, type PackFetch } from '@/utils/packs/fetch-pack';

const URL_ = 'https://campaign.example.org/pack.json';

const answering =
  (response: () => Response): PackFetch =>
  async () =>
    response();

/** A body that streams `chunks` chunks of `size` bytes, counting how many were read. */
function streamed(chunks: number, size: number) {
  let read = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read === chunks) return controller.close();
      read++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { response: new Response(body), read: () => read };
}

describe('fetchPackText', () => {
  it('reads the text of a pack, dropping a byte-order mark', async () => {
    const result = await fetchPackText(URL_, { fetch: answering(() => new Response('\uFEFF{"a":"€"}')) });
    expect(result).toEqual({ ok: true, text: '{"a":"€"}', url: URL_ });
  });

  it('refuses an address that is not https without fetching it', async () => {
    let fetched = false;
    const result = await fetchPackText('http://campaign.example.org/pack.json', {
      fetch: async () => {
        fetched = true;
        return new Response('{}');
      },
    });
    expect(result).toEqual({ ok: false, error: 'Bevan reads data packs only from https:// addresses.' });
    expect(fetched).toBe(false);
  });

  it('refuses an answer that was redirected to a plain http address', async () => {
    const response = new Response('{}');
    Object.defineProperty(response, 'url', { value: 'http://campaign.example.org/pack.json' });
    const result = await fetchPackText(URL_, { fetch: answering(() => response) });
    expect(result).toEqual({
      ok: false,
      error: 'campaign.example.org redirected to an address that is not https://; Bevan did not read it.',
    });
  });

  it('names the HTTP status', async () => {
    const result = await fetchPackText(URL_, { fetch: answering(() => new Response('', { status: 503 })) });
    expect(result).toEqual({ ok: false, error: 'HTTP 503 (Service Unavailable)' });
  });

  it('refuses a declared size over the limit without reading the body', async () => {
    const { response, read } = streamed(10, 1024);
    response.headers.set('content-length', String(6 * 1024 * 1024));
    const result = await fetchPackText(URL_, { fetch: answering(() => response) });
    expect(result).toEqual({ ok: false, error: 'The pack is 6 MB; a data pack can be at most 5 MB.' });
    expect(read()).toBeLessThanOrEqual(1);
  });

  it('stops reading as soon as an undeclared body passes the limit', async () => {
    const { response, read } = streamed(100, 1024);
    const result = await fetchPackText(URL_, { fetch: answering(() => response), maxBytes: 10 * 1024 });
    expect(result).toEqual({ ok: false, error: 'The pack is over 0.1 MB, the most a data pack can be.' });
    expect(read()).toBeLessThan(15);
  });

  it('gives up when the server takes too long', async () => {
    const never: PackFetch = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const result = await fetchPackText(URL_, { fetch: never, timeoutMs: 200 });
    expect(result).toEqual({ ok: false, error: 'campaign.example.org did not answer within 0.2 s.' });
  });

  it('says when the host cannot be reached', async () => {
    const result = await fetchPackText(URL_, {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^campaign\.example\.org could not be reached/);
  });

  it('asks for permission to read the host, whatever the path or port', () => {
    expect(hostPermissionPattern('https://campaign.example.org:8443/a/b.json?x=1')).toBe(
      'https://campaign.example.org/*',
    );
  });
});
