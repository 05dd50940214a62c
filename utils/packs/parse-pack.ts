/**
 * Reads a data pack from text, as it comes from a file or a URL, and says
 * everything wrong with it before anything is stored. Pure: what it needs to
 * know about the database (which MPs and bills exist) and today's date are
 * given, so that the whole of it is tested without a browser. Never throws:
 * every problem is a sentence naming the record and field it is about, e.g.
 * `Stance 4: no MP with id 99999999 in Bevan's data` (see error-words.ts).
 */
import { errorMessage } from '../result';
import { describeIssues, describeJsonMistake, describePath } from './error-words';
import { DataPack, MAX_PACK_BYTES, PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format';

/** What the pack is checked against. */
export interface PackContext {
  /** MNIS ids of the people in the database. */
  knownPersonIds: ReadonlySet<number>;
  /** Ids of the bills in the database, whatever their origin. */
  knownBillIds: ReadonlySet<string>;
  /** YYYY-MM-DD: nothing in a pack may happen after it. */
  today: string;
}

export type ParsePackResult = { ok: true; pack: DataPack } | { ok: false; errors: string[] };

/** More messages than this are summed up in a last one: a reader fixes the first few and tries again. */
export const MAX_PACK_ERRORS = 20;

export function parsePack(text: string, context: PackContext): ParsePackResult {
  try {
    const bytes = new TextEncoder().encode(text).byteLength;
    if (bytes > MAX_PACK_BYTES) {
      return rejected([
        `The file is ${megabytes(bytes)} MB; a data pack can be at most ${megabytes(MAX_PACK_BYTES)} MB`,
      ]);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return rejected([describeJsonMistake(text)]);
    }
    const header = headerProblem(raw);
    if (header) return rejected([header]);
    const parsed = DataPack.safeParse(raw);
    if (!parsed.success) {
      return rejected(describeIssues(parsed.error.issues, raw));
    }
    const problems = findPackProblems(parsed.data, context);
    return problems.length ? rejected(problems) : { ok: true, pack: parsed.data };
  } catch (error) {
    // Nothing above is expected to throw; if something does, it is still an answer, not a crash.
    return rejected([`Could not read the pack: ${errorMessage(error)}`]);
  }
}

function rejected(errors: string[]): { ok: false; errors: string[] } {
  if (errors.length <= MAX_PACK_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_PACK_ERRORS - 1);
  return { ok: false, errors: [...shown, `…and ${errors.length - shown.length} more problems`] };
}

/** Rounded up, so that a file just over the limit never reads as exactly at it. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

/** "Bill 1, stage 2" for `bills.0.stages.1.…`: where a problem is, in the words of error-words.ts. */
function placeOf(path: string): string {
  return describePath(path.split('.')).place;
}

/** "Bill 1, stage 2: the date" for `bills.0.stages.1.date`: the start of a sentence about that field. */
function fieldAt(path: string): string {
  const { place, field } = describePath(path.split('.'));
  return `${place}: ${field ?? 'it'}`;
}

/** "bill 1" for the first of `bills`, inside a sentence. */
function recordOf(store: 'bills' | 'stances' | 'disputeEvents', index: number): string {
  return placeOf(`${store}.${index}`).toLowerCase();
}

/** Tells "not a pack at all" and "a pack from a newer Bevan" apart from a pack with mistakes in it. */
function headerProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw)) {
    return `This is not a Bevan data pack: it has no "format": "${PACK_FORMAT}"`;
  }
  if (raw.format !== PACK_FORMAT) return `This is not a Bevan data pack: its format is not "${PACK_FORMAT}"`;
  const version = 'formatVersion' in raw ? raw.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_FORMAT_VERSION) {
    return `This pack was made for a newer Bevan: format version ${version}. Update Bevan to import it.`;
  }
  return null;
}

/** What the schema alone cannot see: ids used twice, references to nothing, dates that cannot be. */
function findPackProblems(pack: DataPack, context: PackContext): string[] {
  return [...findDuplicateIds(pack), ...findReferenceProblems(pack, context), ...findDateProblems(pack, context.today)];
}

function findDuplicateIds(pack: DataPack): string[] {
  const problems: string[] = [];
  for (const store of ['bills', 'stances', 'disputeEvents'] as const) {
    const firstIndex = new Map<string, number>();
    pack[store].forEach((record, index) => {
      const first = firstIndex.get(record.id);
      if (first === undefined) firstIndex.set(record.id, index);
      else
        problems.push(
          `${placeOf(`${store}.${index}`)}: its id "${record.id}" is also the id of ${recordOf(store, first)}`,
        );
    });
  }
  return problems;
}

/**
 * Every MP a pack names must be in Bevan's data, and every bill a stance is
 * about must be there or in the pack. Run again at import, inside its
 * transaction, in case the database changed since the pack was read.
 */
export function findReferenceProblems(
  pack: DataPack,
  known: Pick<PackContext, 'knownPersonIds' | 'knownBillIds'>,
): string[] {
  const problems: string[] = [];
  const noMp = (path: string, id: number) => `${fieldAt(path)} ${id} matches no MP in Bevan's data`;
  const packBillIds = new Set(pack.bills.map((bill) => bill.id));
  pack.bills.forEach((bill, index) => {
    if (bill.sponsorId !== null && !known.knownPersonIds.has(bill.sponsorId)) {
      problems.push(noMp(`bills.${index}.sponsorId`, bill.sponsorId));
    }
  });
  pack.stances.forEach((stance, index) => {
    if (!known.knownPersonIds.has(stance.personId)) problems.push(noMp(`stances.${index}.personId`, stance.personId));
    const subject = stance.subject;
    if (subject.kind === 'bill' && !known.knownBillIds.has(subject.billId) && !packBillIds.has(subject.billId)) {
      problems.push(`${placeOf(`stances.${index}`)}: no bill "${subject.billId}" in Bevan's data or in this pack`);
    }
  });
  return problems;
}

/**
 * Dates that cannot be: a stance or a pack made in the future, a range that ends before it starts. Bill stages and
 * dispute events may be in the future: an announced strike or a scheduled reading (shown as announced until then).
 */
function findDateProblems(pack: DataPack, today: string): string[] {
  const problems: string[] = [];
  const check = (path: string, date: string | null, shown = date) => {
    // A month-only date ("2026-12") is in the future only once its whole month is.
    if (date !== null && date > today.slice(0, date.length)) {
      problems.push(`${fieldAt(path)} ${shown} is in the future (today is ${today})`);
    }
  };
  const checkRange = (path: string, start: string, end: string | null) => {
    if (end !== null && end.slice(0, start.length) < start) {
      problems.push(`${fieldAt(path)} ${end} is before the start, ${start}`);
    }
  };

  // The schema has refused impossible date-times; compared as a UTC day, like `today`.
  check('pack.created', new Date(pack.pack.created).toISOString().slice(0, 10), pack.pack.created);

  pack.bills.forEach((bill, billIndex) => {
    bill.stages.forEach((stage, stageIndex) => {
      checkRange(`bills.${billIndex}.stages.${stageIndex}.dateEnd`, stage.date, stage.dateEnd);
    });
  });
  pack.stances.forEach((stance, index) => check(`stances.${index}.date`, stance.date));
  pack.disputeEvents.forEach((event, index) => checkRange(`disputeEvents.${index}.end`, event.start, event.end));
  return problems;
}
