/** Dates as a UK reader writes them. */

/**
 * "2016-03-11" → "11 March 2016"; a month-only date "2023-07" → "July 2023". Written out here, not by an `Intl`
 * formatter: the first one made in a page's script world loads locale data, which cost the first card opened in a
 * tab about 30 ms (a CPU profile of the card UI, 7 December 2026).
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || month > 12 || (day !== undefined && !(day >= 1 && day <= 31))) return isoDate;
  const monthName = MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "11 March 2016" or "11 – 13 March 2016" style ranges, with the end omitted when it equals the start. */
export function formatDateRange(start: string, end: string | null): string {
  if (!end || end === start) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * A span of days as a reader writes it, naming a shared month and year once: "9–11 March 2016",
 * "27 June – 2 July 2024", "20 December 2023 – 9 January 2024". Other spans read as formatDateRange's.
 */
export function formatDateSpan(start: string, end: string | null): string {
  if (!end || end === start || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) {
    return formatDateRange(start, end);
  }
  const [from, to] = [formatDate(start).split(' '), formatDate(end).split(' ')];
  if (from[2] !== to[2]) return `${formatDate(start)} – ${formatDate(end)}`;
  if (from[1] !== to[1]) return `${from[0]} ${from[1]} – ${formatDate(end)}`;
  return `${from[0]}–${formatDate(end)}`;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The months as written, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const; // prettier-ignore

/** The months in lower case, January first: for reading dates written out in words. */
export const MONTH_NAMES = MONTHS.map((month) => month.toLowerCase());
