import type { DisputeEvent } from '@/utils/data/schema';
import { formatDateRange } from '@/utils/dates';
import { disputeGlance } from '@/utils/dispute-status';
import { DisputeTimeline, NotVerified } from '../DisputeTimeline';
import { SourceLink } from '../SourceLink';

function StrikeLine({ label, event }: { label: string; event: DisputeEvent }) {
  return (
    <p>
      <span class="bevan-muted">{label}: </span>
      <strong>{formatDateRange(event.start, event.end)}</strong> — {event.title} {!event.verified && <NotVerified />}{' '}
      <span class="bevan-small">
        (<SourceLink source={event.sources[0]} />)
      </span>
    </p>
  );
}

/** The dispute now, from the dataset: a banner on strike days, the latest and next strikes, the latest events. */
export function DisputeNow({ events, today }: { events: DisputeEvent[]; today: string }) {
  const glance = disputeGlance(events, today);
  return (
    <>
      {glance.today && (
        <p class="bevan-banner" role="status">
          Resident doctors are on strike today: {glance.today.title}
        </p>
      )}
      {glance.latest && <StrikeLine label="Latest strike" event={glance.latest} />}
      {glance.next ? (
        <StrikeLine label="Next strike" event={glance.next} />
      ) : (
        <p class="bevan-muted bevan-small">
          No strike dates after today in Bevan's data; the news below may have more.
        </p>
      )}
      <details>
        <summary>Latest events</summary>
        <DisputeTimeline events={events} limit={4} />
      </details>
    </>
  );
}
