/**
 * Turning a draft into a record, or saying field by field what is wrong. The
 * checks are the record schemas of utils/data/schema.ts, plus what a form
 * needs beyond them: a date must not be in the future (a pack with one could
 * not be imported), a range must not end before it starts.
 */
import {
  Bill,
  DisputeEvent,
  PartialDate,
  Stance,
  type DisputeEvent as DisputeEventRecord,
  type Bill as BillRecord,
  type Stance as StanceRecord,
} from '../data/schema';
import { fieldErrorsFromIssues, type FieldErrors } from './field-errors';
import type { BillDraft, DisputeEventDraft, StanceDraft } from './record-drafts';

export type Checked<R> = { ok: true; record: R } | { ok: false; errors: FieldErrors };

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

export interface CheckContext {
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
    sponsorName: draft.sponsor ? draft.sponsor.name : (draft.carried?.sponsorName ?? null),
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
    ...(draft.carried?.parliamentBillId === undefined ? {} : { parliamentBillId: draft.carried.parliamentBillId }),
    ...(draft.carried?.longTitle === undefined ? {} : { longTitle: draft.carried.longTitle }),
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
