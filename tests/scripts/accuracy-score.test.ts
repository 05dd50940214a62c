/** How `npm run accuracy` scores what Bevan found against a case's labels, on cases written for the test. */
import { describe, expect, it } from 'vitest';
import { precisionOf, recallOf, scoreCorpus } from '../../scripts/accuracy-score';
import { textToBody, type FoundMention, type LabelledCase } from '../../scripts/accuracy-corpus';

const TEXT = 'Jeremy Hunt’s plan. Mr Hunt said so. Later Hunt left. The health and social care bill passed.';

function labelled(overrides: Partial<LabelledCase> = {}): LabelledCase {
  return {
    name: 'a',
    published: '2012-03-01',
    bodyHtml: '',
    title: '',
    mps: [{ id: '1572', name: 'Jeremy Hunt', forms: ['Jeremy Hunt’s', 'Hunt’s', 'Mr Hunt', 'Hunt'] }],
    bills: [],
    dispute: false,
    disputeForms: [],
    negative: false,
    ...overrides,
  };
}

/** A mention of `text` at its `nth` place in TEXT. */
function mention(kind: FoundMention['kind'], id: string, text: string, nth = 0): FoundMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(text, start + 1);
  return { kind, id, text, context: '', start, end: start + text.length };
}

const read = (mentions: FoundMention[]) => new Map([['a', { bodyText: TEXT, mentions }]]);

describe('scoring a corpus', () => {
  it('counts an MP once per case, and an MP no label names as an extra', () => {
    const score = scoreCorpus(
      [labelled()],
      read([mention('mp', '1572', 'Jeremy Hunt'), mention('mp', '1572', 'Hunt', 2), mention('mp', '99', 'Later')]),
    );
    expect(score.tallies.mps).toEqual({ expected: 1, found: 2, correct: 1 });
    expect(score.problems.filter((problem) => problem.kind === 'mps')).toMatchObject([
      { what: 'extra', entity: '99', words: 'Later' },
    ]);
  });

  it('finds a name form where the same name, titles and possessives aside, is marked as that MP', () => {
    // "Hunt’s" is written only inside "Jeremy Hunt’s", whose characters are marked; "Hunt" alone is written in
    // "Later Hunt left", which is not marked, so that form is missed even though the "Hunt" of "Mr Hunt" is.
    const score = scoreCorpus(
      [labelled()],
      read([mention('mp', '1572', 'Jeremy Hunt'), mention('mp', '1572', 'Hunt', 1)]),
    );
    const missed = score.problems.filter((problem) => problem.kind === 'forms').map((problem) => problem.words);
    expect(missed).toEqual(['Hunt']);
    expect(recallOf(score.tallies.forms)).toBe(0.75);
  });

  it('lists a bill Bevan does not know without counting it, and scores the dispute per case', () => {
    const score = scoreCorpus(
      [
        labelled({
          mps: [],
          bills: [{ id: null, title: 'Care Bill [HL] 2013-14', forms: ['Care Bill'] }],
          dispute: true,
        }),
      ],
      read([mention('bill', 'health-and-social-care-bill-2010-12', 'health and social care bill')]),
    );
    expect(score.unknownBills).toEqual([{ case: 'a', title: 'Care Bill [HL] 2013-14' }]);
    expect(score.tallies.bills).toEqual({ expected: 0, found: 1, correct: 0 });
    expect(precisionOf(score.tallies.bills)).toBe(0);
    expect(score.tallies.dispute).toEqual({ expected: 1, found: 0, correct: 0 });
  });

  it('makes a page of a case’s text: the first line its headline, each other line a paragraph, markup escaped', () => {
    expect(textToBody('Headline <b>\n\nFirst line & more\nSecond').bodyHtml).toBe(
      '\n<h1>Headline &lt;b&gt;</h1>\n<p>First line &amp; more</p>\n<p>Second</p>\n',
    );
  });
});
