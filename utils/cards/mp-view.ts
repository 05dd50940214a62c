/**
 * What an MP's card says about them at the article's date and now, from the bundled data and, once they arrive, the
 * live facts from Parliament's Members API. Pure, so that each rule is shown by a unit test: live facts replace the
 * bundled ones and need no hedge; without them, the bundled facts keep theirs.
 */
import { currentSeat, lastKnownServiceDate, seatAt as bundledSeatAt } from '../data/memberships';
import type { Bill, Membership, Source } from '../data/schema';
import { formatDate } from '../dates';
import {
  leftCommonsOn,
  leftCommonsReason,
  partyAt,
  postsAt,
  seatAt,
  sitsInCommonsNow,
} from '../parliament/members/at-date';
import { memberPageUrl, type LivePost, type MemberFacts } from '../parliament/members/facts';

/** A post from the bundled data (the `posts` store), where the dataset has it. */
export interface BundledPost {
  title: string;
  start: string;
  end: string | null;
  sources: Source[];
}

/** The live facts as the card knows them: still being checked, or the background's answer. */
export type LiveState =
  | { status: 'checking' }
  | {
      status: 'answered';
      facts: MemberFacts | null;
      checkedAt: string | null;
      problem: string | null;
      off: boolean;
    };

export interface Line {
  text: string;
  source: Source | null;
}

export interface MpView {
  /** Null when the article's date is unknown. */
  then: {
    date: string;
    /** "Secretary of State for Health on 14 March 2016": why the MP is in the article, first. */
    posts: Line[];
    seat: Line | null;
    /** Said instead of the seat when there is none. */
    noSeat: string;
    /** What the sources leave open, said beside the seat; null when nothing is. */
    hedge: string | null;
  } | null;
  now: { sitting: boolean; seat: Line | null; posts: Line[]; left: string | null };
  /** Where the facts came from: Parliament, checked on a day, or Bevan's own data and why. */
  provenance: { kind: 'checking' | 'checked' | 'bundled'; text: string; source: Source | null };
}

export function liveSource(id: number): Source {
  return { url: memberPageUrl(id), label: 'UK Parliament, Members API' };
}

