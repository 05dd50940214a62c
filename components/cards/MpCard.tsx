import type { ComponentChildren } from 'preact';
import type { Membership, NhsPolicy, Post, VoteCounts, VotingRecord } from '@/utils/data/schema';
import { currentSeat, lastKnownServiceDate, seatAt } from '@/utils/data/memberships';
import { formatDate } from '@/utils/dates';
import type { PersonDetails } from '@/utils/cards/requests';
import { postOn, roleOnDate } from '@/utils/matching/roles';
import { SourceLink } from '../SourceLink';
import { CardFrame } from './CardFrame';

function seatLine(membership: Membership): string {
  return `${membership.party}, ${membership.constituency}`;
}

/** Weak and strong votes together, as TheyWorkForYou totals them. */
function total(record: { votes: VoteCounts; strongVotes: VoteCounts }, key: keyof VoteCounts): number {
  return record.votes[key] + record.strongVotes[key];
}

function roundOne(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function VotingSummary({ record, policy }: { record: VotingRecord; policy: NhsPolicy | undefined }) {
  const average = record.partyAverage;
  return (
    <li>
      <div>{policy ? `On ${policy.description}` : `Policy ${record.policyId}`}</div>
      <div class="figures small">
        <SourceLink source={record.sources[0]}>
          {total(record, 'with')} for, {total(record, 'against')} against, {total(record, 'absent')} absent
        </SourceLink>
        {total(record, 'abstained') > 0 && <span>, {total(record, 'abstained')} abstained</span>}
        <span class="muted">
          {' '}
          ({record.fromYear === record.toYear ? record.fromYear : `${record.fromYear}–${record.toYear}`})
        </span>
      </div>
      {average && (
        <div class="figures small muted">
          {record.comparisonParty ? `Party average` : 'Comparison'}: {roundOne(total(average, 'with'))} for,{' '}
          {roundOne(total(average, 'against'))} against, {roundOne(total(average, 'absent'))} absent
        </div>
      )}
    </li>
  );
}

/** The MP's party and seat on the article's date, or that the date is unknown. */
function SeatAtArticleDate({ memberships, articleDate }: { memberships: Membership[]; articleDate: string | null }) {
  if (articleDate === null) {
    return <p class="muted small">Date of the article unknown: what follows is as of today.</p>;
  }
  const then = seatAt(memberships, articleDate);
  return (
    <p>
      <span class="muted">On {formatDate(articleDate)}: </span>
      {then ? (
        <>
          <SourceLink source={then.membership.sources[0]}>{seatLine(then.membership)}</SourceLink>
          {then.uncertain && (
            <span class="muted small">
              {' '}
              (elected {then.membership.from ? formatDate(then.membership.from) : 'then'}; the data cannot confirm they
              still sat on this date)
            </span>
          )}
        </>
      ) : (
        <span class="muted">not an MP at this date, according to the data</span>
      )}
    </p>
  );
}

/**
 * An MP at the article's date and now, their NHS votes, bills and recorded stances. On a page without a date
 * (`articleDate` null) the card says so and shows the MP as of today only.
 */
/** "Health Secretary on 14 March 2016", linked to the post's source; nothing without a dated page and a post behind it. */
function RoleAtArticleDate({
  posts,
  role,
  articleDate,
}: {
  posts: Post[];
  role: string | null;
  articleDate: string | null;
}) {
  const post = role && articleDate ? postOn(posts, role, articleDate) : null;
  if (!post || !role || !articleDate) return null;
  return (
    <p class="role-at-date">
      <SourceLink source={post.sources[0]}>{roleOnDate(role, articleDate)}</SourceLink>
    </p>
  );
}

export function MpCard({
  details,
  articleDate,
  actions,
  role,
}: {
  details: PersonDetails;
  articleDate: string | null;
  actions?: ComponentChildren;
  /** The post the page named them by ("the Health Secretary"): the card says so, with its source. */
  role?: string | null;
}) {
  const { person, memberships, votingRecords, policies, sponsoredBills, stances } = details;
  const now = currentSeat(memberships);
  const lastServed = lastKnownServiceDate(memberships);
  const policyById = new Map(policies.map((policy) => [policy.id, policy]));
  return (
    <CardFrame
      label={`${person.name}, MP`}
      kicker={person.sitting ? 'Member of Parliament' : 'Former MP'}
      actions={actions}
    >
      <h2>
        {person.name}
        {/* Drawn by the stylesheet, not held as text: a page can search the text of a closed shadow root
            (window.find), and finding "Your MP" on a card would tell it who the reader's MP is. */}
        {details.yourMp && <span class="badge your-mp" data-label="Your MP" />}
      </h2>
      <RoleAtArticleDate posts={details.posts ?? []} role={role ?? null} articleDate={articleDate} />
      <SeatAtArticleDate memberships={memberships} articleDate={articleDate} />
      <p>
        <span class="muted">Now: </span>
        {person.sitting && now ? (
          <SourceLink source={now.sources[0]}>{seatLine(now)}</SourceLink>
        ) : (
          <span>Former MP{lastServed ? `; last recorded in the Commons ${formatDate(lastServed)}` : ''}</span>
        )}
      </p>

      <h3>NHS votes</h3>
      {votingRecords.length ? (
        <ul>
          {votingRecords.map((record) => (
            <VotingSummary key={record.id} record={record} policy={policyById.get(record.policyId)} />
          ))}
        </ul>
      ) : (
        <p class="gap">No recorded votes on these NHS policies.</p>
      )}

      {sponsoredBills.length > 0 && (
        <>
          <h3>Bills sponsored</h3>
          <ul>
            {sponsoredBills.map((bill) => (
              <li key={bill.id}>
                <SourceLink source={bill.sources[0]}>{bill.shortTitle}</SourceLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {stances.length > 0 && (
        <>
          <h3>Stances recorded by campaigners</h3>
          <ul>
            {stances.map((stance) => (
              <li key={stance.id}>
                <SourceLink source={stance.sources[0]}>
                  {stance.position} {stance.subject.kind === 'dispute' ? 'the doctors’ dispute' : stance.subject.billId}
                </SourceLink>{' '}
                <span class="muted small">({formatDate(stance.date)})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <div class="links">
        {person.sources.map((source) => (
          <SourceLink key={source.url} source={source} />
        ))}
      </div>
    </CardFrame>
  );
}
