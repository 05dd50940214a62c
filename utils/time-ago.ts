/**
 * "3 hours ago", "yesterday", "12 Nov 2026": how long ago something happened, as a reader says it, in the popup and
 * the editor alike. The words are the browser's own (`Intl.RelativeTimeFormat`); past a month, the date.
 */
const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

export function timeAgo(iso: string, now: Date): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((now.getTime() - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days <= 30) return relative.format(-days, 'day');
  return dayFormat.format(new Date(then));
}
