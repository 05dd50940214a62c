/**
 * Card data cached for the page: a reader moving between a few mentions asks
 * for the same MP or bill again and again, and the second card should show at
 * once. Only reads are cached, and a failed answer is not kept.
 */
import type { Ask, RequestType } from '../messages';

const CACHED = new Set<RequestType>(['getPerson', 'getPeople', 'getBill', 'getDisputeTimeline']);

export function cachedAsk(ask: Ask): { ask: Ask; clear(): void } {
  const answers = new Map<string, ReturnType<Ask>>();
  const cached: Ask = (type, payload) => {
    if (!CACHED.has(type)) return ask(type, payload);
    const key = `${type}:${JSON.stringify(payload)}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = ask(type, payload);
      answers.set(key, answer);
      void answer.then((result) => {
        if (!result.ok) answers.delete(key);
      });
    }
    return answer as ReturnType<typeof ask<typeof type>>;
  };
  return { ask: cached, clear: () => answers.clear() };
}
