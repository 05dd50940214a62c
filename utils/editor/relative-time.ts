/** "refreshed 3 h ago": how long ago something happened, as a reader says it; older than a month, the date. */
import { formatDate } from '../dates';

export function timeAgo(iso: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (Number.isNaN(minutes)) return iso;
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days <= 30) return `${days} days ago`;
  return `on ${formatDate(iso.slice(0, 10))}`;
}
