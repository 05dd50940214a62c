/**
 * The editor's forms hold drafts: what the reader typed, as text, before it
 * is a record. Each kind of record has a draft made from a record (to edit
 * it), an empty one (to add one), and the id a new one is saved under. The
 * checks that turn a draft into a record are in record-checks.ts.
 */
import type {
  DisputeEventKind,
  House,
  DisputeEvent as DisputeEventRecord,
  Bill as BillRecord,
  Stance as StanceRecord,
} from '../data/schema';
import type { z } from '../data/zod';

export interface SourceDraft {
  url: string;
  label: string;
}

export interface StageDraft {
  stage: string;
  outcome: string;
  house: z.infer<typeof House>;
  date: string;
  dateEnd: string;
  sourceUrl: string;
  sourceLabel: string;
  secondary: boolean;
}

export interface PersonChoice {
  id: number;
  name: string;
}

export interface BillDraft {
  /** Empty for a bill not saved yet: its id is made from its title and session. */
  id: string;
  shortTitle: string;
  /** One name per line. */
  aliases: string;
  session: string;
  type: string;
  house: string;
  sponsor: PersonChoice | null;
  stages: StageDraft[];
  outcome: string;
  actTitle: string;
  sources: SourceDraft[];
  /** Facts the form has no field for (a sponsor without an MNIS id, such as a peer; the Parliament bill id), kept unchanged. */
  carried?: Pick<BillRecord, 'parliamentBillId' | 'longTitle'> & { sponsorName?: string };
}

export type Position = StanceRecord['position'];

export interface StanceDraft {
  id: string;
  person: PersonChoice | null;
  subjectKind: 'bill' | 'dispute';
  billId: string;
  position: Position | '';
  date: string;
  note: string;
  sources: SourceDraft[];
}

export type EventKind = z.infer<typeof DisputeEventKind>;

export interface DisputeEventDraft {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  start: string;
  end: string;
  kind: EventKind | '';
  title: string;
  details: string;
  verified: boolean;
  sources: SourceDraft[];
}

export const emptySource = (): SourceDraft => ({ url: '', label: '' });

export const emptyStage = (): StageDraft => ({
  stage: '',
  outcome: '',
  house: 'Commons',
  date: '',
  dateEnd: '',
  sourceUrl: '',
  sourceLabel: '',
  secondary: false,
});

export function emptyBillDraft(): BillDraft {
  return {
    id: '',
    shortTitle: '',
    aliases: '',
    session: '',
    type: "Private Member's Bill",
    house: 'Commons',
    sponsor: null,
    stages: [],
    outcome: '',
    actTitle: '',
    sources: [emptySource()],
  };
}

export function emptyStanceDraft(billId?: string): StanceDraft {
  return {
    id: '',
    person: null,
    subjectKind: billId ? 'bill' : 'dispute',
    billId: billId ?? '',
    position: '',
    date: '',
    note: '',
    sources: [emptySource()],
  };
}

export function emptyDisputeEventDraft(): DisputeEventDraft {
  return {
    id: '',
    start: '',
    end: '',
    kind: '',
    title: '',
    details: '',
    verified: true,
    sources: [emptySource()],
  };
}

export function billDraft(bill: BillRecord): BillDraft {
  return {
    id: bill.id,
    shortTitle: bill.shortTitle,
    aliases: bill.aliases.join('\n'),
    session: bill.session,
    type: bill.type,
    house: bill.house,
    sponsor: bill.sponsorId === null ? null : { id: bill.sponsorId, name: bill.sponsorName ?? `MP ${bill.sponsorId}` },
    stages: bill.stages.map((stage) => ({
      stage: stage.stage,
      outcome: stage.outcome ?? '',
      house: stage.house,
      date: stage.date,
      dateEnd: stage.dateEnd ?? '',
      sourceUrl: stage.source.url,
      sourceLabel: stage.source.label,
      secondary: stage.secondary,
    })),
    outcome: bill.outcome ?? '',
    actTitle: bill.actTitle ?? '',
    sources: bill.sources.map((source) => ({ ...source })),
    carried: {
      ...(bill.sponsorId === null && bill.sponsorName !== null ? { sponsorName: bill.sponsorName } : {}),
      ...(bill.parliamentBillId === undefined ? {} : { parliamentBillId: bill.parliamentBillId }),
      ...(bill.longTitle === undefined ? {} : { longTitle: bill.longTitle }),
    },
  };
}

