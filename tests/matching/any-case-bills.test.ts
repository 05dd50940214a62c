/**
 * Bills' titles written in any case, as the press writes them: lower case in the Guardian's style, capitals in a
 * headline. Titles of three words or more ending in "Bill" or "Act" only; shorter ones are ordinary words too.
 */
import { describe, expect, it } from 'vitest';
import { annotatePage } from '@/utils/page/annotate';
import { compileMatcher } from '@/utils/matching/compile';
import { findMatches } from '@/utils/matching/find';
import { anyCaseBillScanner } from '@/utils/matching/first-look';
import { buildMatcherSpec } from '@/utils/matching/matcher-spec';
import { bundledDataset } from '../helpers/dataset';
import { mayName } from '../helpers/first-look';

const dataset = bundledDataset();
const spec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
const in2016 = compileMatcher(spec, '2016-03-14');
const in2021 = compileMatcher(spec, '2021-11-01');

/** The bills found in a text: their words and ids. */
const bills = (matcher: typeof in2016, text: string) =>
  findMatches(matcher, text)
    .filter((match) => match.entity.kind === 'bill')
    .map((match) => [match.text, 'id' in match.entity ? match.entity.id : '']);

describe('bills in any case', () => {
  it('finds a title in lower case or in capitals, as the bill of the article’s date', () => {
    expect(bills(in2016, 'Critics of the health and social care bill said it went too far.')).toEqual([
      ['health and social care bill', 'health-and-social-care-bill-2010-12'],
    ]);
    expect(bills(in2016, 'MPS TALK OUT THE NHS REINSTATEMENT BILL')).toEqual([
      ['NHS REINSTATEMENT BILL', 'nhs-bill-2015-16'],
    ]);
    expect(bills(in2021, 'Campaigners marched against the health and care bill.')).toEqual([
      ['health and care bill', 'health-and-care-bill-2021-22'],
    ]);
  });

  it('finds an Act named without its year, in any case', () => {
    expect(bills(in2021, 'Under the Health and Care Act, boards took over.')).toEqual([
      ['Health and Care Act', 'health-and-care-bill-2021-22'],
    ]);
    expect(bills(in2016, 'since the health and social care act came in')).toEqual([
      ['health and social care act', 'health-and-social-care-bill-2010-12'],
    ]);
  });

  it('reads a title across a line break, runs of spaces and either apostrophe', () => {
    expect(bills(in2016, 'the health and\n   social care bill')).toEqual([
      ['health and\n   social care bill', 'health-and-social-care-bill-2010-12'],
    ]);
  });

  it('leaves a short title in lower case alone, and words that only contain a title', () => {
    // "NHS Bill" is also an ordinary phrase in lower case; so is any two-word title.
    expect(bills(in2016, 'the nhs bill for agency staff rose again')).toEqual([]);
    expect(bills(in2016, 'the health and social care billing system')).toEqual([]);
    expect(bills(in2016, 'a superhealth and social care bill')).toEqual([]);
  });

  it('keeps a title written as the bill writes it as one mention, not two', () => {
    expect(bills(in2016, 'The Health and Social Care Bill 2010-12 passed.')).toEqual([
      ['Health and Social Care Bill 2010-12', 'health-and-social-care-bill-2010-12'],
    ]);
  });

  it('is seen by the first look at a page, from wherever reading has got to', () => {
    const text = 'A report. Later, the nhs reinstatement bill was debated.';
    expect(mayName(in2016, text, false)).toBe(true);
    const next = anyCaseBillScanner(in2016.cues, text);
    expect(next(0)).toBe(text.indexOf('nhs reinstatement bill'));
    expect(next(text.indexOf('nhs') + 1)).toBe(-1);
    // Blocks' text joined with nothing between glues a title to the word before it: the first look still sees it.
    const glued = 'Kelvin Hopkinsnational health service bill 2015-16';
    expect(anyCaseBillScanner(in2016.cues, glued)(0)).toBe(glued.indexOf('national'));
    // And the next block to the title's last word, whatever its case.
    for (const after of ['The next story', 'the next story']) {
      expect(anyCaseBillScanner(in2016.cues, `the nhs reinstatement bill${after}`)(0)).toBe(4);
    }
  });

  it('passes over the many "act"s and "bill"s that end no title, and finds one with odd spacing and capitals', () => {
    const text =
      'An act of kindness, the bill for lunch, the Bill of Rights, an ACT. Then the NHS\n  Reinstatement BILL.';
    const next = anyCaseBillScanner(in2016.cues, text);
    expect(next(0)).toBe(text.indexOf('NHS'));
    expect(anyCaseBillScanner(in2016.cues, 'An act of kindness, the bill for lunch, the Bill of Rights.')(0)).toBe(-1);
  });

  it('is annotated on a page as a range over its words, on a page not about politics too', () => {
    document.body.innerHTML = '<p>Nurses say the <em>health and social care</em> bill ignores them.</p>';
    const mentions = annotatePage(document.body, { matcher: in2016, allowPeople: false, maxPerEntity: 5 });
    expect(mentions.map(({ range, entity }) => [range.toString(), entity.id])).toEqual([
      ['health and social care bill', 'health-and-social-care-bill-2010-12'],
    ]);
    document.body.innerHTML = '';
  });
});
