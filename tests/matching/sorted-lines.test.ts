import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedLinesHoldStartOf } from '@/utils/matching/packed-format';

describe('sortedLinesHoldStartOf: a binary search over lines joined in code-unit order', () => {
  it('answers as a search of the split lines would, for the key and each of its beginnings long enough', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter((line) => !line.includes('\n')),
          { minLength: 1, maxLength: 60 },
        ),
        fc.string({ unit: 'binary', maxLength: 6 }).filter((key) => !key.includes('\n')),
        fc.nat(6),
        (lines, other, shortest) => {
          const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const joined = sorted.join('\n');
          const holds = (key: string, least: number) =>
            sorted.some((line) => line.length >= least && key.startsWith(line));
          for (const line of sorted) expect(sortedLinesHoldStartOf(joined, line, line.length)).toBe(true);
          expect(sortedLinesHoldStartOf(joined, other, shortest)).toBe(holds(other, shortest));
          // Keys that begin with a line in the list, and go on past it.
          const longer = `${sorted[0]}x`;
          expect(sortedLinesHoldStartOf(joined, longer, shortest)).toBe(holds(longer, shortest));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a first name and one to three letters of the second among real-looking pairs', () => {
    const joined = ['Andrew Gw', 'Ed Ba', 'Ed Bal', 'Jeremy Hu', 'Jeremy Co', 'Kim Le', 'Wes St'].sort().join('\n');
    const pair = (first: string, second: string) =>
      sortedLinesHoldStartOf(joined, `${first} ${second.slice(0, 3)}`, first.length + 2);
    expect(pair('Jeremy', 'Hunt')).toBe(true);
    expect(pair('Jeremy', 'H')).toBe(false);
    expect(pair('Jeremy', 'Howard')).toBe(false);
    expect(pair('Wes', 'Streeting')).toBe(true);
    expect(pair('Ed', 'Balls')).toBe(true);
    expect(pair('Ed', 'Ba')).toBe(true);
    expect(pair('Ed', 'B')).toBe(false);
    expect(pair('Zed', 'Zz')).toBe(false);
    expect(sortedLinesHoldStartOf('', 'Wes Str', 5)).toBe(false);
  });
});
