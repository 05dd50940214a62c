import type { NhsPolicy, VotingRecord } from '@/utils/data/schema';
import { plainReading, tally } from '@/utils/cards/vote-reading';
import { SourceLink } from '../../SourceLink';
import { VoteBar } from './VoteBar';

/** One NHS policy: the MP's votes read plainly from TheyWorkForYou's counts, beside their party's average. */
export function VotingSummary({ record, policy }: { record: VotingRecord; policy: NhsPolicy | undefined }) {
  const votes = tally(record);
  const party = record.partyAverage ? tally(record.partyAverage) : null;
  const years = record.fromYear === record.toYear ? `${record.fromYear}` : `${record.fromYear}–${record.toYear}`;
  return (
    <li>
      <div>{policy ? `On ${policy.description}` : `Policy ${record.policyId}`}</div>
      <div class="figures small">
        <SourceLink source={record.sources[0]}>{plainReading(votes, 'mp')}</SourceLink>{' '}
        <span class="muted">({years})</span> <VoteBar votes={votes} />
      </div>
      {party && (
        <div class="figures small muted">
          {plainReading(party, 'party')} <VoteBar votes={party} />
        </div>
      )}
    </li>
  );
}
