/**
 * Every message between Bevan's parts, declared once. The content script and
 * the extension pages reach the dataset only through these requests (the
 * database lives in the background: a content script's IndexedDB would belong
 * to the news site). Both ends validate: `sendRequest` checks the request
 * before sending and the response after; the background checks the request on
 * arrival and its own response before answering.
 */
import { z } from './data/zod';
import {
  Bill,
  BillId,
  DisputeEvent,
  Division,
  IsoDate,
  Membership,
  MnisId,
  NhsPolicy,
  Person,
  Stance,
  VotingRecord,
} from './data/schema';
import { AnnotationSettings } from './annotation-settings';
import { LetterTemplates } from './letters/templates';
import { YourMp } from './your-mp';
import { feedRequests } from './feeds/feed-requests';
import { packRequests } from './packs/pack-requests';

/** Records campaigners may write from the editor. */
export const EditableRecord = z.lazy(() =>
  z.discriminatedUnion('store', [
    z.object({ store: z.literal('bills'), record: Bill }),
    z.object({ store: z.literal('stances'), record: Stance }),
    z.object({ store: z.literal('disputeEvents'), record: DisputeEvent }),
  ]),
);
export type EditableRecord = z.infer<typeof EditableRecord>;
export const EditableStore = z.enum(['bills', 'stances', 'disputeEvents']);

export const DatasetStatus = z.lazy(() =>
  z.object({
    schemaVersion: z.int(),
    bundledVersion: z.nullable(z.string()),
    counts: z.record(z.string(), z.int().check(z.nonnegative())),
  }),
);

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

/**
 * What a content script's first look at a page needs (see utils/matching/compile.ts), the same at every article
 * date:
 * - `cues`: `<first word> <start of the second word>` lines, in code-unit order, of every name and bill title;
 * - `cuePattern`: regular-expression source (no flags) that finds their first words followed by a space (group 1),
 *   or any name of one word; empty when there are none;
 * - `billCuePattern`: the same for bills' titles alone, for pages where no MP is annotated.
 */
export const PackedCues = z.object({
  version: z.string(),
  cues: z.string(),
  cuePattern: z.string(),
  billCuePattern: z.string(),
});
export type PackedCues = z.infer<typeof PackedCues>;

/**
 * A compiled matcher for one article date, as it travels to a content script: line-separated strings, aligned line
 * by line, cheap to send, validate and split (see utils/matching/compile.ts).
 * - `names`: the forms, in code-unit order;
 * - `targets`: for each form, `mp <id>`, `mp? <id>,<id>` (ambiguous), `bill <id>`, `surname <id>,<id>…` or
 *   `actref <bill id>,<bill id>…`;
 * - `surnames`: `<MNIS id> <form>|<form>…`, one MP a line, in code-unit order.
 */
export const PackedMatcher = z.object({
  ...PackedCues.shape,
  articleDate: IsoDate,
  names: z.string(),
  targets: z.string(),
  surnames: z.string(),
});
export type PackedMatcher = z.infer<typeof PackedMatcher>;

export const SiteStatus = z.object({
  /** Null for pages Bevan never runs on (browser pages, files). */
  host: z.nullable(z.string()),
  state: z.enum(['default', 'default-off', 'added', 'off']),
  runs: z.boolean(),
});
export type SiteStatus = z.infer<typeof SiteStatus>;

export const PersonSummary = z.object({ id: MnisId, name: z.string(), sitting: z.boolean() });

export const Constituency = z.object({
  constituency: z.string(),
  mp: z.object({ id: MnisId, name: z.string(), party: z.string() }),
});

/** The reader's MP as Bevan's own pages show it (never sent to a content script). */
export const YourMpView = z.object({
  ...YourMp.shape,
  mp: z.nullable(z.object({ ...Constituency.shape.mp.shape, email: z.nullable(z.string()) })),
});
export type YourMpView = z.infer<typeof YourMpView>;

/** What a letter is about: the card's subject. */
export const LetterSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mp'), id: MnisId }),
  z.object({ kind: z.literal('bill'), id: BillId }),
  z.object({ kind: z.literal('dispute') }),
]);
export type LetterSubject = z.infer<typeof LetterSubject>;

