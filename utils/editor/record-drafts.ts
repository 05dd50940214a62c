/**
 * The editor's forms hold drafts: what the reader typed, as text, before it
 * is a record. Each kind of record has a draft made from a record (to edit
 * it), an empty one (to add one), and a check that turns a draft into a
 * record or says, field by field, what is wrong. The checks are the record
 * schemas of utils/data/schema.ts, plus what a form needs beyond them: a date
 * must not be in the future (a pack with one could not be imported), a range
 * must not end before it starts.
 */
import {
  Bill,
  DisputeEvent,
  DisputeEventKind,
  House,
  PartialDate,
  Stance,
  type DisputeEvent as DisputeEventRecord,
  type Bill as BillRecord,
  type Stance as StanceRecord,
} from '../data/schema';
import type { z } from '../data/zod';
import { fieldErrorsFromIssues, type FieldErrors } from './field-errors';

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

export type Checked<R> = { ok: true; record: R } | { ok: false; errors: FieldErrors };

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

/** Empty text is "not given": null in a record. */
const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** A source's label may be left empty: the site's own name stands in ("www.bbc.co.uk"). */
function hostOf(url: string): string {
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return '';
  }
}

function sourceOf(url: string, label: string) {
  return { url: url.trim(), label: label.trim() || hostOf(url) };
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

interface CheckContext {
  /** YYYY-MM-DD; nothing recorded may happen after it. */
  today: string;
  /** The id the record is saved under (a new record's is made by the caller). */
  id: string;
}

/** Dates a schema cannot judge: in the future, or an end before its start. */
function dateProblems(
  today: string,
  dates: { field: string; date: string | null }[],
  ranges: { field: string; start: string | null; end: string | null }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, date } of dates) {
    if (date && /^\d{4}-\d{2}(-\d{2})?$/.test(date) && date > today.slice(0, date.length)) {
      errors[field] = `In the future (today is ${today}): record what has happened`;
    }
  }
  for (const { field, start, end } of ranges) {
    if (start && end && !(field in errors) && end.slice(0, start.length) < start) {
      errors[field] = 'Ends before it starts';
    }
  }
  return errors;
}

function finish<R>(
  candidate: unknown,
  parsed: { success: true; data: R } | { success: false; error: { issues: readonly unknown[] } },
  extra: FieldErrors,
): Checked<R> {
  const schemaErrors = parsed.success
    ? {}
    : fieldErrorsFromIssues(parsed.error.issues as Parameters<typeof fieldErrorsFromIssues>[0], candidate);
  // Ids are made by the editor, not typed: a problem with one is the form's, not a field's.
  if (schemaErrors.id) {
    schemaErrors.form ??= `The id "${String((candidate as { id?: unknown }).id)}" cannot be used: ${schemaErrors.id}`;
    delete schemaErrors.id;
  }
  // The form's own messages say more than the schema's about the same field.
  const errors: FieldErrors = { ...schemaErrors, ...extra };
  // A source without a label is labelled by its site; when its address is wrong too, that is the one problem.
  for (const field of Object.keys(errors)) {
    const url = field.replace(/\.label$/, '.url');
    if (field.endsWith('.label') && url in errors && errors[field] === 'Required') delete errors[field];
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, record: parsed.data };
}

export function checkBill(draft: BillDraft, context: CheckContext): Checked<BillRecord> {
  const candidate = {
    id: context.id,
    shortTitle: draft.shortTitle.trim(),
    aliases: draft.aliases
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    session: draft.session.trim(),
    type: draft.type.trim(),
    house: draft.house.trim(),
    sponsorId: draft.sponsor?.id ?? null,
    sponsorName: draft.sponsor?.name ?? null,
    stages: draft.stages.map((stage) => ({
      stage: stage.stage.trim(),
      outcome: orNull(stage.outcome),
      house: stage.house,
      date: stage.date.trim(),
      dateEnd: orNull(stage.dateEnd),
      source: sourceOf(stage.sourceUrl, stage.sourceLabel),
      secondary: stage.secondary,
    })),
    outcome: orNull(draft.outcome),
    actTitle: orNull(draft.actTitle),
    sources: draft.sources.map((source) => sourceOf(source.url, source.label)),
    origin: 'campaigner' as const,
  };
  const dates = dateProblems(
    context.today,
    candidate.stages.flatMap((stage, index) => [
      { field: `stages.${index}.date`, date: stage.date },
      { field: `stages.${index}.dateEnd`, date: stage.dateEnd },
    ]),
    candidate.stages.map((stage, index) => ({
      field: `stages.${index}.dateEnd`,
      start: stage.date,
      end: stage.dateEnd,
    })),
  );
  return finish(candidate, Bill.safeParse(candidate), dates);
}

export function checkStance(draft: StanceDraft, context: CheckContext): Checked<StanceRecord> {
  const required: FieldErrors = {};
  if (!draft.person) required.personId = 'Choose the MP';
  if (draft.subjectKind === 'bill' && !draft.billId) required['subject.billId'] = 'Choose the bill';
  if (!draft.position) required.position = 'Choose a position';
  const candidate = {
    id: context.id,
    personId: draft.person?.id,
    subject: draft.subjectKind === 'bill' ? { kind: 'bill', billId: draft.billId } : { kind: 'dispute' },
    position: draft.position,
    date: draft.date.trim(),
    note: orNull(draft.note),
    sources: draft.sources.map((source) => sourceOf(source.url, source.label)),
    origin: 'campaigner' as const,
  };
  const dates = dateProblems(context.today, [{ field: 'date', date: candidate.date }], []);
  return finish(candidate, Stance.safeParse(candidate), { ...dates, ...required });
}

export function checkDisputeEvent(draft: DisputeEventDraft, context: CheckContext): Checked<DisputeEventRecord> {
  const required: FieldErrors = {};
  if (!draft.kind) required.kind = 'Choose what kind of event it was';
  const start = draft.start.trim();
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(start)) {
    required.start = start ? 'Use YYYY-MM-DD, or YYYY-MM if only the month is known' : 'Required';
  } else {
    const date = PartialDate.safeParse(start);
    if (!date.success) required.start = start.length === 7 ? 'Not a real month' : 'Not a real calendar date';
  }
  const candidate = {
    id: context.id,
    start: draft.start.trim(),
    end: orNull(draft.end),
    kind: draft.kind,
    title: draft.title.trim(),
    details: orNull(draft.details),
    verified: draft.verified,
    sources: draft.sources.map((source) => sourceOf(source.url, source.label)),
    origin: 'campaigner' as const,
  };
  const dates = dateProblems(
    context.today,
    [
      { field: 'start', date: candidate.start },
      { field: 'end', date: candidate.end },
    ],
    [{ field: 'end', start: candidate.start, end: candidate.end }],
  );
  return finish(candidate, DisputeEvent.safeParse(candidate), { ...dates, ...required });
}

/** The fields a bill's form shows, so that a refused save's message finds them. */
export function isBillField(field: string): boolean {
  return (
    /^(shortTitle|aliases|session|type|house|sponsorId|outcome|actTitle|sources(\.\d+(\.(url|label))?)?)$/.test(
      field,
    ) || /^stages\.\d+\.(stage|outcome|house|date|dateEnd|source\.url|source\.label)$/.test(field)
  );
}

export function isStanceField(field: string): boolean {
  return /^(personId|subject|subject\.billId|position|date|note|sources(\.\d+(\.(url|label))?)?)$/.test(field);
}

export function isDisputeEventField(field: string): boolean {
  return /^(start|end|kind|title|details|sources(\.\d+(\.(url|label))?)?)$/.test(field);
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
