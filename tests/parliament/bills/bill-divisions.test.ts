/** Divisions on a bill from the Commons Votes API's search: the real sample, and the rules on titles written for the test. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiDivisionSearch, divisionTitlePrefix, divisionsOnBill } from '@/utils/parliament/bills/bill-divisions';

const SAMPLE = path.resolve(
  import.meta.dirname,
  '../../../../shared/data/api-samples/commonsvotes-api_data_divisions_search.json',
);
const haveSample = existsSync(SAMPLE);
if (!haveSample) console.warn(`Commons Votes sample not found at ${SAMPLE}: its test is skipped`);

describe.runIf(haveSample)('the Commons Votes search sample', () => {
  it('gives the Non-Domestic Rating Bill its second reading division of 25 November 2024: Ayes 336, Noes 175', () => {
    const found = ApiDivisionSearch.parse(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    const divisions = divisionsOnBill(found, 'Non-Domestic Rating (Multipliers and Private Schools) Bill', [
      '2024-10-09',
    ]);
    expect(divisions).toContainEqual({
      divisionId: 1873,
      date: '2024-11-25',
      number: 47,
      title: 'Non-Domestic Rating (Multipliers and Private Schools) Bill: Second Reading',
      ayes: 336,
      noes: 175,
    });
  });
});

describe('which divisions are on the bill', () => {
  it('searches by the short title without [HL] or a session', () => {
    expect(divisionTitlePrefix('Mental Health Bill [HL] 2024-26')).toBe('Mental Health Bill');
    expect(divisionTitlePrefix('Health and Care Bill')).toBe('Health and Care Bill');
  });

  it('refuses markup in a title and divisions of other sessions', () => {
    const found = [
      {
        DivisionId: 1,
        Date: '2026-06-01T19:00:00',
        Number: 1,
        Title: 'Example Bill: <b>Report</b>',
        AyeCount: 1,
        NoCount: 2,
      },
      { DivisionId: 2, Date: '2025-06-01T19:00:00', Number: 2, Title: 'Example Bill: Report', AyeCount: 1, NoCount: 2 },
    ];
    expect(divisionsOnBill(found, 'Example Bill', ['2026-06-01'])).toEqual([]);
  });
});
