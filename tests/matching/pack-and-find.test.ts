import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching/compile';
import { cueScanner, unpackCues } from '@/utils/matching/first-look';
import { findMatches, formMayBeginAt, surnamesOf, unpackMatcher } from '@/utils/matching/find';
import { packCues, packMatcher, surnameForms } from '@/utils/matching/pack';
import type { MatcherSpec } from '@/utils/matching/matcher-spec';
import { mayName } from '../helpers/first-look';

/** A small spec in the shape the background sends, with two people sharing a name across time. */
const spec: MatcherSpec = {
  version: 'test',
  people: [
    { id: 1572, names: ['Jeremy Hunt', 'Sir Jeremy Hunt'], spells: [['2010-05-06', null]] },
    { id: 3930, names: ['Caroline Lucas'], spells: [['2010-05-06', '2024-05-30']] },
    { id: 4000, names: ['Thérèse Coffey'], spells: [['2010-05-06', null]] },
    { id: 5000, names: ["Jim O'Neill"], spells: [['2010-05-06', '2015-03-30']] },
    { id: 5001, names: ["Jim O'Neill"], spells: [['2019-12-12', '2024-05-30']] },
  ],
  bills: [
    { id: 'nhs-bill-2014-15', names: ['NHS Reinstatement Bill'], since: '2015-03-11' },
    {
      id: 'nhs-bill-2015-16',
      names: ['NHS Reinstatement Bill', 'National Health Service Bill 2015-16'],
      since: '2015-07-01',
    },
  ],
};

const matcher = compileMatcher(spec, '2016-03-14');

/** What the one match in `text` stands for, with the matcher compiled for `date`. */
function entityAt(text: string, date: string) {
  const [match] = findMatches(compileMatcher(spec, date), text);
  return match.entity;
}
const texts = (text: string) => findMatches(matcher, text).map((match) => match.text);

describe('compileMatcher: finding names', () => {
  it('finds full names, possessives and curly apostrophes', () => {
    expect(texts("Jeremy Hunt's plan and Jim O’Neill's reply")).toEqual(['Jeremy Hunt', 'Jim O’Neill']);
  });

  it('prefers the longest form', () => {
    expect(texts('Sir Jeremy Hunt said')).toEqual(['Sir Jeremy Hunt']);
  });

  it('never matches inside a longer word or name', () => {
    expect(texts('Jeremy Hunter and CarolineLucas and Caroline Lucasville')).toEqual([]);
  });

  it('reads a word the same each time a page repeats it, and remembers a bounded number of words', () => {
    const text = 'Jeremy Hunt met Jeremy Hunter. "Jeremy Hunt," said Jeremy, then Sir Jeremy Hunt’s aide.';
    const expected = findMatches(compileMatcher(spec, '2016-03-14'), text);
    expect(expected.map((match) => match.text)).toEqual(['Jeremy Hunt', 'Jeremy Hunt', 'Sir Jeremy Hunt']);
    const reused = compileMatcher(spec, '2016-03-14');
    for (let round = 0; round < 3; round++) expect(findMatches(reused, text)).toEqual(expected);
    // A page of endless new words: what is remembered stays bounded, and names are still found after it.
    const filler = Array.from({ length: 60_000 }, (_, index) => `Word${index}`).join(' ');
    expect(findMatches(reused, `${filler} Caroline Lucas`).map((match) => match.text)).toEqual(['Caroline Lucas']);
    expect(reused.wordsMet!.size).toBeLessThanOrEqual(50_000);
    expect(findMatches(reused, text)).toEqual(expected);
  });

  it('with no names (the dispute alone, for news feeds), finds the dispute and remembers no words', () => {
    const disputeOnly = unpackMatcher({ ...packMatcher(spec, '2016-03-14'), names: '', targets: '', surnames: '' });
    const text = 'Jeremy Hunt imposes the contract as Junior doctors’ strikes begin in England';
    expect(findMatches(disputeOnly, text).map((match) => match.entity.kind)).toEqual(['dispute']);
    expect(disputeOnly.wordsMet).toBeUndefined();
  });

  it('makes accents optional', () => {
    expect(texts('Therese Coffey and Thérèse Coffey')).toEqual(['Therese Coffey', 'Thérèse Coffey']);
  });

  it('finds a name broken across a line', () => {
    expect(texts('Caroline\n  Lucas')).toEqual(['Caroline\n  Lucas']);
  });

  it('finds the dispute in its usual phrasings', () => {
    expect(
      texts("The junior doctors' strike; Resident doctors walkouts; junior doctors’ contract; #NotFairNotSafe"),
    ).toHaveLength(4);
    expect(texts('Doctors went on strike')).toEqual([]);
    // "The doctors" are the dispute's only on a page that names junior or resident doctors (utils/page/annotate.ts).
    expect(findMatches(matcher, 'The doctors went on strike').map((match) => match.needsNamedDoctors)).toEqual([true]);
  });

  it('leaves a name between the dispute’s two terms to the name, and marks the terms on their own', () => {
    const kindsAndTexts = (text: string) =>
      findMatches(matcher, text).map((match) => `${match.entity.kind}: ${match.text}`);
    expect(kindsAndTexts('Junior doctors, Jeremy Hunt said, will strike on Monday')).toEqual([
      'dispute: Junior doctors',
      'mp: Jeremy Hunt',
      'dispute: strike',
    ]);
    expect(kindsAndTexts('Junior doctors, Mr Hunt said, will strike')).toEqual([
      'dispute: Junior doctors',
      'surname: Hunt',
      'dispute: strike',
    ]);
    expect(kindsAndTexts('Junior doctors will strike, Jeremy Hunt said')).toEqual([
      'dispute: Junior doctors will strike',
      'mp: Jeremy Hunt',
    ]);
  });

  it('knows surnames, including double-barrelled and two-word ones, but not titles', () => {
    expect(surnameForms(['Sir Jeremy Hunt', 'Jeremy Hunt'])).toEqual(['Hunt']);
    expect(surnameForms(['Iain Duncan Smith'])).toEqual(['Smith', 'Duncan Smith']);
    expect(surnameForms(['Jacob Rees-Mogg MP'])).toEqual(['Rees-Mogg']);
    expect(findMatches(matcher, 'Mr Hunt said').map((match) => match.entity.kind)).toEqual(['surname']);
  });
});

