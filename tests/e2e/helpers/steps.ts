/**
 * A step of an end-to-end test that must end: a browser call that never answers (a CDP request, an evaluate in a frame
 * going away) would otherwise hold the test until vitest's own limit, which names no step. `expect.poll` waits for its
 * last call even after its time is up, so what it polls is bounded too.
 */
export async function step<T>(name: string, work: () => Promise<T>, limitMs = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The step "${name}" did not end within ${limitMs} ms`)), limitMs);
  });
  try {
    return await Promise.race([work(), late]);
  } finally {
    clearTimeout(timer);
  }
}
