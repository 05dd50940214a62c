import type { ComponentChildren } from 'preact';
import { mpView, undividedStages, type LiveState } from '@/utils/cards/mp-view';
import { sitsInCommonsNow } from '@/utils/parliament/members/at-date';
import { formatDate, todayIso } from '@/utils/dates';
import type { PersonDetails } from '@/utils/cards/requests';
import type { Post } from '@/utils/data/schema';
import { postOn, roleOnDate } from '@/utils/matching/roles';
import { pageLinks, type PageLink } from '@/utils/cards/page-links';
import type { PageNamed } from '@/utils/page/card-contract';
import { Provenance } from '../Provenance';
import { SourceLink } from '../SourceLink';
import { CardFrame } from './CardFrame';
import { MpFacts } from './mp/MpFacts';
import { NhsDivisions } from './mp/NhsDivisions';
import type { VotesState } from './mp/use-live-votes';
import { VotingSummary } from './mp/VotingSummary';

/** "Health Secretary on 14 March 2016", linked to the post's source, for an MP the page named by their post. */
function RoleAtArticleDate({
  post,
  role,
  articleDate,
}: {
  post: Post | null;
  role: string | null;
  articleDate: string | null;
}) {
  if (!post || !role || !articleDate) return null;
  return (
    <p class="role-at-date">
      <SourceLink source={post.sources[0]}>{roleOnDate(role, articleDate)}</SourceLink>
    </p>
  );
}

/** How the MP is linked to the bills and the dispute the page names; nothing when they are not. */
function OnThisPage({ links }: { links: PageLink[] }) {
  if (!links.length) return null;
  return (
    <>
      <h3>On this page</h3>
      <ul class="on-this-page">
        {links.map((link) => (
          <li key={link.key}>
            <SourceLink source={link.source}>{link.words}</SourceLink>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * An MP: first why they are in the article (their posts and seat at its date, and the bills they sponsored), then how
 * they voted in NHS divisions and on NHS policies, then the stances campaigners recorded. The bundled facts paint at once; `live`, the
 * Members API's facts, refines them in place when it arrives. On a page without a date (`articleDate` null) the card
 * says so and shows the MP as of today only.
 */
export function MpCard({
  details,
  articleDate,
  actions,
  live,
  votes,
  role,
  onPage,
  today = todayIso(),
}: {
  details: PersonDetails;
  articleDate: string | null;
  actions?: ComponentChildren;
  live?: LiveState;
  /** The MP's votes in the NHS divisions nearest the article's date, from Parliament; not shown when not given. */
  votes?: VotesState;
  /** The post the page named them by ("the Health Secretary"): the card says so, with its source. */
  role?: string | null;
  /** What else the page names: the card says how the MP is linked to it, first. */
  onPage?: PageNamed;
  today?: string;
}) {
  const { person, memberships, votingRecords, policies, sponsoredBills, stances, posts } = details;
  const rolePost = role && articleDate ? postOn(posts ?? [], role, articleDate) : null;
  const view = mpView({
    id: person.id,
    sitting: person.sitting,
    memberships,
    bundledPosts: posts ?? [],
    articleDate,
    live,
    today,
    roleTitle: rolePost?.title,
  });
  const facts = live?.status === 'answered' ? live.facts : null;
  const sitting = facts ? sitsInCommonsNow(facts) : person.sitting;
  const policyById = new Map(policies.map((policy) => [policy.id, policy]));
  return (
    <CardFrame label={`${person.name}, MP`} kicker={sitting ? 'Member of Parliament' : 'Former MP'} actions={actions}>
      <h2>
        {person.name}
        {/* Drawn by the stylesheet, not held as text: a page can search the text of a closed shadow root
            (window.find), and finding "Your MP" on a card would tell it who the reader's MP is. */}
        {details.yourMp && <span class="badge your-mp" data-label="Your MP" />}
      </h2>
      {/* The post the page named them by ("the Health Secretary"): why they are in the article. */}
      <RoleAtArticleDate post={rolePost} role={role ?? null} articleDate={articleDate} />
      {onPage && <OnThisPage links={pageLinks(details, onPage, articleDate)} />}
      <MpFacts view={view} />
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

      {articleDate !== null &&
        undividedStages(sponsoredBills, articleDate).map((stage) => (
          <p key={stage.date + stage.text} class="small">
            <SourceLink source={stage.source}>{stage.text}</SourceLink>
          </p>
        ))}
      {votes && <NhsDivisions state={votes} dated={articleDate !== null} />}

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
                <Provenance record={stance} note={stance.note} />
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