describe('compileMatcher: packed for a content script', () => {
  it('marks a name whose MPs were all first elected more than two years after the article', () => {
    const later: MatcherSpec = {
      version: 'test',
      people: [
        { id: 4836, names: ['Ruth Jones'], spells: [['2019-02-21', null]] },
        { id: 7, names: ['Pat Doe'], spells: [[null, null]] },
      ],
      bills: [],
    };
    const target = (date: string, text: string) => findMatches(compileMatcher(later, date), text)[0]?.entity;
    expect(target('2014-03-01', 'Ruth Jones')).toEqual({
      kind: 'mp',
      id: '4836',
      ambiguous: false,
      electedLater: true,
    });
    expect(target('2017-06-01', 'Ruth Jones')).toEqual({ kind: 'mp', id: '4836', ambiguous: false });
    // A spell whose start the sources leave open may have begun before the article.
    expect(target('2014-03-01', 'Pat Doe')).toEqual({ kind: 'mp', id: '7', ambiguous: false });
  });

  it('survives packing for the trip to a content script unchanged', () => {
    const packed = packMatcher(spec, '2016-03-14');
    const unpacked = unpackMatcher(structuredClone(packed));
    const text = "Sir Jeremy Hunt, Thérèse Coffey and the NHS Reinstatement Bill; Mr Hunt and junior doctors' strikes";
    expect(findMatches(unpacked, text)).toEqual(findMatches(matcher, text));
    expect(surnamesOf(unpacked, 1572)).toEqual(['Hunt']);
  });

  it("finds every MP's surnames, whatever order the dataset lists them in", () => {
    const shuffled = {
      ...spec,
      people: [spec.people[3], spec.people[1], spec.people[4], spec.people[0], spec.people[2]],
    };
    const unpacked = unpackMatcher(packMatcher(shuffled, '2016-03-14'));
    expect(surnamesOf(unpacked, 1572)).toEqual(['Hunt']);
    expect(surnamesOf(unpacked, 3930)).toEqual(['Lucas']);
    expect(surnamesOf(unpacked, 4000)).toEqual(['Coffey']);
    expect(surnamesOf(unpacked, 5000)).toEqual(["O'Neill"]);
    expect(surnamesOf(unpacked, 5001)).toEqual(["O'Neill"]);
    // Someone not in the dataset has none, even where an MP's id begins with theirs.
    expect(surnamesOf(unpacked, 4500)).toEqual([]);
    expect(surnamesOf(unpacked, 9999)).toEqual([]);
    expect(surnamesOf(unpacked, 500)).toEqual([]);
    expect(surnamesOf(unpacked, 157)).toEqual([]);
  });
});

