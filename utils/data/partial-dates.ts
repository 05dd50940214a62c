/**
 * Ordering dates that may be known only to the month ("2023-07"). Such a date
 * could be any day of its month, so it sorts after every day of that month:
 * it never claims a place before an event it may have followed.
 */

const MONTH_ONLY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonthOnly(date: string): boolean {
  return MONTH_ONLY.test(date);
}

/** A key that sorts as the date should: "2023-07" → "2023-07-99", after "2023-07-31" and before "2023-08-01". */
export function partialDateKey(date: string): string {
  return isMonthOnly(date) ? `${date}-99` : date;
}

/** Oldest first, month-only dates after the days of their month. */
export function comparePartialDates(a: string, b: string): number {
  const ka = partialDateKey(a);
  const kb = partialDateKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** On or before `day` (YYYY-MM-DD): a month-only date counts as the end of its month, so only once that month is over. */
export function onOrBefore(date: string, day: string): boolean {
  return partialDateKey(date) <= day;
}
