import { comparePartialDates } from '@/utils/data/partial-dates';
import type { DisputeEvent } from '@/utils/data/schema';
import { formatDateRange } from '@/utils/dates';
import { SourceLink } from './SourceLink';

const KIND_LABELS: Record<DisputeEvent['kind'], string> = {
  ballot: 'Ballot',
  strike: 'Strike',
  announcement: 'Announcement',
  deal: 'Deal',
  other: 'Event',
};

/** The badge on a row the sources do not confirm: wherever the row is shown, it says so. */
export function NotVerified() {
  return (
    <span class="bevan-badge" title="The sources do not confirm every detail of this row">
      not verified
    </span>
  );
}

/** The dispute's events, newest first (a month-only date after the days of its month); unverified rows say so rather than pass as fact. */
export function DisputeTimeline({ events, limit }: { events: DisputeEvent[]; limit?: number }) {
  const newestFirst = [...events].sort((a, b) => comparePartialDates(b.start, a.start)).slice(0, limit);
  if (newestFirst.length === 0) return <p class="bevan-muted">No events recorded.</p>;
  return (
    <ol class="bevan-list" aria-label="Dispute timeline, newest first">
      {newestFirst.map((event) => (
        <li key={event.id}>
          <div class="bevan-small bevan-muted">
            <time dateTime={event.start}>{formatDateRange(event.start, event.end)}</time>{' '}
            <span class="bevan-badge">{KIND_LABELS[event.kind]}</span>
            {!event.verified && <NotVerified />}
          </div>
          <div>{event.title}</div>
          <div class="bevan-small">
            Source: <SourceLink source={event.sources[0]} />
          </div>
        </li>
      ))}
    </ol>
  );
}
