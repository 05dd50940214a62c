/**
 * The dataset build's CSV reader: csv-parse, kept strict.
 *
 * Strict on purpose: the source files are hand-assembled, and a silently
 * misread row would turn into a wrong "fact". csv-parse's defaults already make
 * a stray quote inside an unquoted field, text after a closing quote, an
 * unterminated quoted field or a row with the wrong number of fields an error
 * (a `CsvError` with a `code` and the `lines` where it stopped), not something
 * to guess about; the options below only add what the sources need.
 */
import { CsvError, parse } from 'csv-parse/sync';

export { CsvError };

/**
 * Parses CSV with a header row into objects keyed by column name. Every column
 * in `columns` must be present in the header (others are ignored), and every row
 * must have exactly as many fields as the header. Blank lines are skipped, a
 * leading byte-order mark is ignored, and LF or CRLF line ends are read alike.
 */
export function parseCsvRecords<K extends string>(text: string, columns: readonly K[]): Array<Record<K, string>> {
  const [header, ...rows] = parse(text, { bom: true, skip_empty_lines: true });
  if (!header) throw new Error('Empty CSV: no header row');
  const positions = columns.map((name) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`Missing column "${name}"`);
    return at;
  });
  return rows.map((fields) => {
    const record = {} as Record<K, string>;
    columns.forEach((name, c) => {
      record[name] = fields[positions[c] ?? -1] ?? '';
    });
    return record;
  });
}
