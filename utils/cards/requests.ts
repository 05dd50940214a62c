/**
 * The requests behind a card: an MP's, a bill's and the dispute's facts, the search for MPs, and starting the card
 * UI in a page. None changes data: content scripts may make them all.
 */
import {
  Bill,
  BillId,
  Division,
  HttpsUrl,
  IsoDate,
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
import { MemberFacts } from '../parliament/members/facts';
import { MemberVote, PartyFigures, PartyTurnout } from '../parliament/votes/division';
import { Attendance } from '../parliament/votes/attendance';
import { DivisionVotes, DivisionVotesRequest } from '../parliament/votes/division-votes';

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

/** An MP's live facts from Parliament's Members API, as stored, and whether they are worth asking for again. */
export const LiveMp = z.lazy(() =>
  z.object({
    facts: z.nullable(MemberFacts),
    /** When Parliament last gave these facts (an ISO instant). */
    checkedAt: z.nullable(z.iso.datetime()),
    /** Missing, or older than 7 days: the card asks again with `refresh`. */
    stale: z.boolean(),
    /** Why Parliament's answer is not here, in plain words. */
    problem: z.nullable(z.string().check(z.maxLength(400))),
    /** The reader turned "Check Parliament for updates" off. */
    off: z.boolean(),
  }),
);
export type LiveMp = z.infer<typeof LiveMp>;

/** How an MP voted in the NHS divisions nearest a date, from the Commons Votes API. */
export const LiveVotes = z.lazy(() =>
  z.object({
    divisions: z.array(
      z.object({
        key: z.string(),
        date: IsoDate,
        number: z.int(),
        title: z.string(),
        url: z.nullable(HttpsUrl),
        ayes: z.nullable(z.int()),
        noes: z.nullable(z.int()),
        vote: z.nullable(MemberVote),
        words: z.string(),
        party: z.nullable(PartyFigures),
      }),
    ),
    attendance: z.nullable(Attendance),
    attendanceGap: z.nullable(z.string().check(z.maxLength(400))),
    partyTurnout: z.nullable(PartyTurnout),
    problem: z.nullable(z.string().check(z.maxLength(400))),
    off: z.boolean(),
  }),
);
export type LiveVotes = z.infer<typeof LiveVotes>;

export const PersonSummary = z.object({ id: MnisId, name: z.string(), sitting: z.boolean() });

export const cardRequests = {
  getPerson: { request: z.object({ id: MnisId }), response: z.nullable(PersonDetails), privileged: false },
  getPeople: {
    request: z.object({ ids: z.array(MnisId).check(z.minLength(1), z.maxLength(10)) }),
    response: z.array(PersonDetails),
    privileged: false,
  },
  /**
   * An MP's live facts: the stored copy at once, or with `refresh`, after asking the Members API when that copy is
   * missing or stale. A card asks after its first paint, which never waits for the network.
   */
  getLiveMp: {
    request: z.object({ id: MnisId, refresh: z._default(z.boolean(), false) }),
    response: LiveMp,
    privileged: false,
  },
  /** How an MP voted in the NHS divisions nearest the article's date (today's when it has none), asked after first paint. */
  getLiveVotes: {
    request: z.object({ id: MnisId, date: IsoDate }),
    response: LiveVotes,
    privileged: false,
  },
  /** How the bill's sponsor and the MPs a page names voted in its Commons divisions, from the Commons Votes API. */
  getDivisionVotes: { request: DivisionVotesRequest, response: DivisionVotes, privileged: false },
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
