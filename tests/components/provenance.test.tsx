import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Provenance, ProvenanceAsk, provenanceLabel } from '@/components/Provenance';
import { CardCredits, CardFrame } from '@/components/cards/CardFrame';
import { TrustBadge } from '@/components/TrustBadge';
import { DisputeEventRow } from '@/components/DisputeTimeline';
import type { Ask } from '@/utils/messages';
import { ok } from '@/utils/result';

const sources = [
  { url: 'https://www.bma.org.uk/news/strike', label: 'our research note' },
  { url: 'https://www.theguardian.com/society/story', label: 'another note' },
];

function show(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  render(node, container);
  return container;
}

describe('provenanceLabel', () => {
  it("says nothing for Bevan's data, and where a campaigner's or a pack's record came from", () => {
    expect(provenanceLabel('bundled', null)).toBeNull();
    expect(provenanceLabel('campaigner', null)).toBe('Added by you');
    expect(provenanceLabel('pack:keep-nhs', null)).toBe('From a data pack');
    expect(provenanceLabel('pack:keep-nhs', { id: 'keep-nhs', name: 'NHS Watch', publisher: 'Keep It Public' })).toBe(
      'From NHS Watch by Keep It Public',
    );
    expect(provenanceLabel('pack:keep-nhs', { id: 'keep-nhs', name: 'NHS Watch', publisher: null })).toBe(
      'From NHS Watch',
    );
  });
});

describe('Provenance', () => {
  it('shows a campaigner record’s label, note and every source by publisher', () => {
    const shown = show(<Provenance record={{ origin: 'campaigner', sources }} note="Said at the rally" />);
    expect(shown.textContent).toBe('Added by you “Said at the rally” Sources: BMA, The Guardian');
    expect(shown.textContent).not.toContain('note');
  });

  it('names a pack and its publisher, as the background has them', async () => {
    const asked: unknown[] = [];
    const ask = (async (type: string, payload: unknown) => {
      asked.push([type, payload]);
      return ok([{ id: 'keep-nhs', name: 'NHS Watch', publisher: 'Keep It Public' }]);
    }) as unknown as Ask;
    const container = document.createElement('div');
    await act(() =>
      render(
        <ProvenanceAsk.Provider value={ask}>
          <Provenance record={{ origin: 'pack:keep-nhs', sources: sources.slice(0, 1) }} />
        </ProvenanceAsk.Provider>,
        container,
      ),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(asked).toEqual([['getPackCredits', { ids: ['keep-nhs'] }]]);
    expect(container.textContent).toBe('From NHS Watch by Keep It Public Source: BMA');
  });

  it('renders nothing for bundled records', () => {
    expect(show(<Provenance record={{ origin: 'bundled', sources }} />).innerHTML).toBe('');
  });
});

describe('CardFrame credits', () => {
  it("puts Parliament's licence only on cards whose data it covers", () => {
    const bundled = show(
      <CardFrame label="x" kicker="x">
        facts
      </CardFrame>,
    );
    expect(bundled.querySelector('.footer')?.textContent).toContain('Open Parliament Licence');
    const campaigner = show(
      <CardCredits.Provider value={[]}>
        <CardFrame label="x" kicker="x">
          facts
        </CardFrame>
      </CardCredits.Provider>,
    );
    expect(campaigner.querySelector('.footer')).toBeNull();
  });
});

describe('TrustBadge', () => {
  it('says "Second-hand" and "Not verified" in a badge whose tooltip explains it', () => {
    const secondHand = show(<TrustBadge kind="second-hand" />).firstElementChild!;
    expect(secondHand.textContent).toBe('Second-hand');
    expect(secondHand.getAttribute('title')).toMatch(/report of it, not the original record/);
    const unverified = show(<TrustBadge kind="unverified" />).firstElementChild!;
    expect(unverified.textContent).toBe('Not verified');
    expect(unverified.getAttribute('title')).toMatch(/do not confirm/);
  });
});

describe('DisputeEventRow', () => {
  it('marks an event still to come as announced, until its date passes', () => {
    const strike = {
      id: 'announced-strike',
      start: '2027-01-10',
      end: '2027-01-12',
      kind: 'strike' as const,
      title: 'Strike announced for the test',
      details: null,
      verified: true,
      sources: [{ url: 'https://www.bma.org.uk/test', label: 'note' }],
      origin: 'campaigner' as const,
    };
    const before = show(<DisputeEventRow event={strike} today="2026-12-06" />);
    expect(before.textContent).toMatch(/^10–12 January 2027StrikeAnnounced/);
    expect(before.textContent).toContain('Added by you');
    expect(show(<DisputeEventRow event={strike} today="2027-01-13" />).textContent).not.toContain('Announced');
  });
});
