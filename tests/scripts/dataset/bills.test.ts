import { describe, expect, it } from 'vitest';
import { bills } from '../../../scripts/dataset/bills';
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
});
