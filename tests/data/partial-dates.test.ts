import { describe, expect, it } from 'vitest';
import { comparePartialDates, onOrBefore, partialDateKey } from '../../utils/data/partial-dates';

describe('dates known only to the month', () => {
  it('sort after every day of their month and before the next month', () => {
    const dates = ['2023-08-01', '2023-07', '2023-07-31', '2023-06', '2023-07-01'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2023-06',
      '2023-07-01',
      '2023-07-31',
      '2023-07',
      '2023-08-01',
    ]);
    expect(partialDateKey('2023-07-13')).toBe('2023-07-13');
  });

  it('count as on or before a day only once their month is over', () => {
    expect(onOrBefore('2026-06', '2026-06-10')).toBe(false);
    expect(onOrBefore('2026-06', '2026-06-30')).toBe(false);
    expect(onOrBefore('2026-06', '2026-07-01')).toBe(true);
    expect(onOrBefore('2026-06-10', '2026-06-10')).toBe(true);
  });
});
