/**
 * A small, strict CSV reader (RFC 4180) for the dataset build script.
 *
 * Strict on purpose: the source files are hand-assembled, and a silently
 * misread row would turn into a wrong "fact". So a stray quote inside an
 * unquoted field, text after a closing quote, an unterminated quoted field or a
 * row with the wrong number of fields is an error, not something to guess about.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the input where the problem was found, when known. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text into rows of fields. Handles quoted fields containing commas,
 * doubled quotes and line breaks; accepts LF or CRLF line ends and a leading
 * byte-order mark. A final line break does not produce an empty row.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  // True once the current row has any content, so that a trailing line break
  // (or the end of input right after one) does not add an empty row.
  let rowStarted = false;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    rowStarted = false;
  };

  while (i < input.length) {
    const ch = input[i];

    if (ch === '"') {
      if (field !== '') throw new CsvError('Quote inside an unquoted field', line);
      rowStarted = true;
      const startLine = line;
      i++;
      // Quoted field: runs to the next quote that is not doubled.
      for (;;) {
        if (i >= input.length) throw new CsvError('Unterminated quoted field', startLine);
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('Text after a closing quote', line);
      }
      // An empty quoted field must still count as a field, even if it is the
      // only thing on the line; the separator handling below takes care of it.
      if (next === undefined) {
        endRow();
        break;
      }
      continue;
    }

    if (ch === ',') {
      rowStarted = true;
      endField();
      i++;
      continue;
    }

    if (ch === '\r' || ch === '\n') {
      // CRLF is one line break; a lone CR is treated as one too.
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      if (rowStarted || field !== '') endRow();
      else rows.push(['']); // a genuinely blank line is a row with one empty field
      line++;
      continue;
    }

    rowStarted = true;
    field += ch;
    i++;
  }

  if (rowStarted || field !== '') endRow();
  return rows;
}

/**
 * Parses CSV with a header row into objects keyed by column name. Every column
 * in `columns` must be present in the header (others are ignored), and every row
 * must have exactly as many fields as the header. Blank lines are skipped.
 */
export function parseCsvRecords<K extends string>(text: string, columns: readonly K[]): Array<Record<K, string>> {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new CsvError('Empty CSV: no header row', 1);
  const positions = columns.map((name) => {
    const at = header.indexOf(name);
    if (at < 0) throw new CsvError(`Missing column "${name}"`, 1);
    return at;
  });

  const records: Array<Record<K, string>> = [];
  for (const [r, fields] of rows.entries()) {
    if (r === 0) continue;
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== header.length) {
      // Counted in records, not lines: quoted fields may span lines.
      throw new CsvError(`Record ${r} has ${fields.length} fields, the header has ${header.length}`);
    }
    const record = {} as Record<K, string>;
    columns.forEach((name, c) => {
      record[name] = fields[positions[c] ?? -1] ?? '';
    });
    records.push(record);
  }
  return records;
}
