import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching/compile';
import { findMatches } from '@/utils/matching/find';
import { cueScanner } from '@/utils/matching/first-look';
import type { MatcherSpec } from '@/utils/matching/matcher-spec';
import { capitalsAsName, oneLetterApart, titleCased } from '@/utils/matching/press-forms';
import { mayName } from '../helpers/first-look';

const spec: MatcherSpec = {
  version: 'test',
  people: [
    { id: 1, names: ['Edward Argar'], spells: [['2015-05-07', null]] },
    { id: 2, names: ['James Davies', 'Dr James Davies'], spells: [['2015-05-07', null]] },
    { id: 3, names: ['Mary Kelly Foy'], spells: [['2019-12-12', null]] },
    { id: 4, names: ['Wes Streeting'], spells: [['2015-05-07', null]] },
    { id: 5, names: ['Diane Abbott'], spells: [['2010-05-06', null]] },
    { id: 6, names: ['Jeremy Hunt'], spells: [['2010-05-06', null]] },
    { id: 7, names: ['Jeremy Corbyn'], spells: [['2010-05-06', null]] },
    { id: 8, names: ['Ann Clwyd'], spells: [['2010-05-06', null]] },
    { id: 9, names: ['Ann Clwyde'], spells: [['2010-05-06', null]] },
    { id: 10, names: ['David Jones'], spells: [['2010-05-06', null]] },
    { id: 11, names: ['David Jonas'], spells: [['2010-05-06', null]] },
    { id: 12, names: ['Laura Kyrke-Smith'], spells: [['2024-07-04', null]] },
    { id: 13, names: ['Laura Smith'], spells: [['2017-06-08', null]] },
  ],
  bills: [{ id: 'care-bill', names: ['Care Bill'], since: '2013-05-09' }],
};
const matcher = compileMatcher(spec, '2022-01-01');
/** Full names and bills found (a surname alone is decided by the page: utils/page/annotate.ts). */
const found = (text: string) =>
  findMatches(matcher, text)
    .filter((match) => match.entity.kind !== 'surname')
    .map((match) => [match.text, match.entity.kind === 'mp' ? match.entity.id : '']);

describe('names as the press writes them', () => {
  it('reads names in capitals, in part or whole, as their MPs’', () => {
    expect(titleCased('STREETING')).toBe('Streeting');
    expect(titleCased("O'NEILL-SMITH")).toBe("O'Neill-Smith");
    expect(titleCased("HOPKINS's")).toBe("Hopkins's");
    expect(titleCased('Hopkins')).toBe('Hopkins');
    expect(capitalsAsName('WES Streeting')).toBe('Wes Streeting');
    expect(found('WES Streeting has pledged talks. WES STREETING VOWS PAY TALKS')).toEqual([
      ['WES Streeting', '4'],
      ['WES STREETING', '4'],
    ]);
    // A name all in capitals with no headline after it is a byline's or a credit's.
    expect(found('By WES STREETING')).toEqual([]);
    expect(found('WES STREETING IT’S nice to think so')).toEqual([]);
    expect(found('Photograph: MARY KELLY FOY. Next')).toEqual([]);
    // A word in capitals alone is no name: "CARE BILL" is not a bill written so, nor "HUNT" the MP.
    expect(found('THE CARE BILL. HUNT SAYS')).toEqual([]);
  });

  it('reads inverted names in a list, titles and all, as far as the entry goes', () => {
    const list =
      '† Argar, Edward (Minister for Health) † Davies, Dr James (Vale of Clwyd) Foy, Mary Kelly (City of Durham)';
    expect(found(list)).toEqual([
      ['Argar, Edward', '1'],
      ['Davies, Dr James', '2'],
      ['Foy, Mary Kelly', '3'],
    ]);
    expect(found('Committee: Argar, Edward; Foy, Mary Kelly')).toEqual([
      ['Argar, Edward', '1'],
      ['Foy, Mary Kelly', '3'],
    ]);
    // A surname of two words is read whole: this is not Laura Smith.
    expect(found('† Kyrke Smith, Laura (Aylesbury) † Smith, Laura (Crewe)')).toEqual([
      ['Kyrke Smith, Laura', '12'],
      ['Smith, Laura', '13'],
    ]);
    expect(found('Jones Smith, Laura (Aylesbury)')).toEqual([]);
    // Prose goes on after the given name: the names are read as written.
    expect(found('After meeting Hunt, Jeremy Corbyn said no')).toEqual([['Jeremy Corbyn', '7']]);
  });

  it('finds an inverted name in a list, or one in capitals, at the first look', () => {
    expect(mayName(matcher, 'Members: Argar, Edward (Melton and Syston)')).toBe(true);
    expect(mayName(matcher, 'MARY KELLY FOY SAID')).toBe(true);
    expect(mayName(matcher, 'Talks with WES Streeting')).toBe(true);
    // Words in capitals that begin no MP's name are passed over.
    expect(mayName(matcher, 'BBC NEWS: NHS ENGLAND TALKS')).toBe(false);
  });

  it('finds a name in capitals at the first look wherever a long text is cut into parts', () => {
    const text = 'Filler words, then MARY KELLY FOY SAID so.';
    for (let cut = 0; cut <= text.length; cut++) {
      const scan = cueScanner(matcher.cues, text);
      const first = scan(0, cut);
      expect(first >= 0 ? first : scan(cut, text.length), `cut at ${cut}`).toBe(text.indexOf('MARY'));
    }
  });

  it('reads a one-letter slip in a surname as the only MP of that first name it can be', () => {
    expect(oneLetterApart('Abbot', 'Abbott')).toBe(true);
    expect(oneLetterApart('Greenwiod', 'Greenwood')).toBe(true);
    expect(oneLetterApart('Abbott', 'Abbott')).toBe(false);
    expect(oneLetterApart('Abot', 'Abbott')).toBe(false);
    expect(found('Diane Abbot spoke, and Diane Abbott replied')).toEqual([
      ['Diane Abbot', '5'],
      ['Diane Abbott', '5'],
    ]);
    // Never where the slip is another MP's name, nor where two MPs are one letter away.
    expect(found('Ann Clwyde spoke')).toEqual([['Ann Clwyde', '9']]);
    expect(found('David Jonus spoke')).toEqual([]);
    // Short surnames are left alone.
    expect(found('Wes Streeing and Diane Abot')).toEqual([['Wes Streeing', '4']]);
  });
});
