/**
 * Reading a download that may be far larger than promised (a feed, a data
 * pack): chunk by chunk, abandoned as soon as it passes a cap, and cancelled
 * by the caller's timeout. Used by fetchPublic (public-fetch.ts).
 */

export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** The body's bytes, or null as soon as they pass `maxBytes`. An aborted `signal` cancels the read, which throws. */
export async function readCappedBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = response.body.getReader();
  const cancel = () => {
    reader.cancel().catch(() => undefined);
  };
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      if (signal.aborted) throw new Error('The download took too long.');
      const { done, value } = await reader.read();
      if (signal.aborted) throw new Error('The download took too long.');
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        cancel();
        return null;
      }
      chunks.push(value);
    }
    const body = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return body;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
