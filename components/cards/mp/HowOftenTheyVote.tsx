import { formatDate } from '@/utils/dates';
import type { LiveVotes } from '@/utils/cards/requests';
import { SourceLink } from '../../SourceLink';
import { SplitBar } from './SplitBar';

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/** "the NHS division above", "the NHS divisions above", "2 of the NHS divisions above". */
function divisionsAbove(counted: number, shown: number): string {
  if (counted < shown) return `${counted} of the NHS divisions above`;
  return counted === 1 ? 'the NHS division above' : 'the NHS divisions above';
}

/**
 * How often the MP voted: the share of all Commons divisions in the months before the article in which they voted,
 * with both counts and the months counted; or, where Parliament gave no count, why not. Beside it, the party's figure
 * where the divisions shown give one: how often its MPs voted in them.
 */
export function HowOftenTheyVote({ votes }: { votes: LiveVotes }) {
  const { attendance, attendanceGap, partyTurnout } = votes;
  return (
    <div class="attendance">
      <h3>How often they vote</h3>
      {attendance ? (
        <>
          <p class="figures">
            <SourceLink source={{ url: attendance.url, label: 'UK Parliament, voting record' }}>
              {attendance.total === 0
                ? 'No Commons divisions in these months'
                : `Voted in ${attendance.voted} of ${attendance.total} Commons divisions (${percent(attendance.voted, attendance.total)}%)`}
            </SourceLink>{' '}
            <SplitBar
              first={attendance.voted}
              second={attendance.total - attendance.voted}
              secondFill="var(--border)"
            />
          </p>
          <p class="small muted">
            From {formatDate(attendance.from)} to {formatDate(attendance.to)}
            {attendance.cut ? ` (${attendance.cut})` : ''}. A vote missed may have many reasons the record does not
            give.
          </p>
        </>
      ) : (
        attendanceGap && <p class="gap small">{attendanceGap}</p>
      )}
      {partyTurnout && (
        <p class="figures small">
          {`${partyTurnout.party} MPs in ${divisionsAbove(partyTurnout.divisions, votes.divisions.length)}: ` +
            `voted in ${partyTurnout.voted} of ${partyTurnout.places} places ` +
            `(${percent(partyTurnout.voted, partyTurnout.places)}%)`}{' '}
          <SplitBar
            first={partyTurnout.voted}
            second={partyTurnout.places - partyTurnout.voted}
            secondFill="var(--border)"
          />
        </p>
      )}
    </div>
  );
}
