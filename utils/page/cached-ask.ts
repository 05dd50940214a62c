/**
 * Card data cached for the page: a reader moving between a few mentions asks
 * for the same MP or bill again and again, and the second card should show at
 * once. Only reads are cached, and a failed answer is not kept.
 */
import type { Ask, RequestOf, RequestType, ResponseOf } from '../messages';

const CACHED = new Set<RequestType>(['getPerson', 'getPeople', 'getBill', 'getDisputeTimeline']);

/** The answers each cached ask already has in hand, by request. */
const answeredBy = new WeakMap<Ask, Map<string, unknown>>();

const keyOf = (type: RequestType, payload: unknown) => `${type}:${JSON.stringify(payload)}`;

export function cachedAsk(ask: Ask): { ask: Ask; clear(): void } {
  const answers = new Map<string, ReturnType<Ask>>();
  const answered = new Map<string, unknown>();
  const cached: Ask = (type, payload) => {
    if (!CACHED.has(type)) return ask(type, payload);
    const key = keyOf(type, payload);
    let answer = answers.get(key);
    if (!answer) {
      const asked = ask(type, payload);
      answer = asked;
      answers.set(key, asked);
      void asked.then((result) => {
        if (!result.ok) answers.delete(key);
        // Not an answer cleared away while it was on its way.
        else if (answers.get(key) === asked) answered.set(key, result.data);
      });
    }
    return answer as ReturnType<typeof ask<typeof type>>;
  };
  answeredBy.set(cached, answered);
  return {
    ask: cached,
    clear: () => {
      answers.clear();
      answered.clear();
    },
  };
}

/**
 * What a cached ask already holds for this request, or undefined: a card whose facts were fetched during the hover
 * intent paints them in its first frame, with no "Loading" in between.
 */
export function answerInHand<T extends RequestType>(
  ask: Ask,
  type: T,
  payload: RequestOf<T>,
): ResponseOf<T> | undefined {
  return answeredBy.get(ask)?.get(keyOf(type, payload)) as ResponseOf<T> | undefined;
}
