import type { DisputeEvent } from '@/utils/data/schema';
import { disputeGlance } from '@/utils/dispute-status';
import { disputeStateAt, stateWords } from '@/utils/dispute/summary';
import { DisputeEventRow, DisputeTimeline } from '../DisputeTimeline';

function StrikeRow({ label, event, today }: { label: string; event: DisputeEvent; today: string }) {
  return (
    <div class="bevan-strike">
      <h3 class="bevan-label">{label}</h3>
      <DisputeEventRow event={event} today={today} />
    </div>
  );
}

/**
 * The dispute now, from the dataset and campaigners' announced dates: a banner on strike days, where it stands in
 * the card's words, and the latest and next strikes shown as the card shows events; then the latest events.
 */
export function DisputeNow({ events, today }: { events: DisputeEvent[]; today: string }) {
  const glance = disputeGlance(events, today);
  return (
    <>
      {glance.today && (
        <p class="bevan-banner" role="status">
          Resident doctors are on strike today: {glance.today.title}
        </p>
      )}
      <p>
        <strong>Now: </strong>
        {stateWords(disputeStateAt(events, today))}
      </p>
      {glance.latest && <StrikeRow label="Latest strike" event={glance.latest} today={today} />}
      {glance.next ? (
        <StrikeRow label="Next strike" event={glance.next} today={today} />
      ) : (
        <p class="bevan-muted bevan-small">
          No strike dates after today in Bevan's data; the news below may have more.
        </p>
      )}
      <details>
        <summary>Latest events</summary>
        <DisputeTimeline events={events} limit={4} today={today} />
      </details>
    </>
  );
}
