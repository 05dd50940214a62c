import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedLinesHold } from '@/utils/matching/packed-format';

describe('sortedLinesHold: a binary search over lines joined in code-unit order', () => {
  it('answers as a search of the split lines would, for lines in the list and not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter((line) => !line.includes('\n')),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        fc.string({ unit: 'binary', maxLength: 6 }),
        (lines, other) => {
          const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const joined = sorted.join('\n');
          for (const line of sorted) expect(sortedLinesHold(joined, line)).toBe(true);
          expect(sortedLinesHold(joined, other)).toBe(sorted.includes(other));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds first names and the start of the second among real-looking pairs', () => {
    const joined = ['Andrew Gw', 'Jeremy Hu', 'Jeremy Co', 'Wes St', 'Kim Le'].sort().join('\n');
    expect(sortedLinesHold(joined, 'Jeremy Hu')).toBe(true);
    expect(sortedLinesHold(joined, 'Jeremy H')).toBe(false);
    expect(sortedLinesHold(joined, 'Wes St')).toBe(true);
    expect(sortedLinesHold(joined, 'Zed')).toBe(false);
    expect(sortedLinesHold('', 'Wes St')).toBe(false);
  });
});
