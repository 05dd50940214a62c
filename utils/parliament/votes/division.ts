/**
 * A Commons division as Bevan keeps it (`liveFacts`, `division/<id>`; fetched once, since a division never
 * changes), and how one MP voted in it, in words that never call a missing vote "absent".
 */
import { IsoDate } from '../../data/schema';
import { z } from '../../data/zod';
import type { DivisionAnswer } from './api';

const ids = z.array(z.int().check(z.positive()));

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
  });
  return stored.success ? stored.data : null;
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
