/**
 * A Commons division as Bevan keeps it (`liveFacts`, `division/<id>`; fetched once, since a division never
 * changes), and how one MP voted in it, in words that never call a missing vote "absent".
 */
import { IsoDate } from '../../data/schema';
import { z } from '../../data/zod';
import type { DivisionAnswer } from './api';

const ids = z.array(z.int().check(z.positive()));
const PartyName = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[^<>]*$/));
const Count = z.int().check(z.nonnegative());

export const StoredDivision = z.object({
  id: z.int().check(z.positive()),
  date: IsoDate,
  number: z.int().check(z.nonnegative()),
  title: z.string().check(z.maxLength(500), z.regex(/^[^<>]*$/)),
  ayeCount: z.int().check(z.nonnegative()),
  noCount: z.int().check(z.nonnegative()),
  /** Only MPs for seats in this country could vote (English votes for English laws); null for an ordinary division. */
  evelCountry: z.nullable(z.string().check(z.maxLength(60))),
  ayes: ids,
  noes: ids,
  ayeTellers: ids,
  noTellers: ids,
  noVoteRecorded: ids,
  /**
   * Every MP listed, by party as Parliament listed them that day: whose party figures a card shows. A division kept
   * before Bevan kept parties has none (no party figures; its votes are read as before).
   */
  parties: z._default(z.array(z.object({ name: PartyName, members: ids })), []),
});
export type StoredDivision = z.infer<typeof StoredDivision>;

export const divisionKey = (id: number) => `division/${id}`;
/** The divisions of a day, as the search gave them: id, number and title. */
export const dayKey = (date: string) => `divisions-on/${date}`;

export function toStoredDivision(answer: DivisionAnswer): StoredDivision | null {
  const member = (voter: { MemberId: number }) => voter.MemberId;
  const stored = StoredDivision.safeParse({
    id: answer.DivisionId,
    date: answer.Date.slice(0, 10),
    number: answer.Number,
    title: answer.Title.trim().replace(/[<>]/g, ''),
    ayeCount: answer.AyeCount,
    noCount: answer.NoCount,
    evelCountry: answer.EVELType && answer.EVELCountry ? answer.EVELCountry : null,
    ayes: answer.Ayes.map(member),
    noes: answer.Noes.map(member),
    ayeTellers: answer.AyeTellers.map(member),
    noTellers: answer.NoTellers.map(member),
    noVoteRecorded: answer.NoVoteRecorded.map(member),
    parties: partiesOf([answer.Ayes, answer.Noes, answer.AyeTellers, answer.NoTellers, answer.NoVoteRecorded].flat()),
  });
  return stored.success ? stored.data : null;
}

/** The MPs a division lists, grouped by the party it gives them (those listed without one are left out). */
function partiesOf(voters: readonly { MemberId: number; Party: string | null }[]): StoredDivision['parties'] {
  const byParty = new Map<string, number[]>();
  for (const { MemberId, Party } of voters) {
    const name = Party?.trim();
    if (name) byParty.set(name, [...(byParty.get(name) ?? []), MemberId]);
  }
  return [...byParty].map(([name, members]) => ({ name, members }));
}

/** How an MP's party voted in a division: its MPs the division lists, by what each did. */
export const PartyFigures = z.object({
  party: PartyName,
  ayes: Count,
  noes: Count,
  /** Tellers count as voting: they are counted in the division, for their side. */
  tellers: Count,
  noVoteRecorded: Count,
});
export type PartyFigures = z.infer<typeof PartyFigures>;

/** How often the MP's party voted in the divisions shown: its MPs' places in them, and how many they voted in. */
export const PartyTurnout = z.object({
  party: PartyName,
  /** Places of the party's MPs in the divisions, one an MP a division: those who voted or told, and the rest. */
  voted: Count,
  places: Count,
  divisions: Count,
});
export type PartyTurnout = z.infer<typeof PartyTurnout>;

/**
 * The figures of the party Parliament listed `memberId` under in this division; null where the MP is not listed with
 * a party, or their party does not vote (the Speaker and deputies, who preside; Sinn Féin, who do not take their seats).
 */
