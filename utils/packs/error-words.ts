/**
 * A refused pack's problems in plain words, for the campaigners who wrote it:
 * "Bill 1, stage 1: the date must be written YYYY-MM-DD" rather than
 * `bills.0.stages.0.date: Invalid input`, and for a file that is not JSON, the
 * line and column where it goes wrong. Pure, so that every wording is tested
 * without a browser.
 */

/** What the records of each list are called, one by one. */
const RECORD_NAMES: Record<string, string> = { bills: 'Bill', stances: 'Stance', disputeEvents: 'Dispute event' };

/** Lists inside a record, and what one of their items is called. */
const ITEM_NAMES: Record<string, string> = { stages: 'stage', sources: 'source', aliases: 'other name' };

/** A record's fields as a reader would name them. */
const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  shortTitle: 'the short title',
  aliases: 'the other names',
  session: 'the session',
  type: 'the type',
  house: 'the house',
  sponsorId: "the sponsor's MP id",
  sponsorName: "the sponsor's name",
  stages: 'the stages',
  stage: "the stage's name",
  outcome: 'the outcome',
  date: 'the date',
  dateEnd: 'the end date',
  source: 'the source',
  secondary: 'the "second-hand" mark',
  actTitle: "the Act's title",
  sources: 'the sources',
  url: 'the address',
  label: 'the label',
  personId: "the MP's id",
  subject: 'what it is about',
  billId: "the bill's id",
  kind: 'the kind',
  position: 'the position',
  note: 'the note',
  start: 'the start date',
  end: 'the end date',
  title: 'the title',
  details: 'the details',
  verified: 'the "verified" mark',
  name: 'the name',
  publisher: 'the publisher',
  description: 'the description',
  homepage: 'the homepage',
  created: 'the date it was made',
  format: 'the format',
  formatVersion: 'the format version',
};

