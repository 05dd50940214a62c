import type { ComponentChildren } from 'preact';
import { formatDateRange } from '@/utils/dates';
import type { BillDetails } from '@/utils/cards/requests';
import { Provenance } from '../Provenance';
import { SourceLink } from '../SourceLink';
import { TrustBadge } from '../TrustBadge';
import { CardFrame } from './CardFrame';

/** A bill: what it is, who sponsored it, and its stages as a small timeline. */
export function BillCard({
  details,
  onOpenPerson,
  actions,
}: {
  details: BillDetails;
  onOpenPerson?: (id: number) => void;
  actions?: ComponentChildren;
}) {
  const { bill, sponsor } = details;
  const sponsorName = sponsor?.name ?? bill.sponsorName;
  return (
    <CardFrame label={bill.shortTitle} kicker={`${bill.type} · session ${bill.session}`} actions={actions}>
      <h2>{bill.shortTitle}</h2>
      <Provenance record={bill} />
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
      <h3>Stages</h3>
      {bill.stages.length ? (
        <ol class="timeline">
          {bill.stages.map((stage) => (
            <li key={`${stage.date}-${stage.stage}`}>
              <div class="small muted">
                {formatDateRange(stage.date, stage.dateEnd)} ·{' '}
                {stage.house === 'none' ? 'outside Parliament' : stage.house}
                {stage.secondary && <TrustBadge kind="second-hand" />}
              </div>
              <div>
                <SourceLink source={stage.source}>{stage.stage}</SourceLink>
                {stage.outcome && <span>: {stage.outcome}</span>}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p class="gap">No stages recorded.</p>
      )}
      <h3>Outcome</h3>
      <p>{bill.outcome ?? <span class="muted">Not recorded.</span>}</p>
      {bill.actTitle && <p class="small">Became the {bill.actTitle}</p>}
    </CardFrame>
  );
}