export function partyFigures(division: StoredDivision, memberId: number): PartyFigures | null {
  const party = division.parties.find((listed) => listed.members.includes(memberId));
  if (!party || /speaker/i.test(party.name) || isAbstentionistParty(party.name)) return null;
  const inParty = new Set(party.members);
  const counted = (list: readonly number[]) => list.filter((id) => inParty.has(id)).length;
  return {
    party: party.name,
    ayes: counted(division.ayes),
    noes: counted(division.noes),
    tellers: counted(division.ayeTellers) + counted(division.noTellers),
    noVoteRecorded: counted(division.noVoteRecorded),
  };
}

/**
 * How an MP voted: Aye, No, or a teller for either; or why there is no vote. Never "absent": a missing vote has many
 * reasons the record does not give.
 * - `not-eligible`: an English-votes division, and the MP's seat was outside the country whose MPs could vote;
 * - `presiding`: the Speaker or a deputy, in the chair, who do not vote;
 * - `abstentionist`: Sinn Féin's MPs do not take their seats;
 * - `not-an-mp`: not in the Commons on the division's day.
 */
export const MemberVote = z.enum([
  'aye',
  'no',
  'aye-teller',
  'no-teller',
  'no-vote-recorded',
  'not-eligible',
  'presiding',
  'abstentionist',
  'not-an-mp',
]);
export type MemberVote = z.infer<typeof MemberVote>;

export interface VoteContext {
  /** The MP held the Speaker's chair or a deputy's on the division's day. */
  presiding: boolean;
  /** Their party on the day, when known. */
  party: string | null;
  /** Whether they sat in the Commons on the day; null when Bevan cannot tell. */
  sitting: boolean | null;
  /** The country of their seat on the day, when known. */
  country: string | null;
}

/** How one MP voted: from the division's own lists first, then what explains a missing vote. */
export function memberVote(division: StoredDivision, memberId: number, context: VoteContext): MemberVote {
  if (division.ayeTellers.includes(memberId)) return 'aye-teller';
  if (division.noTellers.includes(memberId)) return 'no-teller';
  if (division.ayes.includes(memberId)) return 'aye';
  if (division.noes.includes(memberId)) return 'no';
  if (context.presiding || (context.party !== null && isSpeakerParty(context.party))) return 'presiding';
  if (context.party !== null && isAbstentionistParty(context.party)) return 'abstentionist';
  if (context.sitting === false) return 'not-an-mp';
  if (
    division.evelCountry !== null &&
    context.country !== null &&
    !countryIncludes(division.evelCountry, context.country)
  ) {
    return 'not-eligible';
  }
  return 'no-vote-recorded';
}

/** "England and Wales" includes Wales. */
function countryIncludes(evelCountry: string, country: string): boolean {
  return evelCountry
    .toLowerCase()
    .split(/\s*,\s*|\s+and\s+/)
    .includes(country.toLowerCase());
}

export function voteWords(vote: MemberVote, evelCountry: string | null): string {
  switch (vote) {
    case 'aye':
      return 'Aye';
    case 'no':
      return 'No';
    case 'aye-teller':
      return 'Teller for the Ayes';
    case 'no-teller':
      return 'Teller for the Noes';
    case 'no-vote-recorded':
      return evelCountry ? `No vote recorded (only MPs for seats in ${evelCountry} could vote)` : 'No vote recorded';
    case 'not-eligible':
      return `Not eligible: only MPs for seats in ${evelCountry ?? 'one country'} could vote`;
    case 'presiding':
      return 'Presiding: does not vote';
    case 'abstentionist':
      return 'Sinn Féin MPs do not take their seats';
    case 'not-an-mp':
      return 'Not an MP on this day';
  }
}

/** The Speaker stands for no party: the bundled data gives the Speaker's party as "Speaker". */
export function isSpeakerParty(party: string): boolean {
  return /^speaker$/i.test(party.trim());
}

/** Sinn Féin's MPs do not take their seats, so never vote. */
export function isAbstentionistParty(party: string): boolean {
  return /^sinn f[eé]in$/i.test(party.trim());
}

/** The Speaker's chair and the deputies' (the Chairman of Ways and Means and the two Deputy Chairmen). */
export function isPresidingPost(title: string): boolean {
  return /^(?:Speaker of the House of Commons|(?:First |Second )?Deputy Speaker|(?:First |Second )?Deputy Chairman of Ways and Means|Chairman of Ways and Means)\b/i.test(
    title.trim(),
  );
}
