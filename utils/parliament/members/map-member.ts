/**
 * From the Members API's two answers about one member to the facts Bevan keeps. Pure: the answers are already
 * validated; what is checked here is that both describe the member asked for, since a published sample of the
 * Biography answer mixes two members.
 */
import type { ApiBiographyItem, BiographyAnswer, MemberAnswer } from './api';
import { selfMemberId } from './api';
import { MemberFacts, type LiveHouse, type LivePost } from './facts';

export type MappedMember = { ok: true; facts: MemberFacts } | { ok: false; reason: string };

const day = (instant: string) => instant.slice(0, 10);

function houseOf(house: number): LiveHouse | null {
  return house === 1 ? 'Commons' : house === 2 ? 'Lords' : null;
}

function byStart<T extends { start: string }>(a: T, b: T): number {
  return a.start.localeCompare(b.start);
}

function span(item: ApiBiographyItem) {
  return { start: day(item.startDate), end: item.endDate === null ? null : day(item.endDate) };
}

function posts(items: readonly ApiBiographyItem[], kind: LivePost['kind']): LivePost[] {
  return items.map((item) => ({
    title: item.name.trim(),
    kind,
    department: item.additionalInfo?.trim() || null,
    ...span(item),
  }));
}

export function mapMember(id: number, member: MemberAnswer, biography: BiographyAnswer): MappedMember {
  if (member.value.id !== id) return { ok: false, reason: `the member record is for ${member.value.id}, not ${id}` };
  for (const [what, links] of [
    ['member record', member.links],
    ['biography', biography.links],
  ] as const) {
    const named = selfMemberId(links);
    if (named !== null && named !== id) return { ok: false, reason: `the ${what} is for member ${named}, not ${id}` };
  }
  const bio = biography.value;
  const latest = member.value.latestHouseMembership;
  const seats = bio.representations
    .filter((item) => item.house === 1)
    .map((item) => ({ constituency: item.name.trim(), constituencyId: item.id, ...span(item) }))
    .sort(byStart);
  // The two answers must agree on the member's latest Commons seat: else they describe different people.
  if (latest && latest.house === 1 && latest.membershipFromId !== null && seats.length > 0) {
    if (!seats.some((seat) => seat.constituencyId === latest.membershipFromId)) {
      return { ok: false, reason: `the biography does not list the member's seat, ${latest.membershipFrom}` };
    }
  }
  const parties = bio.partyAffiliations.flatMap((item) => {
    const house = houseOf(item.house);
    return house ? [{ party: item.name.trim(), partyId: item.id, house, ...span(item) }] : [];
  });
  const houses = bio.houseMemberships.flatMap((item) => {
    const house = houseOf(item.house);
    return house ? [{ house, ...span(item) }] : [];
  });
  const status = latest?.membershipStatus ?? null;
  const ended = latest?.membershipEndDate ?? null;
  const facts = {
    id,
    name: member.value.nameDisplayAs.trim(),
    seats,
    parties: parties.sort(byStart),
    posts: [
      ...posts(bio.governmentPosts, 'government'),
      ...posts(bio.oppositionPosts, 'opposition'),
      ...posts(bio.otherPosts, 'other'),
    ].sort(byStart),
    houses: houses.sort(byStart),
    current: {
      house: latest ? houseOf(latest.house) : null,
      active: status?.statusIsActive === true && ended === null,
      status: status?.statusDescription?.trim() || null,
      party: member.value.latestParty?.name.trim() || null,
      constituency: latest?.membershipFrom?.trim() || null,
      left: ended === null ? null : day(ended),
      leftReason: ended === null ? null : latest?.membershipEndReason?.trim() || null,
    },
  };
  // The mapped facts pass the same schema they are read back with: a name with markup, or a date that is not a real
  // day, refuses the answer here rather than on the card.
  const checked = MemberFacts.safeParse(facts);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.')}: ${issue.message}` };
  }
  return { ok: true, facts: checked.data };
}

/** A stored record's data read back, or null when it no longer fits (an older or damaged record). */
export function readMemberFacts(data: unknown): MemberFacts | null {
  const checked = MemberFacts.safeParse(data);
  return checked.success ? checked.data : null;
}
