import { describe, expect, it } from 'vitest';
import { formatDate, formatDateSpan } from '@/utils/dates';

describe('formatDateSpan', () => {
  it('names a shared month and year once', () => {
    expect(formatDateSpan('2016-03-09', '2016-03-11')).toBe('9–11 March 2016');
    expect(formatDateSpan('2024-06-27', '2024-07-02')).toBe('27 June – 2 July 2024');
    expect(formatDateSpan('2023-12-20', '2024-01-09')).toBe('20 December 2023 – 9 January 2024');
  });

  it('gives a single day, and a month-only date, as they are', () => {
    expect(formatDateSpan('2016-04-26', null)).toBe('26 April 2016');
    expect(formatDateSpan('2016-04-26', '2016-04-26')).toBe('26 April 2016');
    expect(formatDateSpan('2023-07', null)).toBe('July 2023');
  });
});

describe('formatDate', () => {
  it('writes a day and a month as a UK reader does, and leaves what is no date as it is', () => {
    expect(formatDate('2016-03-01')).toBe('1 March 2016');
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
    expect(formatDate('2023-07')).toBe('July 2023');
    expect(formatDate('2023-13-01')).toBe('2023-13-01');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