export const WriteOutcome = z.discriminatedUnion('outcome', [
  /** The letter opened: WriteToThem in a new tab, or the reader's email app. */
  z.object({ outcome: z.literal('opened'), via: z.enum(['writetothem', 'email']) }),
  /** No postcode or constituency yet: the reader chooses first, then the letter continues. */
  z.object({ outcome: z.literal('needs-setup') }),
]);
export type WriteOutcome = z.infer<typeof WriteOutcome>;

/**
 * Each request: its payload, the data its answer carries, and whether it
 * changes user data (privileged: accepted only from Bevan's own pages, never
 * from a content script running inside a web page).
 */
export const requests = {
  // Each feature's requests live beside it (one file per feature); they are one table here.
  ...feedRequests,
  ...packRequests,
  getStatus: { request: z.object({}), response: DatasetStatus, privileged: false },
  /**
   * What a content script starts with, in one request (each costs the page a fraction of a millisecond to send):
   * whether Bevan runs on the page, the first look's cues (null where it does not run) and the per-page cap.
   */
  startPage: {
    request: z.object({ url: z.string().check(z.maxLength(4096)) }),
    response: z.object({ site: SiteStatus, cues: z.nullable(PackedCues), settings: AnnotationSettings }),
    privileged: false,
  },
  /** The first look's cues: all a page with nothing to annotate needs (asked again when a campaigner adds a bill). */
  getCues: { request: z.object({}), response: PackedCues, privileged: false },
  /** The whole matcher, asked for once the first look has found something. */
  getMatcher: { request: z.object({ articleDate: IsoDate }), response: PackedMatcher, privileged: false },
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
  /** Starts the card UI in the asking tab (utils/page/card-ui.ts); answered once it is there. */
  startCardUi: { request: z.object({}), response: z.object({ started: z.boolean() }), privileged: false },
  getAnnotationSettings: { request: z.object({}), response: AnnotationSettings, privileged: false },
  setAnnotationSettings: { request: AnnotationSettings, response: AnnotationSettings, privileged: true },
  getSiteStatus: {
    request: z.object({ url: z.string().check(z.maxLength(4096)) }),
    response: SiteStatus,
    privileged: false,
  },
  setSiteEnabled: {
    request: z.object({ url: z.string().check(z.maxLength(4096)), enabled: z.boolean(), tabId: z.nullable(z.int()) }),
    response: SiteStatus,
    privileged: true,
  },
  listConstituencies: { request: z.object({}), response: z.array(Constituency), privileged: false },
  getYourMp: { request: z.object({}), response: YourMpView, privileged: true },
  /** Both null forgets the reader's MP. `continueLetter`: open the letter the reader asked for before choosing. */
  setYourMp: {
    request: z.object({
      postcode: z.nullable(z.string().check(z.maxLength(12))),
      constituency: z.nullable(z.string().check(z.maxLength(120))),
      continueLetter: z._default(z.boolean(), false),
    }),
    response: z.object({ yourMp: YourMpView, letter: z.nullable(WriteOutcome) }),
    privileged: true,
  },
  /**
   * Opens a letter to the reader's MP about a card's subject. The background
   * builds and opens it: the postcode and the MP's address never reach the page.
   */
  writeToMp: {
    request: z.object({
      about: LetterSubject,
      article: z.nullable(
        z.object({ title: z.string().check(z.maxLength(1000)), url: z.string().check(z.maxLength(4096)) }),
      ),
    }),
    response: WriteOutcome,
    privileged: false,
  },
  getLetterTemplates: { request: z.object({}), response: LetterTemplates, privileged: true },
  setLetterTemplates: { request: LetterTemplates, response: LetterTemplates, privileged: true },
  saveRecord: { request: EditableRecord, response: z.object({ id: z.string() }), privileged: true },
  deleteRecord: {
    request: z.object({ store: EditableStore, id: z.string().check(z.minLength(1)) }),
    response: z.object({ deleted: z.boolean() }),
    privileged: true,
  },
} as const;

export type RequestType = keyof typeof requests;
export type RequestOf<T extends RequestType> = z.input<(typeof requests)[T]['request']>;
export type ParsedRequestOf<T extends RequestType> = z.output<(typeof requests)[T]['request']>;
export type ResponseOf<T extends RequestType> = z.output<(typeof requests)[T]['response']>;