describe('compileMatcher: the first look', () => {
  it('takes a first look at a whole page: no name, bill or dispute means nothing to do', () => {
    const look = (html: string) => {
      document.body.innerHTML = html;
      return mayName(matcher, document.body.textContent ?? '');
    };
    expect(look('<p>The weather in May: Green fields, a Hunt for Brown trout, and Theresa the cat.</p>')).toBe(false);
    expect(look('<p>Doctors in the US went on strike.</p><style>a{color:#fff}</style>')).toBe(false);
    // Blocks meet with no space in textContent: a name at the start of one still counts.
    expect(look('<nav>BBC</nav><p>Jeremy Hunt said</p>')).toBe(true);
    expect(look('<li>News</li><li>Sir Jeremy Hunt</li>')).toBe(true);
    // A drop capital, a curly apostrophe, a possessive, and the dispute glued to the block before it.
    expect(look('<p><b>J</b>eremy Hunt said</p>')).toBe(true);
    expect(look('<p>Jim O’Neill’s view</p>')).toBe(true);
    expect(look('<p>Jeremy Hunt’s plan</p>')).toBe(true);
    expect(look('<h2>Latest</h2><p>Junior doctors’ strike</p>')).toBe(true);
    expect(look('<p>the NHS Reinstatement Bill</p>')).toBe(true);
  });

  it("packs the first look's cues alone, the same at every article date", () => {
    const cues = packCues(spec);
    for (const date of ['2012-01-01', '2016-03-14', '2025-07-25']) {
      const { version, cues: pairs, cuePattern, billCuePattern, anyCaseBills, dispute } = packMatcher(spec, date);
      expect({ version, cues: pairs, cuePattern, billCuePattern, anyCaseBills, dispute }).toEqual(cues);
    }
    const look = (text: string) => cueScanner(unpackCues(structuredClone(cues)), text)(0, text.length) >= 0;
    expect(look('Sir Jeremy Hunt said')).toBe(true);
    expect(look('the NHS Reinstatement Bill')).toBe(true);
    // A surname alone needs a full name before it: it is no cue.
    expect(look('Mr Hunt and Ms Lucas said')).toBe(false);
    expect(look('Jeremy Clarkson said')).toBe(false);
  });

  it('looks for bills alone on a page where no MP is annotated, from wherever a name was found', () => {
    expect(mayName(matcher, 'Sir Jeremy Hunt said', false)).toBe(false);
    expect(mayName(matcher, 'Sir Jeremy Hunt said', true)).toBe(true);
    // A bill after a name, right after it, or glued to it, is still found.
    expect(mayName(matcher, 'Jeremy Hunt on the NHS Reinstatement Bill', false)).toBe(true);
    expect(mayName(matcher, 'Jeremy Hunt NHS Reinstatement Bill', false)).toBe(true);
    expect(mayName(matcher, 'the NHS Reinstatement Bill and Jeremy Hunt', false)).toBe(true);
    // The dispute's phrases do not depend on it.
    expect(mayName(matcher, 'Jeremy Hunt and the junior doctors’ strike', false)).toBe(true);
    // Asked only once a name is found: most pages need not be read for their politics.
    let asked = 0;
    const allowPeople = () => (asked++, false);
    expect(cueScanner(matcher.cues, 'Nothing here at all', allowPeople)(0, 19)).toBe(-1);
    expect(asked).toBe(0);
    expect(cueScanner(matcher.cues, 'Caroline Lucas said', allowPeople)(0, 19)).toBe(-1);
    expect(asked).toBe(1);
  });

  it('finds first words written with either apostrophe, and names of one word, at a first look', () => {
    const withOddNames = compileMatcher(
      {
        ...spec,
        people: [...spec.people, { id: 6000, names: ["D'Arcy Wentworth"], spells: [['2010-05-06', null]] }],
        bills: [...spec.bills, { id: 'one-word', names: ['Hospitalsbill'], since: '2015-03-11' }],
      },
      '2016-03-14',
    );
    expect(mayName(withOddNames, 'said D’Arcy Wentworth')).toBe(true);
    expect(mayName(withOddNames, "said D'Arcy Wentworth")).toBe(true);
    expect(mayName(withOddNames, 'said D’Arcy Smith')).toBe(false);
    expect(mayName(withOddNames, 'the NewHospitalsbill.')).toBe(true);
    expect(mayName(withOddNames, 'the Hospitals bill')).toBe(false);
  });
});