function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? `the ${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

/**
 * Where in a pack a path points, and the field there: `bills.0.stages.1.date` is
 * `{ place: 'Bill 1, stage 2', field: 'the date' }`; `pack.name` is `{ place: "The pack's details", … }`.
 */
export function describePath(path: readonly PropertyKey[]): { place: string; field: string | null } {
  const keys = path.map(String);
  const places: string[] = [];
  let field: string | null = null;
  let owner: string | null = null;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const next = keys[index + 1];
    const numbered = next !== undefined && /^\d+$/.test(next);
    if (index === 0 && key === 'pack') places.push("The pack's details");
    else if (index === 0 && RECORD_NAMES[key] && numbered) {
      places.push(`${RECORD_NAMES[key]} ${Number(next) + 1}`);
      index++;
    } else if (ITEM_NAMES[key] && numbered) {
      places.push(`${ITEM_NAMES[key]} ${Number(next) + 1}`);
      index++;
    } else if ((key === 'source' || key === 'subject') && next !== undefined) {
      owner = key === 'source' ? "the source's" : "the subject's";
    } else {
      field = owner ? `${owner} ${fieldName(key).replace(/^the /, '')}` : fieldName(key);
      owner = null;
    }
  }
  return { place: places.join(', ') || 'The file', field };
}

/** What zod says about one mistake, as much of it as the wording needs. */
export interface PackIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
  input?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  values?: readonly unknown[];
  errors?: readonly (readonly PackIssue[])[];
}

/** The schema's own messages (utils/data/schema.ts), finishing a sentence that starts with the field. */
const SCHEMA_MESSAGES: [RegExp, string][] = [
  [/^Use a date in the form YYYY-MM-DD$/, 'must be written YYYY-MM-DD'],
  [/^Use a date in the form YYYY-MM-DD \(or YYYY-MM if only the month is known\)$/, 'must be written YYYY-MM-DD'],
  [/^Use YYYY-MM-DD or YYYY-MM$/, 'must be written YYYY-MM-DD, or YYYY-MM when only the month is known'],
  [/^Not a real calendar date$/, 'is not a real calendar date'],
  [/^Must be an https:\/\/ address$/, 'must start with https://'],
  [/^Plain text only: no < or > characters$/, 'must be plain text, without < or >'],
  [/^Use up to 64 lower-case letters, digits and hyphens$/, 'must be up to 64 lower-case letters, digits and hyphens'],
  [/^Use lower-case letters, digits and hyphens$/, 'must be lower-case letters, digits and hyphens'],
  [/^Use a session such as 2015-16$/, 'must be a session written like 2015-16'],
];

/** What a JSON value is, in words: "text", "a number". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'an object';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, in [ ]',
  object: 'an object, in { }',
  null: 'null',
};

/** The rest of the sentence after the field: "must be written YYYY-MM-DD". */
function whatIsWrong(issue: PackIssue, raw: unknown): string {
  for (const [pattern, words] of SCHEMA_MESSAGES) if (pattern.test(issue.message)) return words;
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves the value out of its issues: it is read from the file.
      const given = valueAt(raw, issue.path);
      if (given === undefined) return 'is missing';
      const expected = EXPECTED[String(issue.expected)] ?? String(issue.expected);
      return `must be ${expected}, not ${kindOf(given)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is too short`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'needs at least one' : 'has too few';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long: at most ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `has too many: at most ${String(issue.maximum)}`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values && issue.values.length > 1
        ? `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
        : `must be ${JSON.stringify(issue.values?.[0])}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'must be a date and time written like 2026-11-25T19:00:00Z';
      if (issue.format === 'email') return 'must be an email address';
      return 'is not written the way it should be';
    case 'invalid_union': {
      // A date that may be a day or a month: what the first form wants says it best.
      const first = issue.errors?.[0]?.[0];
      return first ? whatIsWrong({ ...first, path: issue.path }, raw) : 'is not one of the forms allowed';
    }
    default:
      return `is not right (${issue.message})`;
  }
}

/** The value at `path` in the parsed file, or undefined. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One sentence for one mistake, given the parsed file it was found in: "Bill 1, stage 1: the date must be written
 * YYYY-MM-DD".
 */
export function describeIssue(issue: PackIssue, raw: unknown): string {
  const { place, field } = describePath(issue.path);
  return `${place}: ${field ?? 'it'} ${whatIsWrong(issue, raw)}`;
}

/** One message per mistake: zod may report several issues for one field (e.g. empty and not plain text); the first says it. */
export function describeIssues(issues: readonly PackIssue[], raw: unknown): string[] {
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push(describeIssue(issue, raw));
  }
  return messages;
}

/** Where a text stops being JSON, counted from 1, and what was expected there. */
export interface JsonMistake {
  line: number;
  column: number;
  problem: string;
}

/**
 * Finds the first place where `text` is not JSON. Browsers word (and place) JSON.parse's errors differently, and
 * some give no position at all, so Bevan reads the text itself. Null when the text is JSON.
 */
export function findJsonMistake(text: string): JsonMistake | null {
  let at = 0;
  class Mistake extends Error {
    constructor(
      readonly offset: number,
      readonly problem: string,
    ) {
      super(problem);
    }
  }
  const fail = (problem: string, offset = at): never => {
    throw new Mistake(offset, problem);
  };
  const describeHere = () => (at >= text.length ? 'the file ends' : `there is “${text[at]}”`);
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[at] !== char) fail(`${what} is missing here: ${describeHere()}`);
    at++;
  };
  const string = () => {
    at++; // the opening quote
    while (at < text.length && text[at] !== '"') {
      const char = text[at];
      if (char === '\\') {
        const escape = text[at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('a \\u escape needs four hex digits');
          at += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) at += 2;
        else fail('a backslash in text must start an escape such as \\" or \\n');
      } else if (char < ' ') fail('text cannot run over a line break: write \\n instead');
      else at++;
    }
    if (at >= text.length) fail('a text is not closed with "');
    at++;
  };
  let depth = 0;
  const value = (): void => {
    space();
    const char = text[at];
    if ((char === '{' || char === '[') && ++depth > 500) fail('the lists and objects are nested too deeply');
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void (at++, depth--);
      for (;;) {
        space();
        if (text[at] !== '"') {
          fail(
            text[at] === '}'
              ? 'a comma before } is not allowed'
              : `a name in double quotes is expected here: ${describeHere()}`,
          );
        }
        string();
        expect(':', 'a colon after the name');
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return void (at++, depth--);
        else fail(`a comma or a closing } is missing before this: ${describeHere()}`);
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void (at++, depth--);
      for (;;) {
        space();
        if (text[at] === ']') fail('a comma before ] is not allowed');
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return void (at++, depth--);
        else fail(`a comma or a closing ] is missing before this: ${describeHere()}`);
      }
    }
    if (char === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (literal) return void (at += literal[0].length);
    if (char === "'") fail('text must be in double quotes, not single ones');
    fail(at >= text.length ? 'the file ends where a value is expected' : `a value is expected here: ${describeHere()}`);
  };
  try {
    value();
    space();
    if (at < text.length) fail(`the file goes on after its end: ${describeHere()}`);
    return null;
  } catch (error) {
    if (!(error instanceof Mistake)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, problem: error.problem };
  }
}

/** The sentence for a file that is not JSON. */
export function describeJsonMistake(text: string): string {
  const mistake = findJsonMistake(text);
  if (!text.trim()) return 'The file is empty: a data pack is a JSON file.';
  if (!mistake) return 'The file is not JSON.';
  return `The file is not valid JSON: line ${mistake.line}, column ${mistake.column}: ${mistake.problem}.`;
}
