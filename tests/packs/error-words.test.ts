import { describe, expect, it } from 'vitest';
import { z } from '@/utils/data/zod';
import { IsoDate, PartialDate } from '@/utils/data/schema';
import { describeIssues, describeJsonMistake, describePath, findJsonMistake } from '@/utils/packs/error-words';

describe('where a problem is, in words', () => {
  it('names records and their parts counted from 1, and the field as a reader would', () => {
    expect(describePath(['bills', 0, 'stages', 0, 'date'])).toEqual({ place: 'Bill 1, stage 1', field: 'the date' });
    expect(describePath(['stances', 3, 'personId'])).toEqual({ place: 'Stance 4', field: "the MP's id" });
    expect(describePath(['disputeEvents', 1, 'sources', 2, 'url'])).toEqual({
      place: 'Dispute event 2, source 3',
      field: 'the address',
    });
    expect(describePath(['bills', 0, 'stages', 1, 'source', 'url'])).toEqual({
      place: 'Bill 1, stage 2',
      field: "the source's address",
    });
    expect(describePath(['pack', 'created'])).toEqual({ place: "The pack's details", field: 'the date it was made' });
    expect(describePath(['formatVersion'])).toEqual({ place: 'The file', field: 'the format version' });
  });
});

describe('what is wrong, in words: one message per mistake', () => {
  // A small schema written for this test, built from Bevan's own parts.
  const Sample = z.object({
    bills: z.array(
      z.object({
        shortTitle: z.string().check(z.minLength(1), z.maxLength(10)),
        stages: z.array(z.object({ date: IsoDate, house: z.enum(['Commons', 'Lords']) })),
      }),
    ),
    disputeEvents: z.array(z.object({ start: PartialDate, verified: z.boolean() })),
  });
  const sentences = (input: unknown) => {
    const parsed = Sample.safeParse(input);
    if (parsed.success) throw new Error('Expected the sample to be refused');
    return describeIssues(parsed.error.issues, input);
  };

  it('says how a date must be written, and which record and stage it is in', () => {
    const input = {
      bills: [{ shortTitle: 'A bill', stages: [{ date: '1/7/2015', house: 'Commons' }] }],
      disputeEvents: [{ start: '2015-7', verified: true }],
    };
    expect(sentences(input)).toEqual([
      'Bill 1, stage 1: the date must be written YYYY-MM-DD',
      'Dispute event 1: the start date must be written YYYY-MM-DD',
    ]);
  });

  it('says a number was given as text, a field is missing, a word is not one of the allowed ones', () => {
    const input = {
      bills: [{ shortTitle: 'A bill', stages: [{ date: '2015-07-01', house: 'the Commons' }] }],
      disputeEvents: [{ start: '2015-07-01', verified: 'yes' }, { start: '2015-07-02' }],
    };
    expect(sentences(input)).toEqual([
      'Bill 1, stage 1: the house must be one of "Commons", "Lords"',
      'Dispute event 1: the "verified" mark must be true or false, not text',
      'Dispute event 2: the "verified" mark is missing',
    ]);
  });

  it('says a text is empty or too long, once for each field', () => {
    const input = {
      bills: [
        { shortTitle: '', stages: [] },
        { shortTitle: 'A very long title', stages: [] },
      ],
      disputeEvents: [],
    };
    expect(sentences(input)).toEqual([
      'Bill 1: the short title is empty',
      'Bill 2: the short title is too long: at most 10 characters',
    ]);
  });

  it('says a list is not a list', () => {
    expect(sentences({ bills: {}, disputeEvents: [] })).toEqual([
      'The file: the bills must be a list, in [ ], not an object',
    ]);
  });
});

describe('a file that is not JSON: the line and column where it goes wrong', () => {
  it('finds a missing comma between two fields, at the start of the second', () => {
    const text = '{\n  "format": "bevan-data-pack"\n  "formatVersion": 1\n}';
    expect(findJsonMistake(text)).toEqual({
      line: 3,
      column: 3,
      problem: 'a comma or a closing } is missing before this: there is “"”',
    });
    expect(describeJsonMistake(text)).toBe(
      'The file is not valid JSON: line 3, column 3: a comma or a closing } is missing before this: there is “"”.',
    );
  });

  it('finds a comma before a closing bracket, single quotes, and a file cut short', () => {
    expect(findJsonMistake('{"bills": [1, 2,]}')).toMatchObject({
      line: 1,
      column: 17,
      problem: 'a comma before ] is not allowed',
    });
    expect(findJsonMistake("{\n'bills': []}")).toMatchObject({ line: 2, column: 1 });
    expect(findJsonMistake('{"bills": [\n  {"id": "a"}')).toMatchObject({
      line: 2,
      column: 14,
      problem: 'a comma or a closing ] is missing before this: the file ends',
    });
  });

  it('finds text broken over a line, a bad escape, and words after the end', () => {
    expect(findJsonMistake('{"note": "one\ntwo"}')?.problem).toBe(
      'text cannot run over a line break: write \\n instead',
    );
    expect(findJsonMistake('{"note": "a \\q"}')?.problem).toBe(
      'a backslash in text must start an escape such as \\" or \\n',
    );
    expect(findJsonMistake('{}\n{}')).toMatchObject({ line: 2, column: 1 });
  });

  it('finds nothing wrong in JSON, whatever its spacing, escapes and numbers', () => {
    for (const text of ['{}', ' [ ] ', '{"a": [1, -2.5e3, true, null, "x\\"\\u00e9"]}', '"text"']) {
      expect(findJsonMistake(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('stops at a depth no pack needs, rather than running out of stack', () => {
    expect(findJsonMistake('['.repeat(100_000))?.problem).toBe('the lists and objects are nested too deeply');
  });

  it('says an empty file is empty', () => {
    expect(describeJsonMistake('  \n')).toBe('The file is empty: a data pack is a JSON file.');
  });
});