describe('compileMatcher: reading on from the first look', () => {
  it('finds a name that straddles two parts of a long text, whichever part ends where', () => {
    const text = `Filler words and more filler, then BBCSir Jeremy Hunt said so.`;
    for (let cut = 0; cut <= text.length; cut++) {
      const scan = cueScanner(matcher.cues, text);
      const first = scan(0, cut);
      const found = first >= 0 ? first : scan(cut, text.length);
      // "Sir" or "Jeremy", whichever part holds it: both begin "Sir Jeremy Hunt".
      expect([text.indexOf('Sir'), text.indexOf('Jeremy')], `cut at ${cut}`).toContain(found);
    }
    const plain = `Filler words and more filler, then nobody said so.`;
    const scanPlain = cueScanner(matcher.cues, plain);
    expect([scanPlain(0, 20), scanPlain(20, plain.length)]).toEqual([-1, -1]);
  });

  it("reads on from a first look's place: a whole name or title must begin there, though the next block may be glued on", () => {
    const mayBegin = (text: string) => formMayBeginAt(matcher, text, text.indexOf('|') + 1);
    expect(mayBegin('said |Jeremy Hunt on Monday')).toBe(true);
    expect(mayBegin('said |Sir Jeremy Hunt’s plan')).toBe(true);
    expect(mayBegin('|Jim O’Neill said')).toBe(true);
    expect(mayBegin('|Caroline\u00A0Lucas')).toBe(true);
    expect(mayBegin('the |NHS Reinstatement\n   Bill')).toBe(true);
    // Blocks meet with nothing between in a page's text: "Bill" ends one, "Kelvin" begins the next.
    expect(mayBegin('the |NHS Reinstatement BillKelvin Hopkins said')).toBe(true);
    expect(mayBegin('|Jeremy HuntThe next headline')).toBe(true);
    // A first name, and the start of the second word, that begin no form: nobody is named here.
    expect(mayBegin('said |Jeremy Huxley on Monday')).toBe(false);
    expect(mayBegin('said |Jeremy')).toBe(false);
    expect(mayBegin('|NHS Reinstatement Campaign')).toBe(false);
    // A surname alone names someone only after a full name, and is read from its own place then.
    expect(mayBegin('said |Hunt and Lucas')).toBe(false);
    // A page's text may hold a word of megabytes (data glued into it): reading stops where no form goes on.
    expect(mayBegin(`|Jeremy Hunx${'x'.repeat(1_000_000)}`)).toBe(false);
  });
});

describe('compileMatcher: the article date', () => {
  it('resolves a shared name by the article date', () => {
    expect(entityAt("Jim O'Neill spoke", '2012-01-01')).toEqual({ kind: 'mp', id: '5000', ambiguous: false });
    expect(entityAt("Jim O'Neill spoke", '2020-01-01')).toEqual({ kind: 'mp', id: '5001', ambiguous: false });
    expect(entityAt("Jim O'Neill spoke", '2017-01-01')).toEqual({ kind: 'mp', id: '5000,5001', ambiguous: true });
  });

  it("resolves a bill name shared by two sessions to the article's session", () => {
    expect(entityAt('the NHS Reinstatement Bill', '2015-04-01')).toMatchObject({ id: 'nhs-bill-2014-15' });
    expect(entityAt('the NHS Reinstatement Bill', '2016-03-14')).toMatchObject({ id: 'nhs-bill-2015-16' });
  });
});