export function stanceDraft(stance: StanceRecord, personName: string | null): StanceDraft {
  return {
    id: stance.id,
    person: { id: stance.personId, name: personName ?? `MP ${stance.personId}` },
    subjectKind: stance.subject.kind,
    billId: stance.subject.kind === 'bill' ? stance.subject.billId : '',
    position: stance.position,
    date: stance.date,
    note: stance.note ?? '',
    sources: stance.sources.map((source) => ({ ...source })),
  };
}

export function disputeEventDraft(event: DisputeEventRecord): DisputeEventDraft {
  return {
    id: event.id,
    start: event.start,
    end: event.end ?? '',
    kind: event.kind,
    title: event.title,
    details: event.details ?? '',
    verified: event.verified,
    sources: event.sources.map((source) => ({ ...source })),
  };
}

/** Lower-case letters, digits and hyphens, for ids made from titles. */
export function slugify(text: string, maxLength = 70): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** The id of a new record; `attempt` > 1 adds a suffix when the first choice is taken. */
export function withSuffix(id: string, attempt: number): string {
  return attempt <= 1 ? id : `${id}-${attempt}`;
}

export function newBillId(draft: Pick<BillDraft, 'shortTitle' | 'session'>): string {
  const title = slugify(draft.shortTitle);
  const session = slugify(draft.session, 7);
  const id = !session || title.endsWith(session) ? title : [title, session].filter(Boolean).join('-');
  return id.length >= 2 ? id : `bill-${id || 'new'}`;
}

export function newStanceId(draft: StanceDraft): string {
  const subject = draft.subjectKind === 'bill' ? slugify(draft.billId, 60) : 'dispute';
  return ['stance', draft.person?.id ?? 'mp', subject, draft.date || 'undated'].join('-');
}

export function newDisputeEventId(draft: DisputeEventDraft): string {
  return ['event', draft.start || 'undated', slugify(draft.title, 60)].filter(Boolean).join('-');
}

/** The stage houses a form offers, with the words it shows. */
export const STAGE_HOUSES: readonly { value: StageDraft['house']; label: string }[] = [
  { value: 'Commons', label: 'Commons' },
  { value: 'Lords', label: 'Lords' },
  { value: 'both', label: 'Both Houses' },
  { value: 'none', label: 'Outside Parliament' },
];

export const POSITIONS: readonly { value: Position; label: string }[] = [
  { value: 'supports', label: 'Supports' },
  { value: 'opposes', label: 'Opposes' },
  { value: 'mixed', label: 'Mixed views' },
  { value: 'other', label: 'Other (say in the note)' },
];

export const EVENT_KINDS: readonly { value: EventKind; label: string }[] = [
  { value: 'ballot', label: 'Ballot' },
  { value: 'strike', label: 'Strike' },
  { value: 'announcement', label: 'Announcement' },
  { value: 'deal', label: 'Deal' },
  { value: 'other', label: 'Other' },
];

/** Suggestions for the free-text fields of a bill, from the bundled bills and Parliament's usage. */
export const BILL_TYPES = [
  "Private Member's Bill",
  "Private Member's Bill (ballot bill)",
  "Private Member's Bill (presentation bill)",
  "Private Member's Bill (Ten Minute Rule)",
  'Government Bill',
  'Private Bill',
  'Hybrid Bill',
];
export const BILL_HOUSES = ['Commons', 'Lords', 'Commons (originating)', 'Lords (originating)'];
export const STAGE_NAMES = [
  '1st reading',
  '2nd reading',
  'Committee stage',
  'Public Bill Committee',
  'Report stage',
  '3rd reading',
  'Consideration of Lords amendments',
  'Ping-pong',
  'Royal Assent',
];
