import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { DisputeEvent } from '@/utils/data/schema';
import { formatDate, todayIso } from '@/utils/dates';
import { disputeAbout, disputeStateAt, eventsAround, stateWords, timelineFrom } from '@/utils/dispute/summary';
import { DisputeEventRow, DisputeTimeline } from '../DisputeTimeline';
import { SourceLink } from '../SourceLink';
import { CardFrame } from './CardFrame';

/**
 * The dispute at a glance: what it is about, where it stood on the article's date and where it stands now, the last
 * event before the article and the next three after it. "Full timeline" opens every event, read on from the
 * article's date. On a page without a date (`articleDate` null) the card says so and reads from today, never taking
 * today for the article's date.
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
  const [full, setFull] = useState(false);
  const asOf = articleDate ?? today;
  const about = disputeAbout(events);
  const around = eventsAround(events, asOf);
  const whole = timelineFrom(events, asOf);
  const dated = articleDate !== null;
  return (
    <CardFrame
      label="The junior (resident) doctors' dispute"
      kicker="NHS dispute"
      actions={actions}
      // Parliament's licence covers the bundled timeline (Hansard among its sources), not campaigners' own events.
      credits={events.some((event) => event.origin === 'bundled') ? ['parliament'] : []}
    >
      <h2>Junior (resident) doctors' dispute</h2>
      {about.length > 0 && (
        <p class="about">
          {about.map((line) => (
            <span class="about-line" key={line.text}>
              {line.text}{' '}
              <span class="muted small">
                Source: <SourceLink source={line.source} />
              </span>
            </span>
          ))}
        </p>
      )}
      {!dated && <p class="muted small">Date of the article unknown: what follows is as of today.</p>}
      <dl class="status">
        {dated && (
          <div>
            <dt>On {formatDate(articleDate)}:</dt> <dd>{stateWords(disputeStateAt(events, articleDate))}</dd>
          </div>
        )}
        <div>
          <dt>Now ({formatDate(today)}):</dt> <dd>{stateWords(disputeStateAt(events, today))}</dd>
        </div>
      </dl>
      {full ? (
        <>
          <h3>{dated ? "From the article's date on" : 'From today on'}</h3>
          {whole.after.length ? (
            <DisputeTimeline
              today={today}
              events={whole.after}
              order="oldest-first"
              label="Every event after that date, oldest first"
            />
          ) : (
            <p class="gap">Nothing recorded after that date.</p>
          )}
          <h3>{dated ? 'Before the article' : 'Before today'}</h3>
          <DisputeTimeline today={today} events={whole.before} label="Every event before that date, newest first" />
        </>
      ) : (
        <>
          <h3>{dated ? 'Just before this article' : 'Latest'}</h3>
          {around.before ? (
            <ol class="bevan-list bevan-timeline" aria-label="The last event before this date">
              <li>
                <DisputeEventRow event={around.before} today={today} />
              </li>
            </ol>
          ) : (
            <p class="gap">Nothing recorded before.</p>
          )}
          <h3>{dated ? 'What came next' : 'Coming up'}</h3>
          {around.after.length ? (
            <DisputeTimeline
              today={today}
              events={around.after}
              order="oldest-first"
              label="The next events after this date"
            />
          ) : (
            <p class="gap">{dated ? 'Nothing recorded since.' : "Nothing announced after today in Bevan's data."}</p>
          )}
        </>
      )}
      <p class="links">
        <button type="button" class="linklike" aria-expanded={full} onClick={() => setFull(!full)}>
          {full ? 'Show less' : `Full timeline (${events.length} events)`}
        </button>
        {onOpenNews && (
          <button type="button" class="linklike" onClick={onOpenNews}>
            Recent news about the dispute
          </button>
        )}
      </p>
    </CardFrame>
  );
}
