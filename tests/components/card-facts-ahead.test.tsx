import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { askCardFacts, MentionCard } from '@/components/cards/MentionCard';
import { cachedAsk } from '@/utils/page/cached-ask';
import type { Ask } from '@/utils/messages';
import type { CardTarget } from '@/utils/page/card-contract';

/** An ask that records what it is asked and never answers: the card stays as it is while the background works. */
function recording() {
  const asked: string[] = [];
  const ask = ((type: string, payload: unknown) => {
    asked.push(`${type} ${JSON.stringify(payload)}`);
    return new Promise(() => undefined);
  }) as Ask;
  return { ask, asked };
}

describe("a card's facts asked for during the hover intent", () => {
  const targets: [CardTarget, string][] = [
    [{ kind: 'mp', id: '1572', text: 'Jeremy Hunt' }, 'getPerson {"id":1572}'],
    [{ kind: 'mp', id: '1572,4051', text: 'Hunt' }, 'getPeople {"ids":[1572,4051]}'],
    [{ kind: 'bill', id: 'nhs-bill-2015-16', text: 'NHS Bill' }, 'getBill {"id":"nhs-bill-2015-16"}'],
    [{ kind: 'dispute', id: 'junior-doctors-dispute', text: 'junior doctors’ strike' }, 'getDisputeTimeline {}'],
  ];

  it.each(targets)(
    'are the ones the card asks for when it opens, so it asks for them only once (%o)',
    (target, request) => {
      const { ask, asked } = recording();
      const cards = cachedAsk(ask);
      askCardFacts(cards.ask, target);
      expect(asked).toEqual([request]);
      const container = document.createElement('div');
      act(() => render(<MentionCard ask={cards.ask} target={target} articleDate="2016-03-14" />, container));
      expect(asked.filter((line) => line === request)).toEqual([request]);
      act(() => render(null, container));
    },
  );
});
