import { describe, expect, it } from 'vitest';
import { billHouse, bills, isSecondHand } from '../../../scripts/dataset/bills';
import { identities } from '../../../scripts/dataset/identities';
import { people } from '../../../scripts/dataset/people';
import { BuildReport } from '../../../scripts/dataset/report';
import type { SourceBill } from '../../../scripts/dataset/sources';
import { tinySources, TINY_BILLS } from './tiny-sources';

function build(changes: Partial<SourceBill> = {}) {
  const report = new BuildReport();
  const sources = tinySources();
  sources.bills = [{ ...sources.bills[0]!, ...changes }];
  return { list: bills(sources, people(sources, identities(sources, report), report), report), report };
}

describe('bills stage', () => {
  it('splits a stage label’s trailing parenthetical into its outcome, and marks secondary sources', () => {
    const { list, report } = build();
    expect(list[0]?.stages[1]).toEqual({
      stage: '2nd reading',
      outcome: 'talked out; no division',
      house: 'Commons',
      date: '2016-03-11',
      dateEnd: null,
      source: { url: 'https://example.org/bills/2', label: 'example.org (secondary)' },
      secondary: true,
    });
    expect(report.stageSplits[1]).toBe(
      'example-bill-2015-16 2016-03-11: "2nd reading" | outcome: "talked out; no division"',
    );
  });

  it('names the bill by its popular names and its act, resolves the sponsor by name, and lists each link once', () => {
    const { list, report } = build();
    expect(list[0]).toMatchObject({
      shortTitle: 'Example Bill 2015-16',
      aliases: ['Example Reinstatement Bill', 'Example Act 2016'],
      actTitle: 'Example Act 2016 (2016 c. 1)',
      sponsorId: 102,
      sponsorName: 'Bob Baker',
      outcome: 'Fell at the end of the session',
      sources: [
        { url: 'https://example.org/bills/1', label: 'example.org' },
        { url: 'https://example.org/bills/2', label: 'example.org (secondary)' },
      ],
    });
    expect(report.notes).toEqual(['example-bill-2015-16: sponsor "Bob Baker" resolved by name to 102']);
  });

  it('leaves a sponsor id that is nobody in the dataset null, and drops an outcome that quotes speech', () => {
    const { list, report } = build({
      sponsor: { name: 'Bob Baker', mnis_id: '999' },
      outcome: 'Withdrawn: "we will bring it back"',
    });
    expect(list[0]).toMatchObject({ sponsorId: null, outcome: null });
    expect(report.notes).toEqual([
      'example-bill-2015-16: sponsor MNIS 999 is not a person in the dataset; left null',
      'example-bill-2015-16: outcome shortened to drop quoted text → null',
    ]);
  });

  it('drops stages without a usable link, and a bill left with none', () => {
    const stages = TINY_BILLS[0]!.stages.map((s) => ({ ...s, source_url: 'ftp://example.org/x' }));
    const { list, report } = build({ stages });
    expect(list).toEqual([]);
    expect(report.dropped.at(-1)).toBe('bill example-bill-2015-16: no usable source link');
  });

  it('keeps a month-only stage as a partial date, sorted after the days of its month', () => {
    const { list, report } = build({
      stages: [
        { stage: 'Royal Assent', house: '-', date: '2020-03-16', source_url: 'https://example.org/bills/3' },
        { stage: '1st reading', house: 'Commons', date: '2020-02', source_url: 'https://example.org/bills/1' },
        { stage: '2nd reading', house: 'Commons', date: '2020-02-27', source_url: 'https://example.org/bills/2' },
      ],
    });
    expect(list[0]?.stages.map((s) => [s.stage, s.date])).toEqual([
      ['2nd reading', '2020-02-27'],
      ['1st reading', '2020-02'],
      ['Royal Assent', '2020-03-16'],
    ]);
    expect(report.tally.get('bill stages dated to the month only (kept as partial dates)')).toBe(1);
  });

  it('leaves out a stage the source gives no date for, counting it and saying what bounds the source gave', () => {
    const { list, report } = build({
      stages: [
        { stage: '1st reading', house: 'Commons', date: '2026-01-13', source_url: 'https://example.org/bills/1' },
        {
          stage: 'Royal Assent (day not pinned)',
          house: '-',
          date: null,
          date_not_before: '2026-02-25',
          date_not_after: '2026-03-06',
          source_url: 'https://example.org/bills/2',
        },
      ],
    });
    expect(list[0]?.stages.map((s) => s.stage)).toEqual(['1st reading']);
    expect(report.tally.get('bill stages left out: no date in the source')).toBe(1);
    expect(report.dropped).toEqual([
      'example-bill-2015-16 stage "Royal Assent (day not pinned)" undated: the source gives no date (only not before 2026-02-25, not after 2026-03-06)',
    ]);
  });

  it('ships the House a long house value names, and keeps the rest as a note in the report', () => {
    const report = new BuildReport();
    const long = "Commons (originating; 'introducing the proposed legislation to the House of Commons' per a law firm)";
    expect(billHouse({ id: 'x', house: long }, report)).toBe('Commons (originating)');
    expect(report.notes).toEqual([
      `x: house "${long}" shipped as "Commons (originating)"; the rest is the source's note: 'introducing the proposed legislation to the House of Commons' per a law firm`,
    ]);
    expect(billHouse({ id: 'y', house: 'Lords (originating)' }, report)).toBe('Lords (originating)');
    expect(billHouse({ id: 'z', house: 'Commons' }, report)).toBe('Commons');
    expect(report.notes).toHaveLength(1);
    expect(() => billHouse({ id: 'w', house: 'Parliament' }, report)).toThrow(/unknown house/);
  });

  it('carries the confirmed bills.parliament.uk id and the long title, and nothing for a bill without them', () => {
    const { list } = build({ bills_parliament_uk_id: 3041, long_title: 'A Bill to make provision about examples.' });
    expect(list[0]).toMatchObject({ parliamentBillId: 3041, longTitle: 'A Bill to make provision about examples.' });
    const without = build().list[0];
    expect(without && 'parliamentBillId' in without).toBe(false);
    expect(without && 'longTitle' in without).toBe(false);
  });

  it('flags second-hand stages: a mirror, a law firm or a campaign site, but not Parliament’s own record', () => {
    const mirror = 'secondary (Parallel Parliament, a non-official mirror of Hansard / bill pages)';
    expect(isSecondHand('https://parallelparliament.co.uk/debate/x', mirror)).toBe(true);
    expect(isSecondHand('https://www.example-law.com/blog', 'law firm blog')).toBe(true);
    expect(isSecondHand('https://www.nhsbill2015.org/news/', undefined)).toBe(true);
    expect(isSecondHand('https://docslib.org/doc/1', 'House of Commons Votes and Proceedings (docslib.org copy)')).toBe(
      true,
    );
    expect(isSecondHand('https://hansard.parliament.uk/Commons/2020-02-04/x', 'official (Hansard)')).toBe(false);
    expect(isSecondHand('https://commonslibrary.parliament.uk/research-briefings/cbp-1/', undefined)).toBe(false);
    expect(isSecondHand('https://www.legislation.gov.uk/ukpga/2021/28', undefined)).toBe(false);
    expect(
      isSecondHand('https://www.parliament.uk/business/news/2025/april/x/', 'copy of parliament.uk news page'),
    ).toBe(false);
  });
});
