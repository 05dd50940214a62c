/**
 * The Commons Votes API's answers Bevan reads: one division with every MP's vote (`/data/division/{id}.json`), and the
 * divisions of a day (`/data/divisions.json/search`), as zod schemas. Only the fields Bevan uses are named; others
 * are ignored, and a missing or mistyped one refuses the answer.
 */
import { z } from '../../data/zod';
import { ApiDate } from '../members/api';

export const ApiVoter = z.object({
  MemberId: z.int().check(z.positive()),
  Name: z.string(),
  /** Their party on the division's day, as Parliament lists it ("Labour", with "Co-op" as a sub-party). */
  Party: z._default(z.nullable(z.string()), null),
});

const voters = z._default(z.array(ApiVoter), []);

export const DivisionSummary = z.object({
  DivisionId: z.int().check(z.positive()),
  Date: ApiDate,
  Number: z.int().check(z.nonnegative()),
  Title: z.string(),
  AyeCount: z.int().check(z.nonnegative()),
  NoCount: z.int().check(z.nonnegative()),
  /** English votes for English laws (2015–21): which division it was, and for which country's MPs; '' when none. */
  EVELType: z._default(z.nullable(z.string()), ''),
  EVELCountry: z._default(z.nullable(z.string()), ''),
});
export type DivisionSummary = z.infer<typeof DivisionSummary>;

export const DivisionAnswer = z.object({
  ...DivisionSummary.shape,
  AyeTellers: voters,
  NoTellers: voters,
  Ayes: voters,
  Noes: voters,
  NoVoteRecorded: voters,
});
export type DivisionAnswer = z.infer<typeof DivisionAnswer>;

export const DivisionSearchAnswer = z.array(DivisionSummary);

/** The Commons Votes API has divisions from 2016 on. */
export const VOTES_API_FROM = '2016-01-01';

export const divisionPath = (id: number) => `/data/division/${id}.json`;
export const DIVISION_SEARCH_PATH = '/data/divisions.json/search';
/** The divisions of one day. */
export const daySearchQuery = (date: string) => ({
  'queryParameters.startDate': date,
  'queryParameters.endDate': date,
  'queryParameters.take': 50,
});

/** How many divisions meet a search: all of them between two days, or those in which one MP voted. */
export const SEARCH_TOTAL_PATH = '/data/divisions.json/searchTotalResults';
export const TotalAnswer = z.int().check(z.nonnegative());
/** The divisions between two days (inclusive); with `memberId`, those in which that MP voted or told. */
export const totalQuery = (from: string, to: string, memberId?: number) => ({
  'queryParameters.startDate': from,
  'queryParameters.endDate': to,
  ...(memberId === undefined
    ? {}
    : { 'queryParameters.memberId': memberId, 'queryParameters.includeWhenMemberWasTeller': 'true' }),
});

/** Parliament's page for a division, the source link of its votes. */
export const divisionPageUrl = (id: number) => `https://votes.parliament.uk/votes/commons/division/${id}`;
