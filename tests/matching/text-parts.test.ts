/**
 * A long page's text is searched a part at a time: each search reads its part (and a phrase's length past it), not on
 * to the end of the page, and a phrase that begins in one part and ends in the next is still found.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching/compile';
import { anyCaseBillScanner, disputeScanner } from '@/utils/matching/first-look';
import { buildMatcherSpec } from '@/utils/matching/matcher-spec';
import { roleScanner } from '@/utils/matching/roles';
import { inParts, matchesBetween } from '@/utils/matching/text-parts';
import { bundledDataset } from '../helpers/dataset';

const dataset = bundledDataset();
const spec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
const cues = compileMatcher(spec, '2016-03-14').cues;

const filler = (length: number) => 'Weather and sport. '.repeat(Math.ceil(length / 19)).slice(0, length);

describe('searching a text in parts', () => {
  it('searches each stretch of text once, going forwards, and keeps a place found until reading passes it', () => {
    const text = filler(1000);
    // Each search, and where it stopped reading: at the place it found, or at its limit.
    const searched: Array<{ from: number; stopped: number }> = [];
    const next = inParts(text, (from, limit) => {
      const found = from <= 450 && limit > 450 ? 450 : -1;
      searched.push({ from, stopped: found >= 0 ? found + 1 : limit });
      return found;
    });
    expect(next(0, 300)).toBe(-1);
    expect(next(10, 300)).toBe(-1);
    expect(next(300, 600)).toBe(450);
    expect(next(400, 600)).toBe(450);
    expect(next(451, 600)).toBe(-1);
    expect(next(600)).toBe(-1);
    for (let index = 1; index < searched.length; index++)
      expect(searched[index].from).toBeGreaterThanOrEqual(searched[index - 1].stopped);
    expect(searched.at(-1)!.stopped).toBe(text.length);
  });

  it('finds overlapping matches, each from where it begins, and none that begins at or past the limit', () => {
    const text = 'aaaa';
    expect([...matchesBetween(/aa/g, text, 0, 3)].map(({ at }) => at)).toEqual([0, 1, 2]);
    expect([...matchesBetween(/aa/g, text, 1, 2)].map(({ at }) => at)).toEqual([1]);
  });

  it('keeps a word boundary before the part: a word that began before it is not a new word', () => {
    const text = 'xthe Health Secretary';
    expect([...matchesBetween(/(?<![a-z])the/g, text, 1, text.length)]).toEqual([]);
  });
});

describe('the first look in parts', () => {
  const scanners = {
    dispute: (text: string) => disputeScanner(cues, text),
    'bill in any case': (text: string) => anyCaseBillScanner(cues, text),
    role: (text: string) => roleScanner(text),
  };
  const phrases = {
    dispute: 'junior doctors’ strike',
    'bill in any case': 'the nhs reinstatement bill',
    role: 'the Health Secretary',
  };

  for (const [kind, scanner] of Object.entries(scanners)) {
    const phrase = phrases[kind as keyof typeof phrases];
    // Where the scanner places it: after "the", for a role and a title.
    const placeIn = (text: string) => text.indexOf(phrase) + (phrase.startsWith('the ') ? 'the '.length : 0);

    it(`${kind}: a phrase in a later part is found in that part, not in the first`, () => {
      const text = `${filler(5000)} ${phrase} was named.`;
      const next = scanner(text);
      expect(next(0, 2000)).toBe(-1);
      expect(next(2001, 4000)).toBe(-1);
      expect(next(4001, 6000)).toBe(placeIn(text));
    });

    it(`${kind}: a phrase that begins in one part and ends in the next is found in the first`, () => {
      const text = `${filler(3000)} ${phrase} was named.`;
      const begins = placeIn(text);
      const next = scanner(text);
      expect(next(0, begins + 2)).toBe(begins);
      expect(next(begins + 1, text.length)).toBe(-1);
    });
  }
});
