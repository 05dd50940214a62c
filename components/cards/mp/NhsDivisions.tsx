import { formatDate } from '@/utils/dates';
import type { LiveVotes } from '@/utils/cards/requests';
import { SourceLink } from '../../SourceLink';
import { HowOftenTheyVote } from './HowOftenTheyVote';
import { SplitBar } from './SplitBar';
import { useNoShrink } from './use-no-shrink';
import type { VotesState } from './use-live-votes';
import type { PartyFigures } from '@/utils/parliament/votes/division';

function Row({ division }: { division: LiveVotes['divisions'][number] }) {
  const title = `${formatDate(division.date)}: ${division.title}`;
  return (
    <li>
      <div>
        {division.url ? (
          <SourceLink source={{ url: division.url, label: 'UK Parliament, Commons Votes' }}>{title}</SourceLink>
        ) : (
          title
        )}
      </div>
      <div class="figures small">
        <strong>{division.words}</strong>
        {division.ayes !== null && division.noes !== null && (
          <>
            {' · '}
            <span class="muted">
              Ayes {division.ayes}, Noes {division.noes}
            </span>{' '}
            <SplitBar first={division.ayes} second={division.noes} secondFill="var(--text)" />
          </>
        )}
      </div>
      {division.party && <PartyRow figures={division.party} />}
    </li>
  );
}

/** How the MP's party voted in the division, beside the House's figures: "Labour MPs: Ayes 320, Noes 0 …". */
function PartyRow({ figures }: { figures: PartyFigures }) {
  const { party, ayes, noes, tellers, noVoteRecorded } = figures;
  return (
    <div class="figures small muted">
      {party} MPs: Ayes {ayes}, Noes {noes}
      {tellers ? `, tellers ${tellers}` : ''}; no vote recorded {noVoteRecorded}{' '}
      <SplitBar first={ayes} second={noes} secondFill="var(--text)" />
    </div>
  );
}

/**
 * The MP's votes in the NHS divisions nearest the article's date, and how often they vote. Three rows are held open while Parliament is asked,
 * so the card does not grow under the pointer when they arrive.
 */
export function NhsDivisions({ state, dated }: { state: VotesState; dated: boolean }) {
  const holder = useNoShrink<HTMLDivElement>();
  return (
    <div class="nhs-divisions" ref={holder}>
      <h3>{dated ? 'NHS divisions nearest this date' : 'Latest NHS divisions'}</h3>
      {state.status === 'checking' ? (
        <>
          <ul aria-busy="true">
            {[0, 1, 2].map((row) => (
              <li key={row}>
                <div class="muted small">{row === 0 ? 'Checking Parliament’s record of votes…' : '\u00a0'}</div>
                <div class="figures small">&nbsp;</div>
              </li>
            ))}
          </ul>
          {/* Room for how often they vote, which comes with the votes. */}
          <div class="attendance" aria-hidden="true">
            <h3>How often they vote</h3>
            <p class="figures">&nbsp;</p>
            <p class="small">&nbsp;</p>
          </div>
        </>
      ) : state.status === 'error' ? (
        <p class="muted small">{state.message}</p>
      ) : (
        <>
          {state.votes.divisions.length ? (
            <ul>
              {state.votes.divisions.map((division) => (
                <Row key={division.key} division={division} />
              ))}
            </ul>
          ) : (
            <p class="gap">No NHS divisions from 2016 on in Bevan’s data.</p>
          )}
          <HowOftenTheyVote votes={state.votes} />
          {state.votes.problem && (
            <p class="muted small">
              {state.votes.off
                ? `Not checked with Parliament. ${state.votes.problem}`
                : `Parliament’s record of votes could not be read: ${state.votes.problem}`}
            </p>
          )}
        </>
      )}
    </div>
  );
}
