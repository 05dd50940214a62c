import type { DisputeEvent } from '@/utils/data/schema';
import { formatDateSpan, todayIso } from '@/utils/dates';
import { inDateOrder } from '@/utils/dispute/summary';
import { Provenance } from './Provenance';
import { SourceLink } from './SourceLink';
import { TrustBadge } from './TrustBadge';

const KIND_LABELS: Record<DisputeEvent['kind'], string> = {
  ballot: 'Ballot',
  strike: 'Strike',
  announcement: 'Announcement',
  deal: 'Deal',
  other: 'Event',
};

/**
 * One event as the card and the popup show it: its dates, its kind, a badge where the sources do not confirm it,
 * its title, and its source by publisher. An event still to come is marked announced; a campaigner's or a pack's
 * event says where it came from.
 */
export function DisputeEventRow({ event, today = todayIso() }: { event: DisputeEvent; today?: string }) {
  return (
    <>
      <div class="bevan-small bevan-muted">
        <time dateTime={event.start}>{formatDateSpan(event.start, event.end)}</time>
        <span class="bevan-badge">{KIND_LABELS[event.kind]}</span>
        {event.start > today && <TrustBadge kind="announced" />}
        {!event.verified && <TrustBadge kind="unverified" />}
      </div>
      <div>{event.title}</div>
      {event.origin === 'bundled' ? (
        <div class="bevan-small">
          <span class="bevan-muted">Source: </span>
          <SourceLink source={event.sources[0]} />
        </div>
      ) : (
        <Provenance record={event} note={event.details} />
      )}
    </>
  );
}

/**
 * The dispute's events, newest first (the popup's latest events) or oldest first (reading on from an article);
 * unverified rows say so rather than pass as fact.
 */
export function DisputeTimeline({
  events,
  limit,
  order = 'newest-first',
  label,
  today,
}: {
  events: DisputeEvent[];
  limit?: number;
  order?: 'newest-first' | 'oldest-first';
  /** The list's name for screen readers. */
  label?: string;
  /** What counts as still to come (announced); by default, today. */
  today?: string;
}) {
  const oldestFirst = inDateOrder(events);
  const shown = (order === 'newest-first' ? oldestFirst.reverse() : oldestFirst).slice(0, limit);
  if (shown.length === 0) return <p class="bevan-muted">No events recorded.</p>;
  return (
    <ol
      class="bevan-list bevan-timeline"
      aria-label={label ?? `Dispute timeline, ${order === 'newest-first' ? 'newest' : 'oldest'} first`}
    >
      {shown.map((event) => (
        <li key={event.id}>
          <DisputeEventRow event={event} today={today} />
        </li>
      ))}
    </ol>
  );
}
