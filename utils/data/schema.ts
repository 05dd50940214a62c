/**
 * The one truth about Bevan's data. Every record the extension stores, ships
 * or receives is validated here, and the TypeScript types are inferred from
 * these schemas. The dataset build script, the database and the message layer
 * all import from this file.
 */
import { z } from './zod';

// Record schemas are built on first use (`z.lazy`): building them all costs a
// content script ~20 ms at start-up, on every page, for cards that may never open.

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD'),
    z.refine(isRealDate, 'Not a real calendar date'),
  );

/** A date that may be known only to the month (`2023-07`): shown as such, never as a day. */
export const PartialDate = z.union([
  IsoDate,
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM-DD or YYYY-MM')),
]);

/**
 * A day, or only the month where no day is known (`2020-02`). One string check
 * rather than a union, so that a wrong value gets the same plain message as an IsoDate.
 */
export const DayOrMonth = z.string().check(
  z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Use a date in the form YYYY-MM-DD (or YYYY-MM if only the month is known)'),
  z.refine(
    (value: string) => (value.length === 7 ? /-(0[1-9]|1[0-2])$/.test(value) : isRealDate(value)),
    'Not a real calendar date',
  ),
);

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Only `https:` links are ever stored or shown. */
export const HttpsUrl = z
  .string()
  .check(z.maxLength(2048))
  .check(
    z.refine((value: string) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'Must be an https:// address'),
  );

export const Source = z.object({
  url: HttpsUrl,
  /** Who published it, e.g. "UK Parliament" or "newspaper (PA)". */
  label: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type Source = z.infer<typeof Source>;

/** A data pack's id: a short slug, the `<id>` in its records' origin `pack:<id>`. */
export const PackId = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use up to 64 lower-case letters, digits and hyphens'));

/** Where a record came from: the bundled dataset, the campaigner editor, or a data pack. */
export const Origin = z.union([z.literal('bundled'), z.literal('campaigner'), z.templateLiteral(['pack:', PackId])]);
export type Origin = z.infer<typeof Origin>;

/** UK Parliament member id (MNIS), as used by the Members and Commons Votes APIs. */
export const MnisId = z.int().check(z.positive());
/** TheyWorkForYou person id. */
export const TwfyId = z.int().check(z.positive());

/** Text shown as text: never markup. A pattern rather than a refinement, so that the published JSON Schema says so too. */
export const PlainText = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(/^[^<>]*$/, 'Plain text only: no < or > characters'));

const record = {
  sources: z.array(Source).check(z.minLength(1)),
  origin: Origin,
};

export const Person = z.lazy(() =>
  z.object({
    id: MnisId,
    twfyId: z.nullable(TwfyId),
    name: PlainText(120),
    /** Other spellings and forms the person is known by (titles, accents, nicknames). */
    nameVariants: z.array(PlainText(120)),
    /** Sitting in the Commons at the dataset's snapshot date. */
    sitting: z.boolean(),
    /** Official parliamentary email address, where the Members API gives one. */
    email: z.nullable(z.email()),
    ...record,
  }),
);
export type Person = z.infer<typeof Person>;

export const MembershipBasis = z.enum(['general-election', 'by-election', 'party-change', 'snapshot']);

/**
 * How much is known about when a spell ended:
 * - `exact`: the member left (or the Parliament dissolved) on `to`;
 * - `at-latest`: the Parliament dissolved on `to`; the sources do not say whether the member left earlier;
 * - `sitting`: still sitting at the dataset's snapshot (`to` is null);
 * - `unknown`: the sources do not say when the spell ended (`to` is null).
 */
export const MembershipEnd = z.enum(['exact', 'at-latest', 'sitting', 'unknown']);

export const Membership = z.lazy(() =>
  z
    .object({
      id: z.string().check(z.minLength(1), z.maxLength(120)),
      personId: MnisId,
      constituency: PlainText(120),
      party: PlainText(120),
      /** Null when the sources do not give the start (e.g. a by-election after 2015). */
      from: z.nullable(IsoDate),
      to: z.nullable(IsoDate),
      end: MembershipEnd,
      basis: MembershipBasis,
      /** For `snapshot` memberships: the date the snapshot describes. */
      asOf: z.nullable(IsoDate),
      /**
       * The nation of the seat, where the sources say: in an English-votes division (2015–21) only some nations' MPs
       * could vote. Optional: a campaigner's or an older dataset's spell has none.
       */
      country: z.optional(z.enum(['England', 'Scotland', 'Wales', 'Northern Ireland'])),
      ...record,
    })
    .check(
      z.refine((m) => (m.to === null) === (m.end === 'sitting' || m.end === 'unknown'), {
        message: 'A spell has an end date exactly when its end is exact or at-latest',
        path: ['to'],
      }),
      z.refine((m) => m.from === null || m.to === null || m.from <= m.to, {
        message: 'A spell cannot end before it starts',
        path: ['to'],
      }),
    ),
);
export type Membership = z.infer<typeof Membership>;

export const House = z.enum(['Commons', 'Lords', 'both', 'none']);

export const BillStage = z.lazy(() =>
  z.object({
    stage: PlainText(200),
    /** What happened at the stage, where the sources say (e.g. "talked out; no division"). */
    outcome: z.nullable(PlainText(300)),
    house: House,
    /** A day, or only the month where the source gives no day ("2020-02": shown as "February 2020", never as a day). */
    date: DayOrMonth,
    dateEnd: z.nullable(IsoDate),
    source: Source,
    /** True when the only source is second-hand. */
    secondary: z.boolean(),
  }),
);
export type BillStage = z.infer<typeof BillStage>;

export const BillId = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'Use lower-case letters, digits and hyphens'));