export const ErrorCode = z.enum(['invalid-request', 'forbidden', 'not-found', 'conflict', 'internal', 'unreachable']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Errors are values: the UI shows `message` as it is. */
export const MessageError = z.object({ code: ErrorCode, message: z.string() });
export type MessageError = z.infer<typeof MessageError>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

const requestTypes = Object.keys(requests) as [RequestType, ...RequestType[]];

/** The envelope as it travels: `{ type, payload }`. */
export const Envelope = z.object({ type: z.enum(requestTypes), payload: z.unknown() });
export type Envelope = z.infer<typeof Envelope>;

const ResultEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: MessageError }),
]);

export function failure(code: ErrorCode, message: string): { ok: false; error: MessageError } {
  return { ok: false, error: { code, message } };
}

/** Turns zod issues into one readable sentence naming each offending field by its path. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : 'value'}: ${issue.message}`)
    .join('; ');
}

export function parseRequest<T extends RequestType>(type: T, payload: unknown): Result<ParsedRequestOf<T>> {
  const parsed = requests[type].request.safeParse(payload);
  return parsed.success
    ? { ok: true, data: parsed.data as ParsedRequestOf<T> }
    : failure('invalid-request', describeIssues(parsed.error));
}

export function parseResponse<T extends RequestType>(type: T, raw: unknown): Result<ResponseOf<T>> {
  const envelope = ResultEnvelope.safeParse(raw);
  if (!envelope.success) return failure('internal', 'The background answered in an unexpected form.');
  if (!envelope.data.ok) return envelope.data;
  const data = requests[type].response.safeParse(envelope.data.data);
  return data.success
    ? { ok: true, data: data.data as ResponseOf<T> }
    : failure('internal', `The background's answer did not validate: ${describeIssues(data.error)}`);
}

/** What the transport needs: `browser.runtime.sendMessage`, or a stand-in in tests. */
export type SendMessage = (message: Envelope) => Promise<unknown>;

/** Sends a typed request; never throws: transport and validation failures come back as errors. */
export async function sendRequest<T extends RequestType>(
  send: SendMessage,
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  const request = parseRequest(type, payload);
  if (!request.ok) return request;
  try {
    return parseResponse(type, await send({ type, payload: request.data }));
  } catch (error) {
    return failure('unreachable', `Bevan's background is not answering (${errorMessage(error)}).`);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The shape of `askBackground`, so that components can be given a stand-in in tests. */
export type Ask = <T extends RequestType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;

/** The kinds of thing Bevan finds on a page. */
export const MentionKind = z.enum(['mp', 'bill', 'dispute']);

/**
 * What Bevan's pages and background tell a tab's content script: the names to
 * look for changed (a campaigner edited a bill); the reader switched Bevan off
 * on this site; a question from the popup, how many mentions it found, or
 * which (`listMentions`, also for tests and tools); or a move to a mention, by
 * the keyboard command or from the popup's "On this page".
 */
export const TabEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('matcherChanged') }),
  z.object({ type: z.literal('siteSwitchedOff') }),
  z.object({ type: z.literal('getPageSummary') }),
  z.object({ type: z.literal('listMentions') }),
  z.object({ type: z.literal('moveToMention'), direction: z.enum(['next', 'previous']) }),
  z.object({ type: z.literal('showMention'), kind: MentionKind, id: z.string().check(z.maxLength(2000)) }),
  /** The letter a card asked for before the reader chose their MP has opened (see setYourMp). */
  z.object({ type: z.literal('letterOpened'), via: z.enum(['writetothem', 'email']) }),
]);
export type TabEvent = z.infer<typeof TabEvent>;
export const PageSummary = z.object({
  mentions: z.int().check(z.nonnegative()),
  articleDate: IsoDate,
  /** False where the browser cannot draw highlights (no CSS Custom Highlight API): Bevan then leaves pages alone. */
  canDraw: z.optional(z.boolean()),
});
export type PageSummary = z.infer<typeof PageSummary>;

/** One mention, as a tab's content script lists them (`listMentions`), in page order. */
export const ListedMention = z.object({
  kind: MentionKind,
  /** An MNIS id, a bill id, the dispute's id, or several MNIS ids (comma-separated) for an ambiguous name. */
  id: z.string(),
  /** The words on the page. */
  text: z.string(),
  /** Up to 60 characters either side of the mention, and the mention. */
  context: z.string(),
  /** Its first box, in viewport coordinates when the answer was made. */
  rect: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
});
export type ListedMention = z.infer<typeof ListedMention>;
export const MentionList = z.object({ mentions: z.array(ListedMention) });
export type MentionList = z.infer<typeof MentionList>;
