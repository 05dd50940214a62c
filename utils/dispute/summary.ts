/**
 * The dispute card's lead, from the timeline alone: what the dispute is about, where it stood on the article's date
 * and where it stands now, the last event before the article and the next few after it. Pure, so that the choice of
 * events is tested without a browser; every line it gives rests on an event in the data, with that event's source.
 */
import { comparePartialDates, onOrBefore } from '../data/partial-dates';
import type { DisputeEvent, Source } from '../data/schema';
import { formatDate, formatDateSpan } from '../dates';
import { disputeGlance } from '../dispute-status';

/** Oldest first; a month-only date ("2023-07") sorts after the days of its month, any of which it may have been. */
export function inDateOrder(events: readonly DisputeEvent[]): DisputeEvent[] {
  return [...events].sort((a, b) => comparePartialDates(a.start, b.start) || a.id.localeCompare(b.id));
}

export interface EventsAround {
  /** The latest event on or before the date. */
  before: DisputeEvent | null;
  /** The first `count` events after the date, oldest first. */
  after: DisputeEvent[];
}

/** The last event on or before `date` and the next `count` after it. */
export function eventsAround(events: readonly DisputeEvent[], date: string, count = 3): EventsAround {
  const ordered = inDateOrder(events);
  const firstAfter = ordered.findIndex((event) => !onOrBefore(event.start, date));
  const split = firstAfter === -1 ? ordered.length : firstAfter;
  return { before: ordered[split - 1] ?? null, after: ordered.slice(split, split + count) };
}

/** The whole timeline read from a date: what came after it (oldest first), then what came before (newest first). */
export function timelineFrom(
  events: readonly DisputeEvent[],
  date: string,
): { after: DisputeEvent[]; before: DisputeEvent[] } {
  const ordered = inDateOrder(events);
  return {
    after: ordered.filter((event) => !onOrBefore(event.start, date)),
    before: ordered.filter((event) => onOrBefore(event.start, date)).reverse(),
  };
}

export interface DisputeState {
  /** A strike whose days include the date. */
  onStrike: DisputeEvent | null;
  /** The latest strike that had ended by the date. */
  lastStrike: DisputeEvent | null;
  /** A deal that settled the dispute, recorded after that strike, on or before the date. */
  deal: DisputeEvent | null;
  /** The first strike starting after the date (an announced one, when the date is today). */
  nextStrike: DisputeEvent | null;
}

/**
 * A deal that settled the dispute, in the data's own words: a "deal" row, or a row saying the doctors accepted and
 * the dispute or strikes ended (the timeline files some of these as ballots, for their referendums). Not a
 * Government accepting a pay award, nor an offer made or rejected.
 */
function settles(event: DisputeEvent): boolean {
  return (
    event.kind === 'deal' ||
    /\bdoctors accept\b|\bdispute ends\b|\bstrikes end\b|\bending the \w+ dispute\b/i.test(event.title)
  );
}

/** The last day a date can mean: a month-only date's month end (as text, "-31" sorts after every day). */
const monthEnd = (date: string) => (date.length === 7 ? `${date}-31` : date);

/** Where the dispute stood on `date`, by its dated strikes and the deals that settled it. */
export function disputeStateAt(events: readonly DisputeEvent[], date: string): DisputeState {
  const glance = disputeGlance(events, date);
  const lastStrikeEnd = glance.latest ? (glance.latest.end ?? glance.latest.start) : '';
  const deal =
    inDateOrder(events)
      // A month-only deal ("2026-06") may follow a strike earlier that month: it is compared by its month's end.
      .filter((event) => settles(event) && monthEnd(event.start) > lastStrikeEnd && event.start <= date)
      .at(-1) ?? null;
  return { onStrike: glance.today, lastStrike: glance.latest, deal, nextStrike: glance.next };
}

/** The state in a line of plain words, e.g. "Last strike 9 March 2016 – 11 March 2016; next 6 April 2016 – 8 April 2016". */
export function stateWords(state: DisputeState): string {
  // A strike the sources do not confirm keeps saying so, wherever its line is shown.
  const range = (event: DisputeEvent) =>
    `${formatDateSpan(event.start, event.end)}${event.verified ? '' : ' (not verified)'}`;
  const next = state.nextStrike ? `next strike ${range(state.nextStrike)}` : "no later strike in Bevan's data";
  if (state.onStrike) return `Doctors on strike (${range(state.onStrike)})`;
  if (state.deal) {
    return `${state.deal.title} (${formatDate(state.deal.start)})${state.nextStrike ? `; ${next}` : ''}`;
  }
  if (state.lastStrike) return `Last strike ${range(state.lastStrike)}; ${next}`;
  return state.nextStrike ? `No strike yet; ${next}` : "No strike in Bevan's data";
}

export interface AboutLine {
  text: string;
  /** The event whose source supports the line. */
  source: Source;
}

/**
 * What the dispute is about, in two lines, each shown only when the timeline holds an event that bears it out (and
 * linked to that event's source): the 2015–16 contract dispute, and the pay dispute since 2023.
 */
export function disputeAbout(events: readonly DisputeEvent[]): AboutLine[] {
  const ordered = inDateOrder(events);
  const best = (matches: (event: DisputeEvent) => boolean) =>
    ordered.find((event) => matches(event) && event.verified) ?? ordered.find(matches);
  const words = (event: DisputeEvent) => `${event.title} ${event.details ?? ''}`;
  const contract = best((event) => event.start < '2017' && /\bcontract\b/i.test(words(event)));
  const pay = best((event) => event.start >= '2023' && /\bpay\b/i.test(words(event)));
  const lines: AboutLine[] = [];
  if (contract) {
    lines.push({
      text: 'In 2015–16 junior doctors in England, through their union the BMA, fought a new contract the Government imposed.',
      source: contract.sources[0],
    });
  }
  if (pay) {
    lines.push({
      text: 'Since 2023 they, now called resident doctors, have struck over pay.',
      source: pay.sources[0],
    });
  }
  return lines;
}