export const Bill = z.lazy(() =>
  z.object({
    id: BillId,
    shortTitle: PlainText(200),
    /** Other names the bill goes by on news pages ("NHS Reinstatement Bill"). */
    aliases: z.array(PlainText(200)),
    session: z.string().check(z.regex(/^\d{4}-\d{2}$/, 'Use a session such as 2015-16')),
    type: PlainText(120),
    house: PlainText(60),
    sponsorId: z.nullable(MnisId),
    /** As the sources name the sponsor; kept even when the MNIS id is known. */
    sponsorName: z.nullable(PlainText(120)),
    stages: z.array(BillStage),
    outcome: z.nullable(PlainText(400)),
    actTitle: z.nullable(PlainText(200)),
    /** The bill's id on bills.parliament.uk (and the Bills API), where a source confirmed it. */
    parliamentBillId: z.optional(z.int().check(z.positive())),
    /** The bill's long title ("A Bill to …"), where the sources give it. */
    longTitle: z.optional(PlainText(1000)),
    ...record,
  }),
);
export type Bill = z.infer<typeof Bill>;

export const VoteCounts = z.lazy(() =>
  z.object({
    with: z.number().check(z.nonnegative()),
    against: z.number().check(z.nonnegative()),
    absent: z.number().check(z.nonnegative()),
    abstained: z.number().check(z.nonnegative()),
  }),
);
export type VoteCounts = z.infer<typeof VoteCounts>;

export const NhsPolicy = z.lazy(() =>
  z.object({
    id: z.int().check(z.positive()),
    name: PlainText(200),
    /** The policy as TheyWorkForYou words it, completing "voted for/against …". */
    description: PlainText(400),
    divisionCount: z.int().check(z.nonnegative()),
    ...record,
  }),
);
export type NhsPolicy = z.infer<typeof NhsPolicy>;

