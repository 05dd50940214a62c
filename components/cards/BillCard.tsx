import type { ComponentChildren } from 'preact';
import { formatDate, formatDateRange, todayIso } from '@/utils/dates';
import type { BillDetails } from '@/utils/cards/requests';
import {
  billCardModel,
  STAGES_SHOWN,
  type CardDivision,
  type CardStage,
} from '@/utils/parliament/bills/bill-card-model';
import type { DivisionVotesState } from './use-division-votes';
import type { StoredLiveBill } from '@/utils/parliament/bills/live-bills';
import { publisherName } from '@/utils/sources/publisher';
import { safeHttpsUrl } from '@/utils/urls';
import { Provenance } from '../Provenance';
import { SourceLink } from '../SourceLink';
import { TrustBadge } from '../TrustBadge';
import { CardFrame } from './CardFrame';

/** Parliament's live copy of a bill as the card has it: what is stored, and how the check for a newer one went. */
export interface LiveBillView {
  stored: StoredLiveBill | null;
  /** Asking Parliament now. */
  checking: boolean;
  /** Why Parliament could not be asked just now, in plain words. */
  failure: string | null;
}

function checkedOn(checkedAt: string): string {
  return formatDate(checkedAt.slice(0, 10));
}

/**
 * A stage: its name links to its source; the line below says where it came from. A stage dated after `today` is a
 * scheduled one (a campaigner's or a pack's), marked announced until its date.
 */
function Stage({ stage, today }: { stage: CardStage; today: string }) {
  return (
    <li>
      <div class="small muted">
        {formatDateRange(stage.date, stage.dateEnd)} · {stage.house === 'none' ? 'outside Parliament' : stage.house}
        {stage.date > today && <TrustBadge kind="announced" />}
        {stage.secondary && <TrustBadge kind="second-hand" />}
      </div>
      <div>
        <SourceLink source={stage.source}>{stage.stage}</SourceLink>
        {stage.outcome && <span>: {stage.outcome}</span>}
      </div>
      <div class="small muted">
        {stage.checkedAt
          ? `Checked with Parliament on ${checkedOn(stage.checkedAt)}`
          : `Source: ${publisherName(stage.source.url)}`}
      </div>
    </li>
  );
}

/** How the sponsor and the MPs the page names voted in one division, once Parliament has said. */
function MembersVotes({
  division,
  state,
  sponsorId,
}: {
  division: CardDivision;
  state: DivisionVotesState | undefined;
  sponsorId: number | null;
}) {
  if (state?.status !== 'answered') return null;
  const row = state.votes.rows.find((found) => found.date === division.date && found.number === division.number);
  if (!row?.votes.length) return null;
  return (
    <ul class="members-votes small">
      {row.votes.map((vote) => (
        <li key={vote.memberId}>
          {vote.name}
          {vote.memberId === sponsorId ? ' (sponsor)' : ''}: <strong>{vote.words}</strong>
        </li>
      ))}
    </ul>
  );
}

function LiveStatus({ live, hasParliamentId }: { live: LiveBillView | undefined; hasParliamentId: boolean }) {
  if (!live || !hasParliamentId) return null;
  const checked = live.stored ? `Stages last checked with Parliament on ${checkedOn(live.stored.checkedAt)}.` : '';
  if (live.checking) return <p class="small muted">{checked || 'Checking Parliament for its stages…'}</p>;
  if (live.failure) {
    return (
      <p class="small warn" role="status">
        {checked || 'Not checked with Parliament yet.'} Could not check again just now: {live.failure}
      </p>
    );
  }
  // Checked and answered: each stage says so itself.
  return null;
}

/**
 * A bill: its outcome and what it would do first, then who sponsored it, its latest stages (the rest folded
 * away), and the Commons divisions on it with their Ayes and Noes. Parliament's live stages refine the stored
 * ones when the bill has a Parliament id.
 */
