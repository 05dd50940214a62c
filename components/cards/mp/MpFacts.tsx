import type { Line, MpView } from '@/utils/cards/mp-view';
import { formatDate } from '@/utils/dates';
import { SourceLink } from '../../SourceLink';
import { useNoShrink } from './use-no-shrink';

function Fact({ line }: { line: Line }) {
  return line.source ? <SourceLink source={line.source}>{line.text}</SourceLink> : <span>{line.text}</span>;
}

/**
 * Who the MP was at the article's date (posts first, then party and seat), who they are now, and where these facts
 * came from. The bundled facts paint at once; Parliament's replace them in the same place.
 */
export function MpFacts({ view }: { view: MpView }) {
  const holder = useNoShrink<HTMLDivElement>();
  const { then, now, provenance } = view;
  return (
    <div class="mp-facts" ref={holder}>
      {then === null ? (
        <p class="muted small">Date of the article unknown: what follows is as of today.</p>
      ) : (
        <>
          {then.posts.map((post) => (
            <p key={post.text} class="role">
              <Fact line={post} />
            </p>
          ))}
          <p>
            <span class="muted">On {formatDate(then.date)}: </span>
            {then.seat ? (
              <>
                <Fact line={then.seat} />
                {then.hedge && <span class="muted small"> ({then.hedge})</span>}
              </>
            ) : (
              <span class="muted">{then.noSeat}</span>
            )}
          </p>
        </>
      )}
      <p>
        <span class="muted">Now: </span>
        {now.seat ? <Fact line={now.seat} /> : <span>{now.left}</span>}
        {now.posts.length > 0 && (
          <span>
            {' · '}
            {now.posts.map((post, index) => (
              <span key={post.text}>
                {index > 0 && '; '}
                <Fact line={post} />
              </span>
            ))}
          </span>
        )}
      </p>
      <p class="muted small live-facts" data-live={provenance.kind}>
        {provenance.text}
        {provenance.source && (
          <>
            {' '}
            <SourceLink source={provenance.source}>Parliament’s record</SourceLink>
          </>
        )}
      </p>
    </div>
  );
}
