import { describe, expect, it } from 'vitest';
import { formatDateSpan } from '@/utils/dates';

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
