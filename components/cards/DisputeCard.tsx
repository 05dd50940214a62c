import type { ComponentChildren } from 'preact';
import { comparePartialDates, onOrBefore } from '@/utils/data/partial-dates';
import type { DisputeEvent } from '@/utils/data/schema';
import { formatDate, todayIso } from '@/utils/dates';
import { DisputeTimeline, NotVerified } from '../DisputeTimeline';
import { CardFrame } from './CardFrame';

/**
 * The dispute as it stood when the article was written, and what has happened since. On a page without a date
 * (`articleDate` null) the card says so and shows the dispute as of today, never today as the article's date.
 */
export function DisputeCard({
  events,
  articleDate,
  today = todayIso(),
  actions,
  onOpenNews,
}: {
  events: DisputeEvent[];
  articleDate: string | null;
  today?: string;
  actions?: ComponentChildren;
  /** Opens the popup's recent news about the dispute. */
  onOpenNews?: () => void;
}) {
  const asOf = articleDate ?? today;
  // A month-only event counts as before the article only once its month is over.
  const before = events.filter((event) => onOrBefore(event.start, asOf));
  const since = events.filter((event) => !onOrBefore(event.start, asOf));
  const latestStrike = [...before]
    .sort((a, b) => comparePartialDates(b.start, a.start))
    .find((event) => event.kind === 'strike');
  return (
    <CardFrame label="The junior (resident) doctors' dispute" kicker="NHS dispute" actions={actions}>
      <h2>Junior (resident) doctors' dispute</h2>
      {articleDate === null && <p class="muted small">Date of the article unknown: what follows is as of today.</p>}
      {latestStrike && (
        <p>
          <span class="muted">
            {articleDate === null ? 'Latest strike: ' : "Latest strike by the article's date: "}
          </span>
          {latestStrike.title}
          {!latestStrike.verified && (
            <>
              {' '}
              <NotVerified />
            </>
          )}
        </p>
      )}
      <h3>
        {articleDate === null
          ? `As of today (${formatDate(today)})`
          : `By the time of this article (${formatDate(articleDate)})`}
      </h3>
      <DisputeTimeline events={before} />
      {articleDate === null ? (
        since.length > 0 && (
          <>
            <h3>Planned</h3>
            <DisputeTimeline events={since} />
          </>
        )
      ) : (
        <>
          <h3>Since</h3>
          {since.length ? <DisputeTimeline events={since} /> : <p class="gap">Nothing recorded since.</p>}
        </>
      )}
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
