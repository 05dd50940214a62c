import { describe, it, expect } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords } from '../../scripts/csv';

describe('parseCsv', () => {
  it('splits plain rows and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('does not need a final line break, and does not add a row for one', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n1,2\n')).toHaveLength(2);
  });

  it('keeps empty fields, including at the ends of a row', () => {
    expect(parseCsv(',x,\n,,\n')).toEqual([
      ['', 'x', ''],
      ['', '', ''],
    ]);
  });

  it('reads commas inside quoted fields as text', () => {
    expect(parseCsv('"Brighton, Pavilion",Green\n')).toEqual([['Brighton, Pavilion', 'Green']]);
  });

  it('reads doubled quotes as one quote', () => {
    expect(parseCsv('"Should the Secretary ""Secure"" services",x\n')).toEqual([
      ['Should the Secretary "Secure" services', 'x'],
    ]);
    expect(parseCsv('""""\n')).toEqual([['"']]);
  });

  it('keeps line breaks inside quoted fields', () => {
    expect(parseCsv('id,text\n1,"first line\nsecond line"\n2,x\n')).toEqual([
      ['id', 'text'],
      ['1', 'first line\nsecond line'],
      ['2', 'x'],
    ]);
  });

  it('accepts CRLF line ends, also inside quoted fields', () => {
    expect(parseCsv('a,b\r\n"1\r\n2",3\r\n')).toEqual([
      ['a', 'b'],
      ['1\r\n2', '3'],
    ]);
  });

  it('treats an empty quoted field as a field', () => {
    expect(parseCsv('"",a\n""\n')).toEqual([['', 'a'], ['']]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFmnis_id,name\n3930,Caroline Lucas\n')[0]).toEqual(['mnis_id', 'name']);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(parseCsv('Sinn Féin,Órfhlaith Begley,“quoted”\n')).toEqual([['Sinn Féin', 'Órfhlaith Begley', '“quoted”']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"never closed\n1,2\n')).toThrow(CsvError);
  });

  it('rejects a quote inside an unquoted field', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(/Quote inside an unquoted field/);
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/Text after a closing quote/);
  });

  it('reports the line of a problem', () => {
    try {
      parseCsv('a,b\n1,2\n3,"x\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).line).toBe(3);
    }
  });
});

describe('parseCsvRecords', () => {
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
    expect(() => parseCsvRecords('a,b\n1,2,3\n', ['a'])).toThrow(/has 3 fields, the header has 2/);
  });

  it('fails on empty input', () => {
    expect(() => parseCsvRecords('', ['a'])).toThrow(CsvError);
  });
});