/** A post's title, with its department when the title alone does not say which ("Parliamentary Under-Secretary of State"). */
export function postTitle(post: LivePost): string {
  const department = post.department;
  if (!department || post.title.includes(department) || /\(| for /.test(post.title)) return post.title;
  return `${post.title}, ${department}`;
}

function coversBundled(post: BundledPost, date: string): boolean {
  return post.start <= date && (post.end === null || date <= post.end);
}

function live(state: LiveState | undefined): MemberFacts | null {
  return state?.status === 'answered' ? state.facts : null;
}

function provenance(state: LiveState | undefined, id: number): MpView['provenance'] {
  if (!state || state.status === 'checking') {
    return { kind: 'checking', text: 'Checking with Parliament for the latest facts…', source: null };
  }
  if (state.facts && state.checkedAt) {
    const checked = formatDate(state.checkedAt.slice(0, 10));
    const note = state.problem ? ` Parliament could not be asked again: ${state.problem}` : '';
    return { kind: 'checked', text: `Checked with Parliament on ${checked}.${note}`, source: liveSource(id) };
  }
  const why = state.problem ?? 'Parliament has no record to add.';
  return { kind: 'bundled', text: `Showing Bevan’s own data. ${why}`, source: null };
}

export function mpView(input: {
  id: number;
  sitting: boolean;
  memberships: readonly Membership[];
  bundledPosts: readonly BundledPost[];
  articleDate: string | null;
  live: LiveState | undefined;
  today: string;
  /** The title of the post the card already names the MP by ("Health Secretary on …"): not said twice. */
  roleTitle?: string | null;
}): MpView {
  const facts = live(input.live);
  const roleTitle = input.roleTitle?.toLowerCase();
  const notTheRole = (title: string) => title.toLowerCase() !== roleTitle;
  const source = liveSource(input.id);
  let then: MpView['then'] = null;
  if (input.articleDate !== null) {
    const date = input.articleDate;
    const on = formatDate(date);
    if (facts) {
      const seat = seatAt(facts, date);
      const party = partyAt(facts, date);
      then = {
        date,
        posts: postsAt(facts, date)
          .map(postTitle)
          .filter(notTheRole)
          .map((title) => ({ text: `${title} on ${on}`, source })),
        seat: seat ? { text: party ? `${party.party}, ${seat.constituency}` : seat.constituency, source } : null,
        noSeat: 'not an MP on this date, according to Parliament',
        hedge: null,
      };
    } else {
      const bundled = bundledSeatAt(input.memberships, date);
      const membership = bundled?.membership;
      then = {
        date,
        posts: input.bundledPosts
          .filter((post) => coversBundled(post, date) && notTheRole(post.title))
          .map((post) => ({ text: `${post.title} on ${on}`, source: post.sources[0] ?? null })),
        seat: membership
          ? { text: `${membership.party}, ${membership.constituency}`, source: membership.sources[0] ?? null }
          : null,
        noSeat: 'not an MP at this date, according to the data',
        hedge:
          bundled?.uncertain && membership
            ? `elected ${membership.from ? formatDate(membership.from) : 'then'}; the data cannot confirm they still sat on this date`
            : null,
      };
    }
  }
  return { then, now: nowView(input, facts, source), provenance: provenance(input.live, input.id) };
}

function nowView(
  input: { memberships: readonly Membership[]; sitting: boolean; today: string },
  facts: MemberFacts | null,
  source: Source,
): MpView['now'] {
  if (facts) {
    const posts = postsAt(facts, input.today).map((post) => ({ text: postTitle(post), source }));
    if (sitsInCommonsNow(facts)) {
      const seat = facts.current.constituency;
      const party = facts.current.party;
      return {
        sitting: true,
        seat: seat ? { text: party ? `${party}, ${seat}` : seat, source } : null,
        posts,
        left: null,
      };
    }
    const leftOn = leftCommonsOn(facts);
    const reason = leftCommonsReason(facts);
    const lords = facts.current.active && facts.current.house === 'Lords' ? '; now in the House of Lords' : '';
    return {
      sitting: false,
      seat: null,
      posts,
      left: `Former MP${leftOn ? `; left the Commons on ${formatDate(leftOn)}` : ''}${reason ? ` (${reasonWords(reason)})` : ''}${lords}`,
    };
  }
  const now = currentSeat(input.memberships);
  if (input.sitting && now) {
    return {
      sitting: true,
      seat: { text: `${now.party}, ${now.constituency}`, source: now.sources[0] ?? null },
      posts: [],
      left: null,
    };
  }
  const lastServed = lastKnownServiceDate(input.memberships);
  return {
    sitting: false,
    seat: null,
    posts: [],
    left: `Former MP${lastServed ? `; last recorded in the Commons ${formatDate(lastServed)}` : ''}`,
  };
}

/** The Members API's reasons a membership ended, as a reader says them; any other reason is shown as given. */
function reasonWords(reason: string): string {
  const words: Record<string, string> = {
    death: 'died',
    deceased: 'died',
    resigned: 'resigned',
    resignation: 'resigned',
    'defeated at election': 'lost the seat at the election',
    defeated: 'lost the seat at the election',
    'did not stand': 'did not stand again',
    retired: 'did not stand again',
    'recall petition': 'removed by a recall petition',
    'elevated to the peerage': 'made a peer',
  };
  return words[reason.trim().toLowerCase()] ?? reason;
}

/** A bill's stage that ended without a division: no MP has a vote on record for it. */
export interface UndividedStage {
  date: string;
  text: string;
  source: Source;
}

const DAY_MS = 86_400_000;

/**
 * Stages of the given bills within `windowDays` of the date whose outcome the sources give as "no division" (a bill
 * talked out, say): the card says there was no vote, rather than leave a reader looking for one.
 */
export function undividedStages(bills: readonly Bill[], date: string, windowDays = 31): UndividedStage[] {
  const at = Date.parse(`${date}T00:00:00Z`);
  return bills.flatMap((bill) =>
    bill.stages
      .filter(
        (stage) =>
          stage.outcome !== null &&
          /\bno division\b/i.test(stage.outcome) &&
          Math.abs(Date.parse(`${stage.date}T00:00:00Z`) - at) <= windowDays * DAY_MS,
      )
      .map((stage) => ({
        date: stage.date,
        text: `${formatDate(stage.date)}: the ${bill.shortTitle}, ${stage.stage}, ended without a division (${stage.outcome}), so no MP’s vote was recorded.`,
        source: stage.source,
      })),
  );
}
