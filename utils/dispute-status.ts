/**
 * The dispute at a glance, from the dataset's timeline: a strike on today's
 * date, the latest strike before it, and the next one the data knows of.
 * Only dated strikes count; a month-only row ("2023-07") is never taken for a
 * particular day.
 */
import type { DisputeEvent } from './data/schema';

export interface DisputeGlance {
  /** A strike whose dates include today. */
  today: DisputeEvent | null;
  latest: DisputeEvent | null;
  next: DisputeEvent | null;
}

const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

export function disputeGlance(events: readonly DisputeEvent[], today: string): DisputeGlance {
  const strikes = events
    .filter((event) => event.kind === 'strike' && isDay(event.start))
    .sort((a, b) => a.start.localeCompare(b.start));
  const onToday = strikes.find((event) => event.start <= today && today <= (event.end ?? event.start)) ?? null;
  const past = strikes.filter((event) => (event.end ?? event.start) < today);
  return {
    today: onToday,
    latest: past.at(-1) ?? null,
    next: strikes.find((event) => event.start > today) ?? null,
  };
}
