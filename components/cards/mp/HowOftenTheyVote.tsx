import { formatDate } from '@/utils/dates';
import type { LiveVotes } from '@/utils/cards/requests';
import { SourceLink } from '../../SourceLink';
import { SplitBar } from './SplitBar';

/**
 * How often the MP voted: the share of all Commons divisions in the months before the article in which they voted,
 * with both counts and the months counted; or, where Parliament gave no count, why not.
 */
export function HowOftenTheyVote({ votes }: { votes: LiveVotes }) {
  const { attendance, attendanceGap } = votes;
  return (
    <div class="attendance">
      <h3>How often they vote</h3>
      {attendance ? (
        <>
          <p class="figures">
            <SourceLink source={{ url: attendance.url, label: 'UK Parliament, voting record' }}>
              {attendance.total === 0
                ? 'No Commons divisions in these months'
                : `Voted in ${attendance.voted} of ${attendance.total} Commons divisions (${Math.round((attendance.voted / attendance.total) * 100)}%)`}
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
    </div>
  );
}
