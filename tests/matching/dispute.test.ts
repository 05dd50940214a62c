import { describe, expect, it } from 'vitest';
import { disputePageOf as pageOf, findDisputes as find } from '@/utils/matching/dispute';
import { disputeSources } from '@/utils/matching/dispute-phrases';

/** The phrase lists as a content script receives them from the background. */
const sources = disputeSources().split('\n');
const findDisputes = (text: string) => find(sources, text);
const disputePageOf = (text: string) => pageOf(sources, text);

const spans = (text: string) => findDisputes(text).map(({ start, end }) => text.slice(start, end));

describe('findDisputes: the dispute by meaning', () => {
  it('keeps the fixed names', () => {
    expect(spans("The junior doctors' strike began; #NotFairNotSafe trended")).toEqual([
      "junior doctors' strike",
      '#NotFairNotSafe',
    ]);
  });

  it('finds a doctor term near an action term in one headline or sentence, and marks the words that carry it', () => {
    expect(spans('Trainee surgeons and resident doctors plan a fresh walkout before Easter')).toEqual([
      'resident doctors plan a fresh walkout',
    ]);
    expect(spans('The ballot of junior doctors closes on Friday.')).toEqual(['ballot of junior doctors']);
    expect(spans('RESIDENT DOCTORS VOTE FOR INDUSTRIAL ACTION')).toEqual([
      'RESIDENT DOCTORS VOTE FOR INDUSTRIAL ACTION',
    ]);
    expect(spans('Ministers will press on with imposing the new contract on junior doctors')).toEqual([
      'imposing the new contract on junior doctors',
    ]);
    expect(spans('Doctors in training staged pickets outside the hospital.')).toEqual([
      'Doctors in training staged pickets',
    ]);
    expect(spans('Resident (once called junior) doctors will strike again')).toEqual([
      'Resident (once called junior) doctors will strike',
    ]);
  });

  it('needs both terms in the same sentence, close and in one clause', () => {
    expect(spans('Resident doctors will decide on Friday whether to hold a walkout')).toEqual([
      'Resident doctors will decide on Friday whether to hold a walkout',
    ]);
    expect(spans('Junior doctors covered the wards on their own, and pickets stood at the gates')).toEqual([]);
    expect(spans('Further action by resident doctors looks likely')).toEqual(['Further action by resident doctors']);
    expect(spans('Junior doctors met the minister. A strike by train drivers goes ahead.')).toEqual([]);
    expect(spans('Junior doctors, who work long shifts on wards across the country and in clinics, strike')).toEqual(
      [],
    );
    expect(spans('Junior doctors rotate between hospitals every few months')).toEqual([]);
    expect(spans('Doctors went on strike')).toEqual([]);
    expect(spans('Nurses and consultants are balloting for strike action')).toEqual([]);
  });

  it('is not the dispute where the sentence places the doctors in Scotland, Wales or Northern Ireland', () => {
    expect(spans('Junior doctors in Wales will strike next month')).toEqual([]);
    expect(spans("Scottish resident doctors' strike called off")).toEqual([]);
    expect(spans('It is the third walkout by junior doctors in Northern Ireland.')).toEqual([]);
    expect(spans('Junior doctors in Wales settled. Junior doctors in Leeds will strike.')).toEqual([
      'Junior doctors in Leeds will strike',
    ]);
  });

  it('says which finds were only of medics or of "the doctors", for the page to decide', () => {
    expect(findDisputes('Striking medics gathered at the gates').map((span) => span.needsNamedDoctors)).toEqual([true]);
    expect(findDisputes('Striking junior doctors gathered').map((span) => span.needsNamedDoctors)).toEqual([false]);
    // "the doctors" refers back to doctors the page named: it is marked from "doctors".
    const referred = 'Talks failed, and the doctors’ strike goes ahead. THE DOCTOR WILL STRIKE';
    expect(
      findDisputes(referred).map(({ start, end, needsNamedDoctors }) => [
        referred.slice(start, end),
        needsNamedDoctors,
      ]),
    ).toEqual([
      ['doctors’ strike', true],
      ['DOCTOR WILL STRIKE', true],
    ]);
    expect(spans('The junior doctors will strike')).toEqual(['junior doctors will strike']);
    expect(findDisputes('The junior doctors will strike')[0].needsNamedDoctors).toBe(false);
    // Doctors with no "the" before them are anyone's.
    expect(spans('Talks failed, and doctors will strike')).toEqual([]);
  });
});

describe('disputePageOf: what the page as a whole says', () => {
  it("knows a page about another nation's doctors", () => {
    const scottish = 'Junior doctors in Scotland call off strike. The Scottish Government made an offer to the BMA.';
    expect(disputePageOf(scottish).otherNation).toBe(true);
    const english = 'Junior doctors in England strike. Unlike Scotland and Wales, England has no deal. In England…';
    expect(disputePageOf(english).otherNation).toBe(false);
    expect(disputePageOf('One mention of Wales in a story about strikes').otherNation).toBe(false);
  });

  it('knows whether the page names the NHS, the BMA, England or Westminster', () => {
    expect(disputePageOf('Resident doctors in Ohio voted to strike').namesNhs).toBe(false);
    expect(disputePageOf('Resident doctors voted to strike, the BMA said').namesNhs).toBe(true);
    expect(disputePageOf('NHS trusts prepare').namesNhs).toBe(true);
    expect(disputePageOf('The Health Secretary faced MPs').namesNhs).toBe(true);
  });

  it('knows whether the page names junior or resident doctors', () => {
    expect(disputePageOf('Medics walked out; consultants too').namesDoctors).toBe(false);
    expect(disputePageOf('Medics walked out. Resident doctors say…').namesDoctors).toBe(true);
  });
});
