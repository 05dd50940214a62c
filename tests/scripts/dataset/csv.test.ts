import { describe, it, expect } from 'vitest';
import { CsvError, parseCsvRecords } from '../../../scripts/dataset/csv';

// The dataset build's CSV reader is csv-parse; these pin down the options it is
// used with: strict about malformed input, and keyed by the requested columns.
const read = (text: string, columns: string[] = ['a', 'b']) => parseCsvRecords(text, columns);

describe('parseCsvRecords parsing', () => {
  it('splits plain rows and fields', () => {
    expect(read('a,b,c\n1,2,3\n', ['a', 'b', 'c'])).toEqual([{ a: '1', b: '2', c: '3' }]);
  });

  it('does not need a final line break, and does not add a row for one', () => {
    expect(read('a,b\n1,2')).toEqual([{ a: '1', b: '2' }]);
    expect(read('a,b\n1,2\n')).toHaveLength(1);
  });

  it('keeps empty fields, including at the ends of a row', () => {
    expect(read('a,b,c\n,x,\n,,\n', ['a', 'b', 'c'])).toEqual([
      { a: '', b: 'x', c: '' },
      { a: '', b: '', c: '' },
    ]);
  });

  it('reads commas inside quoted fields as text', () => {
    expect(read('a,b\n"Brighton, Pavilion",Green\n')).toEqual([{ a: 'Brighton, Pavilion', b: 'Green' }]);
  });

  it('reads doubled quotes as one quote', () => {
    expect(read('a,b\n"Should the Secretary ""Secure"" services",x\n')).toEqual([
      { a: 'Should the Secretary "Secure" services', b: 'x' },
    ]);
    expect(read('a\n""""\n', ['a'])).toEqual([{ a: '"' }]);
  });

  it('keeps line breaks inside quoted fields', () => {
    expect(read('id,text\n1,"first line\nsecond line"\n2,x\n', ['id', 'text'])).toEqual([
      { id: '1', text: 'first line\nsecond line' },
      { id: '2', text: 'x' },
    ]);
  });

  it('accepts CRLF line ends, also inside quoted fields', () => {
    expect(read('a,b\r\n"1\r\n2",3\r\n')).toEqual([{ a: '1\r\n2', b: '3' }]);
  });

  it('treats an empty quoted field as a field', () => {
    expect(read('a,b\n"",a\n')).toEqual([{ a: '', b: 'a' }]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseCsvRecords('\uFEFFmnis_id,name\n3930,Caroline Lucas\n', ['mnis_id'])).toEqual([{ mnis_id: '3930' }]);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(read('a,b,c\nSinn Féin,Órfhlaith Begley,“quoted”\n', ['a', 'b', 'c'])).toEqual([
      { a: 'Sinn Féin', b: 'Órfhlaith Begley', c: '“quoted”' },
    ]);
  });

  it('does not trim or convert values', () => {
    expect(read('a,b\n 007 ,true\n')).toEqual([{ a: ' 007 ', b: 'true' }]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => read('a,b\na,"never closed\n1,2\n')).toThrow(CsvError);
  });

  it('rejects a quote inside an unquoted field', () => {
    expect(() => read('a,b\na,b"c\n')).toThrow(CsvError);
  });

  it('rejects text after a closing quote', () => {
    expect(() => read('a,b\n"a"b,c\n')).toThrow(CsvError);
  });

  it('reports the line of a problem', () => {
    try {
      read('a,b\n1,2\n3,"x\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).lines).toBe(3);
    }
  });
});

describe('parseCsvRecords columns', () => {
  const text = 'mnis_id,name,party\n3930,"Lucas, Caroline",Green Party\n\n1572,Jeremy Hunt,Conservative\n';

  it('returns objects keyed by the requested columns, skipping blank lines', () => {
    expect(parseCsvRecords(text, ['mnis_id', 'party'])).toEqual([
      { mnis_id: '3930', party: 'Green Party' },
      { mnis_id: '1572', party: 'Conservative' },
    ]);
  });

  it('fails when a requested column is missing', () => {
    expect(() => parseCsvRecords(text, ['mnis_id', 'email'])).toThrow(/Missing column "email"/);
  });

  it('fails when a row has the wrong number of fields', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n', ['a'])).toThrow(CsvError);
    expect(() => parseCsvRecords('a,b\n1\n', ['a'])).toThrow(/expect 2, got 1/);
  });

  it('fails on empty input', () => {
    expect(() => parseCsvRecords('', ['a'])).toThrow(/no header row/);
  });
});
