/**
 * Announced events: a strike or a bill's reading dated after today, which a
 * campaigner may record before it happens. Such an event is "announced" until
 * its date has passed; pure, for the popup, the cards and the editor alike.
 */

/** True when `date` (YYYY-MM-DD, or YYYY-MM for a month) is after `today`: the event is announced, not yet held. */
export function isAnnounced(date: string, today: string): boolean {
  // A month-only date ("2026-12") is announced until its month begins.
  return date > today.slice(0, date.length);
}