export function BillCard({
  details,
  live,
  now = new Date(),
  onOpenPerson,
  actions,
  divisionVotes,
}: {
  details: BillDetails;
  live?: LiveBillView;
  now?: Date;
  onOpenPerson?: (id: number) => void;
  actions?: ComponentChildren;
  /** How the sponsor and the MPs the page names voted in its divisions, from Parliament; not shown when not given. */
  divisionVotes?: DivisionVotesState;
}) {
  const { bill, sponsor } = details;
  const model = billCardModel(details, live?.stored ?? null, now, formatDate);
  const today = todayIso(now);
  // Parliament names the sponsor where Bevan's record does not.
  const sponsorName = sponsor?.name ?? bill.sponsorName ?? live?.stored?.bill.sponsors[0]?.name ?? null;
  const latest = model.stages.slice(0, STAGES_SHOWN);
  const earlier = model.stages.slice(STAGES_SHOWN);
  const parliamentPage = model.parliamentPage ? safeHttpsUrl(model.parliamentPage) : null;
  return (
    <CardFrame label={bill.shortTitle} kicker={`${bill.type} · session ${bill.session}`} actions={actions}>
      <h2>{bill.shortTitle}</h2>
      <Provenance record={bill} />
      <p class="outcome">
        <strong>{model.outcome ?? 'Outcome not recorded.'}</strong>
      </p>
      {model.purpose && <p class="purpose">{model.purpose}</p>}
      {bill.actTitle && !model.outcome?.includes(bill.actTitle) && <p class="small">Became the {bill.actTitle}</p>}
      {bill.aliases.length > 0 && <p class="muted small">Also called {bill.aliases.join(', ')}</p>}
      <p>
        <span class="muted">Sponsor: </span>
        {sponsor && onOpenPerson ? (
          <button type="button" class="linklike" onClick={() => onOpenPerson(sponsor.id)}>
            {sponsor.name}
          </button>
        ) : (
          (sponsorName ?? <span class="muted">not recorded</span>)
        )}
      </p>
      <h3>Latest stages</h3>
      <LiveStatus live={live} hasParliamentId={model.parliamentPage !== null} />
      {latest.length ? (
        <ol class="timeline">
          {latest.map((stage) => (
            <Stage key={`${stage.date}-${stage.stage}`} stage={stage} today={today} />
          ))}
        </ol>
      ) : (
        <p class="gap">No stages recorded.</p>
      )}
      {earlier.length > 0 && (
        <details class="earlier">
          <summary>
            {earlier.length} earlier {earlier.length === 1 ? 'stage' : 'stages'}
          </summary>
          <ol class="timeline">
            {earlier.map((stage) => (
              <Stage key={`${stage.date}-${stage.stage}`} stage={stage} today={today} />
            ))}
          </ol>
        </details>
      )}
      {model.divisions.length > 0 && (
        <>
          <h3>Commons divisions</h3>
          <ul class="divisions">
            {model.divisions.map((division) => (
              <li key={division.key}>
                <div class="small muted">
                  {formatDate(division.date)} · division {division.number}
                </div>
                <div>
                  <SourceLink source={division.source}>{division.title ?? `Division ${division.number}`}</SourceLink>
                </div>
                <div class="small">
                  {division.ayes !== null && division.noes !== null ? (
                    `Ayes ${division.ayes}, Noes ${division.noes}`
                  ) : (
                    <span class="muted">Vote counts not recorded</span>
                  )}
                  {division.checkedAt && (
                    <span class="muted"> · checked with Parliament on {checkedOn(division.checkedAt)}</span>
                  )}
                </div>
                <MembersVotes division={division} state={divisionVotes} sponsorId={sponsor?.id ?? null} />
              </li>
            ))}
          </ul>
          {divisionVotes?.status === 'checking' && (
            <p class="small muted">Checking Parliament’s record of how they voted…</p>
          )}
          {divisionVotes?.status === 'error' && <p class="small muted">{divisionVotes.message}</p>}
          {divisionVotes?.status === 'answered' && divisionVotes.votes.problem && (
            <p class="small muted">
              {divisionVotes.votes.off
                ? `MPs’ votes not checked with Parliament. ${divisionVotes.votes.problem}`
                : `Parliament’s record of votes could not be read: ${divisionVotes.votes.problem}`}
            </p>
          )}
        </>
      )}
      {parliamentPage && (
        <div class="links">
          <a href={parliamentPage} target="_blank" rel="noopener noreferrer">
            This bill on bills.parliament.uk
          </a>
        </div>
      )}
    </CardFrame>
  );
}
