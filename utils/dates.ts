/** Dates as a UK reader writes them, in UTC so that no time zone shifts a day. */
// Made on first use: building an Intl formatter loads locale data, a cost the content script (which only
// needs todayIso) should not pay on every page.
let dayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/** "2016-03-11" → "11 March 2016"; a month-only date "2023-07" → "July 2023". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return day ? dayFormat.format(date) : monthFormat.format(date);
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

/** The months in lower case, January first: for reading dates written out in words. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
