import { describe, expect, it } from 'vitest';
import type { DisputeEvent } from '@/utils/data/schema';
import { disputeAbout, disputeStateAt, eventsAround, stateWords, timelineFrom } from '@/utils/dispute/summary';

function event(
  id: string,
  kind: DisputeEvent['kind'],
  start: string,
  end: string | null = null,
  more: Partial<DisputeEvent> = {},
): DisputeEvent {
  return {
    id,
    kind,
    start,
    end,
    title: `Event ${id}`,
    details: null,
    verified: true,
    sources: [{ url: `https://www.bma.org.uk/${id}`, label: 'research note' }],
    origin: 'bundled',
    ...more,
  };
}

// Written for the test, out of order on purpose.
const events = [
  event('strike-2', 'strike', '2016-02-10', '2016-02-11'),
  event('ballot', 'ballot', '2015-11-19'),
  event('strike-3', 'strike', '2016-03-09', '2016-03-11'),
  event('strike-4', 'strike', '2016-04-06', '2016-04-08'),
  event('strike-5', 'strike', '2016-04-26'),
  event('referendum', 'ballot', '2016-07-05'),
  event('imposed', 'announcement', '2016-07-06'),
];

describe('eventsAround', () => {
  it("gives the last event before the article's date and the next three after it, oldest first", () => {
    const around = eventsAround(events, '2016-03-14');
    expect(around.before?.id).toBe('strike-3');
    expect(around.after.map((e) => e.id)).toEqual(['strike-4', 'strike-5', 'referendum']);
  });

  it('counts an event on the article’s own date as before it', () => {
    expect(eventsAround(events, '2016-04-06').before?.id).toBe('strike-4');
  });

  it('gives no event before the first, and fewer than three near the end', () => {
    expect(eventsAround(events, '2015-01-01').before).toBeNull();
    const late = eventsAround(events, '2016-07-05');
    expect(late.before?.id).toBe('referendum');
    expect(late.after.map((e) => e.id)).toEqual(['imposed']);
  });
});

describe('timelineFrom', () => {
  it("reads on from the article's date, then back from it", () => {
    const { after, before } = timelineFrom(events, '2016-03-14');
    expect(after.map((e) => e.id)).toEqual(['strike-4', 'strike-5', 'referendum', 'imposed']);
    expect(before.map((e) => e.id)).toEqual(['strike-3', 'strike-2', 'ballot']);
  });
});

describe('disputeStateAt and stateWords', () => {
  it('says when the last strike was and when the next one came', () => {
    const state = disputeStateAt(events, '2016-03-14');
    expect(state.lastStrike?.id).toBe('strike-3');
    expect(state.nextStrike?.id).toBe('strike-4');
    expect(stateWords(state)).toBe('Last strike 9–11 March 2016; next strike 6–8 April 2016');
  });

  it('says doctors are on strike on a strike day', () => {
    expect(stateWords(disputeStateAt(events, '2016-04-07'))).toBe('Doctors on strike (6–8 April 2016)');
  });

  it('leads with a deal made after the last strike, in the words of the data', () => {
    const withDeal = [
      ...events,
      event('deal', 'deal', '2016-09', null, { title: 'Doctors accept a deal; strikes end' }),
    ];
    expect(stateWords(disputeStateAt(withDeal, '2026-12-06'))).toBe(
      'Doctors accept a deal; strikes end (September 2016)',
    );
    // Before the deal, it is not yet the state.
    expect(stateWords(disputeStateAt(withDeal, '2016-08-01'))).toMatch(/^Last strike 26 April 2016; no later strike/);
  });

  it('takes a referendum the doctors accepted, ending the strikes, for a deal; not an offer or an award', () => {
    const withVotes = [
      ...events,
      event('award', 'other', '2016-05-01', null, { title: 'Government accepts pay review body award' }),
      event('rejected', 'ballot', '2016-05-02', null, { title: 'Doctors reject offer in BMA vote' }),
      event('accepted', 'ballot', '2016-06', null, { title: 'Doctors accept deal in BMA referendum; strikes end' }),
    ];
    expect(disputeStateAt(withVotes, '2016-05-20').deal).toBeNull();
    expect(stateWords(disputeStateAt(withVotes, '2026-12-06'))).toBe(
      'Doctors accept deal in BMA referendum; strikes end (June 2016)',
    );
  });

  it('takes a month-only deal for after a strike earlier that month', () => {
    const june = [
      event('june-strike', 'strike', '2026-06-15', '2026-06-19'),
      event('june-deal', 'ballot', '2026-06', null, { title: 'Doctors accept deal; strikes end' }),
    ];
    expect(disputeStateAt(june, '2026-12-06').deal?.id).toBe('june-deal');
  });

  it('says when there is no later strike, and when there has been none', () => {
    expect(stateWords(disputeStateAt(events, '2026-12-06'))).toBe(
      "Last strike 26 April 2016; no later strike in Bevan's data",
    );
    expect(stateWords(disputeStateAt(events, '2015-12-01'))).toBe('No strike yet; next strike 10–11 February 2016');
    expect(stateWords(disputeStateAt([], '2016-01-01'))).toBe("No strike in Bevan's data");
  });
});

describe('disputeAbout', () => {
  it('gives each line only where an event bears it out, with that event’s source, preferring a verified one', () => {
    expect(disputeAbout(events)).toEqual([]);
    const contract = event('contract', 'announcement', '2016-02-11', null, { title: 'New contract to be imposed' });
    const weakPay = event('pay-weak', 'strike', '2023-03-13', null, { title: 'First pay strike', verified: false });
    const pay = event('pay', 'strike', '2025-07-25', null, { details: 'Seeking a pay rise' });
    const lines = disputeAbout([...events, contract, weakPay, pay]);
    expect(lines.map((line) => line.source.url)).toEqual([
      'https://www.bma.org.uk/contract',
      'https://www.bma.org.uk/pay',
    ]);
    expect(lines[0].text).toMatch(/contract/);
    expect(lines[1].text).toMatch(/pay/);
  });
});
