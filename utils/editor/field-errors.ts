/**
 * Errors beside the fields they are about. The editor's forms name each field
 * by its path in the record (`shortTitle`, `stages.0.date`, `sources.1.url`),
 * the path zod gives an issue and the background gives a refused save
 * ("record.sponsorId: no MP with id …"), so an error finds its field by name.
 */

/** Field path → the message shown beside it. */
export type FieldErrors = Record<string, string>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  minimum?: unknown;
  input?: unknown;
}

/**
 * Lists given as one line per item in a textarea (a bill's other names) take
 * their items' errors on the whole field, saying which line is wrong.
 */
const LINE_LISTS = new Set(['aliases']);

export function fieldOf(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  if (keys.length >= 2 && LINE_LISTS.has(keys[0])) return keys[0];
  return keys.join('.');
}

/** zod's messages, said the way a form says them where that reads better. */
function friendlyMessage(issue: Issue): string {
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'Required';
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'Required';
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.minimum === 1) return 'Add at least one';
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Too long: ${issue.message.replace(/^Too big: /, '')}`;
  return issue.message;
}

/** The value at `path` in `input`, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The first error of each field; an item of a line list names its line.
 * Given the `input` that was checked, a field left empty reads "Required"
 * rather than the format it should have had.
 */
export function fieldErrorsFromIssues(issues: readonly Issue[], input?: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field in errors) continue;
    const keys = issue.path.map(String);
    const line = LINE_LISTS.has(keys[0]) && keys.length >= 2 ? `Line ${Number(keys[1]) + 1}: ` : '';
    const empty = input !== undefined && valueAt(input, issue.path) === '';
    errors[field || 'form'] = empty ? 'Required' : `${line}${friendlyMessage(issue)}`;
  }
  return errors;
}

/**
 * A refused save's message ("record.sponsorId: no MP …; record.id: …") as
 * field errors. Parts that name no field of the form go to `form`, shown
 * above the form.
 */
export function fieldErrorsFromMessage(message: string, knownFields: (field: string) => boolean): FieldErrors {
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const part of message.split('; ')) {
    const match = /^([A-Za-z][\w.]*): (.+)$/s.exec(part);
    const field = match ? fieldOf(match[1].replace(/^record\./, '').split('.')) : null;
    if (match && field && knownFields(field) && !(field in errors)) errors[field] = match[2];
    else unplaced.push(part);
  }
  if (unplaced.length) errors.form = unplaced.join('; ');
  return errors;
}

/** How many problems, for the summary above a form. */
export function countErrors(errors: FieldErrors): number {
  return Object.keys(errors).length;
}
