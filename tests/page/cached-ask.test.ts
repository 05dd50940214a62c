import { describe, expect, it } from 'vitest';
import { answerInHand, cachedAsk } from '@/utils/page/cached-ask';
import type { Ask } from '@/utils/messages';

function counting(ok = true) {
  const asked: string[] = [];
  const ask = (async (type: string) => {
    asked.push(type);
    return ok ? { ok: true, data: null } : { ok: false, error: { code: 'unreachable', message: 'no' } };
  }) as Ask;
  return { ask, asked };
}

describe('cachedAsk', () => {
  it('asks the background once per card subject on a page', async () => {
    const { ask, asked } = counting();
    const cards = cachedAsk(ask);
    await cards.ask('getPerson', { id: 1572 });
    await cards.ask('getPerson', { id: 1572 });
    await cards.ask('getPerson', { id: 3930 });
    expect(asked).toEqual(['getPerson', 'getPerson']);
  });

  it('never caches actions, failures, or anything after clear()', async () => {
    const { ask, asked } = counting();
    const cards = cachedAsk(ask);
    await cards.ask('writeToMp', { about: { kind: 'dispute' }, article: null });
    await cards.ask('writeToMp', { about: { kind: 'dispute' }, article: null });
    await cards.ask('getBill', { id: 'nhs-bill-2015-16' });
    cards.clear();
    await cards.ask('getBill', { id: 'nhs-bill-2015-16' });
    expect(asked).toEqual(['writeToMp', 'writeToMp', 'getBill', 'getBill']);

    const failing = counting(false);
    const retried = cachedAsk(failing.ask);
    await retried.ask('getDisputeTimeline', {});
    await retried.ask('getDisputeTimeline', {});
    expect(failing.asked).toEqual(['getDisputeTimeline', 'getDisputeTimeline']);
  });

  it('says which answers it already holds, for a card to paint them at once; none failed or cleared', async () => {
    const answering = (async () => ({ ok: true, data: { name: 'Jeremy Hunt' } })) as unknown as Ask;
    const cards = cachedAsk(answering);
    const asked = cards.ask('getPerson', { id: 1572 });
    expect(answerInHand(cards.ask, 'getPerson', { id: 1572 })).toBeUndefined();
    await asked;
    expect(answerInHand(cards.ask, 'getPerson', { id: 1572 })).toEqual({ name: 'Jeremy Hunt' });
    expect(answerInHand(cards.ask, 'getPerson', { id: 3930 })).toBeUndefined();
    // Only the cached ask holds answers: the one it wraps is asked afresh each time.
    expect(answerInHand(answering, 'getPerson', { id: 1572 })).toBeUndefined();
    cards.clear();
    expect(answerInHand(cards.ask, 'getPerson', { id: 1572 })).toBeUndefined();

    const failing = cachedAsk(counting(false).ask);
    await failing.ask('getDisputeTimeline', {});
    expect(answerInHand(failing.ask, 'getDisputeTimeline', {})).toBeUndefined();
  });
});