/** TheyWorkForYou's summary of how one MP voted on one NHS policy, beside their party's average. */
export const VotingRecord = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    personId: MnisId,
    policyId: z.int().check(z.positive()),
    fromYear: z.int(),
    toYear: z.int(),
    /** Votes TheyWorkForYou counts as weak (procedural) and strong (decisive), as it publishes them. */
    votes: VoteCounts,
    strongVotes: VoteCounts,
    comparisonParty: z.nullable(z.string()),
    partyAverage: z.nullable(z.object({ votes: VoteCounts, strongVotes: VoteCounts })),
    ...record,
  }),
);
export type VotingRecord = z.infer<typeof VotingRecord>;

export const Division = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^pw-\d{4}-\d{2}-\d{2}-\d+-commons$/)),
    date: IsoDate,
    number: z.int().check(z.positive()),
    title: z.nullable(PlainText(300)),
    billId: z.nullable(BillId),
    ayes: z.nullable(z.int().check(z.nonnegative())),
    noes: z.nullable(z.int().check(z.nonnegative())),
    policyIds: z.array(z.int().check(z.positive())),
    verified: z.boolean(),
    ...record,
  }),
);
export type Division = z.infer<typeof Division>;

export const DisputeEventKind = z.enum(['ballot', 'strike', 'announcement', 'deal', 'other']);

export const DisputeEvent = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(120)),
    start: PartialDate,
    end: z.nullable(IsoDate),
    kind: DisputeEventKind,
    title: PlainText(300),
    details: z.nullable(PlainText(600)),
    /** False for partial dates, weak sources and rows the sources mark "not verified". */
    verified: z.boolean(),
    ...record,
  }),
);
export type DisputeEvent = z.infer<typeof DisputeEvent>;

export { DISPUTE_ID } from './ids';

export const StanceSubject = z.union([
  z.object({ kind: z.literal('bill'), billId: BillId }),
  z.object({ kind: z.literal('dispute') }),
]);

export const Stance = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(120)),
    personId: MnisId,
    subject: StanceSubject,
    position: z.enum(['supports', 'opposes', 'mixed', 'other']),
    date: IsoDate,
    note: z.nullable(PlainText(1000)),
    ...record,
  }),
);
export type Stance = z.infer<typeof Stance>;

/**
 * A post held for a time: a government or opposition post, or a committee chair ("Secretary of State for Health").
 * `role` is a stable key for the post across its renamings (e.g. `health-secretary`); `title` is the post's name as
 * held then. Bundled from the IfG Ministers Database and the health roles list, or read live from the Members API.
 */
export const Post = z.lazy(() =>
  z
    .object({
      id: z.string().check(z.minLength(1), z.maxLength(160)),
      personId: MnisId,
      role: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Use lower-case letters, digits and hyphens')),
      title: PlainText(200),
      start: IsoDate,
      /** Null while the post is held, or when the sources do not say when it ended. */
      end: z.nullable(IsoDate),
      ...record,
    })
    .check(
      z.refine((post) => post.end === null || post.start <= post.end, {
        message: 'A post cannot end before it starts',
        path: ['end'],
      }),
    ),
);
export type Post = z.infer<typeof Post>;

export const DATASET_FORMAT = 1;

/** The bundled dataset as `npm run dataset` writes it to public/data/. */
export const Dataset = z.lazy(() =>
  z.object({
    format: z.literal(DATASET_FORMAT),
    /** A hash of the content: a new value means the bundled records must be replaced. */
    version: z.string().check(z.minLength(8)),
    /** The date of the newest snapshot in the sources (the current MPs list). */
    snapshotDate: IsoDate,
    people: z.array(Person),
    memberships: z.array(Membership),
    bills: z.array(Bill),
    policies: z.array(NhsPolicy),
    votingRecords: z.array(VotingRecord),
    divisions: z.array(Division),
    disputeEvents: z.array(DisputeEvent),
    /** Added after format 1 was published: datasets without posts still load. */
    posts: z._default(z.array(Post), []),
  }),
);
export type Dataset = z.infer<typeof Dataset>;
