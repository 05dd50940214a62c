import type { ComponentChildren } from 'preact';
import type { DisputeEvent } from '@/utils/data/schema';
import { formatDate } from '@/utils/dates';
import { DisputeTimeline } from '../DisputeTimeline';
import { CardFrame } from './CardFrame';

/** The dispute as it stood when the article was written, and what has happened since. */
export function DisputeCard({
  events,
  articleDate,
  actions,
  onOpenNews,
}: {
  events: DisputeEvent[];
  articleDate: string;
  actions?: ComponentChildren;
  /** Opens the popup's recent news about the dispute. */
  onOpenNews?: () => void;
}) {
  const before = events.filter((event) => event.start <= articleDate);
  const since = events.filter((event) => event.start > articleDate);
  const latestStrike = [...before].reverse().find((event) => event.kind === 'strike');
  return (
    <CardFrame label="The junior (resident) doctors' dispute" kicker="NHS dispute" actions={actions}>
      <h2>Junior (resident) doctors' dispute</h2>
      {latestStrike && (
        <p>
          <span class="muted">Latest strike by the article's date: </span>
          {latestStrike.title}
        </p>
      )}
      <h3>By the time of this article ({formatDate(articleDate)})</h3>
      <DisputeTimeline events={before} />
      <h3>Since</h3>
      {since.length ? <DisputeTimeline events={since} /> : <p class="gap">Nothing recorded since.</p>}
      {onOpenNews && (
        <p>
          <button type="button" class="linklike" onClick={onOpenNews}>
            Recent news about the dispute
          </button>
        </p>
      )}
    </CardFrame>
  );
}
