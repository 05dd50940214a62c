/**
 * The requests behind a card: an MP's, a bill's and the dispute's facts, the search for MPs, and starting the card
 * UI in a page. None changes data: content scripts may make them all.
 */
import {
  Bill,
  BillId,
  Division,
  Membership,
  MnisId,
  NhsPolicy,
  Person,
  Post,
  Stance,
  VotingRecord,
  DisputeEvent,
} from '../data/schema';
import { z } from '../data/zod';

export const PersonDetails = z.lazy(() =>
  z.object({
    person: Person,
    /** The reader's own MP (their chosen constituency's member now): the card shows a badge. */
    yourMp: z.boolean(),
    memberships: z.array(Membership),
    votingRecords: z.array(VotingRecord),
    policies: z.array(NhsPolicy),
    sponsoredBills: z.array(Bill),
    stances: z.array(Stance),
    /** Posts held, from the bundled data (IfG Ministers Database, health roles list): for "Health Secretary on …". */
    posts: z.optional(z.array(Post)),
  }),
);
export type PersonDetails = z.infer<typeof PersonDetails>;

export const BillDetails = z.lazy(() =>
  z.object({
    bill: Bill,
    sponsor: z.nullable(Person),
    divisions: z.array(Division),
    stances: z.array(Stance),
  }),
);
export type BillDetails = z.infer<typeof BillDetails>;

export const PersonSummary = z.object({ id: MnisId, name: z.string(), sitting: z.boolean() });

export const cardRequests = {
  getPerson: { request: z.object({ id: MnisId }), response: z.nullable(PersonDetails), privileged: false },
  getPeople: {
    request: z.object({ ids: z.array(MnisId).check(z.minLength(1), z.maxLength(10)) }),
    response: z.array(PersonDetails),
    privileged: false,
  },
  getBill: { request: z.object({ id: BillId }), response: z.nullable(BillDetails), privileged: false },
  getDisputeTimeline: { request: z.object({}), response: z.array(DisputeEvent), privileged: false },
  searchPeople: {
    request: z.object({
      query: z.string().check(z.maxLength(100)),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(50)), 10),
    }),
    response: z.array(PersonSummary),
    privileged: false,
  },
  /** Starts the card UI in the asking tab (utils/page/card-contract.ts); answered once it is there. */
  startCardUi: { request: z.object({}), response: z.object({ started: z.boolean() }), privileged: false },
} as const;
