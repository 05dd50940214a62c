import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { askCardFacts, MentionCard } from '@/components/cards/MentionCard';
import { cachedAsk } from '@/utils/page/cached-ask';
import type { Ask } from '@/utils/messages';
import type { CardTarget } from '@/utils/page/card-contract';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb } from '@/utils/data/db';
import { getPersonDetails } from '@/utils/data/queries';
import { bundledDataset, freshDbName } from '../helpers/dataset';

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

  it('paints facts that arrived during the intent in the card’s first frame, with no "Loading" before them', async () => {
    const db = await openBevanDb(freshDbName());
    await loadBundledDataset(db, bundledDataset());
    const details = await getPersonDetails(db, 1572);
    // Parliament is not answered here: the card shows the bundled facts, which is what this test is about.
    const ask = ((type: string) =>
      type === 'getPerson' ? Promise.resolve({ ok: true, data: details }) : new Promise(() => undefined)) as Ask;
    const cards = cachedAsk(ask);
    const target: CardTarget = { kind: 'mp', id: '1572', text: 'Jeremy Hunt' };
    askCardFacts(cards.ask, target);
    await Promise.resolve();
    await Promise.resolve();

    const container = document.createElement('div');
    // The first render, with no effect run and no frame after it.
    render(<MentionCard ask={cards.ask} target={target} articleDate="2016-03-14" />, container);
    expect(container.textContent).toContain('Jeremy Hunt');
    expect(container.textContent).toContain('Secretary of State for Health on 14 March 2016');
    expect(container.textContent).not.toMatch(/Loading/i);
    act(() => render(null, container));
  });

  it('shows "Loading" first when the facts have not arrived', () => {
    const { ask } = recording();
    const container = document.createElement('div');
    render(
      <MentionCard
        ask={cachedAsk(ask).ask}
        target={{ kind: 'bill', id: 'nhs-bill-2015-16', text: 'NHS Bill' }}
        articleDate="2016-03-14"
      />,
      container,
    );
    expect(container.textContent).toMatch(/Loading/i);
    act(() => render(null, container));
  });
});
