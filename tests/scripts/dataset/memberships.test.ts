import { describe, expect, it } from 'vitest';
import { constituencies } from '../../../scripts/dataset/constituencies';
import { identities } from '../../../scripts/dataset/identities';
import { memberships } from '../../../scripts/dataset/memberships';
import { BuildReport } from '../../../scripts/dataset/report';
import type { CsvSource } from '../../../scripts/dataset/sources';
import { tinyParties, tinySources, withRows } from './tiny-sources';

function build(csv: Partial<Record<CsvSource, string>> = {}) {
  const report = new BuildReport();
  const sources = tinySources(csv);
  const context = {
    ids: identities(sources, report),
    constituency: constituencies(sources, report),
    parties: tinyParties(sources, report),
    report,
  };
  return { list: memberships(sources, context), report };
}

describe('memberships stage', () => {
  it("gives each spell its seat's nation, from the election results and the current list, by the seat's name", () => {
    const { list } = build();
    const nations = new Map(list.map((m) => [m.constituency, m.country]));
    expect(Object.fromEntries(nations)).toEqual({ Southvale: 'England', Northtown: 'England', Westbridge: 'Wales' });
  });

  it('takes the 2010–15 Parliament from parlparse, sourced to the person’s TheyWorkForYou page', () => {
    const { list } = build();
    expect(list.filter((m) => m.from?.startsWith('201') && m.end === 'exact')).toEqual([
      expect.objectContaining({
        id: '102-general-election-2010-05-06',
        personId: 102,
        constituency: 'Southvale',
        party: 'Conservative',
        to: '2015-03-30',
        basis: 'general-election',
        sources: [{ url: 'https://www.theyworkforyou.com/mp/9002', label: 'mySociety parlparse via TheyWorkForYou' }],
      }),
      expect.objectContaining({ id: '103-by-election-2012-11-15', party: 'Liberal Democrat', basis: 'by-election' }),
    ]);
  });

  it('takes later elections from the GE file: seat respelled, party derived, link upgraded to https', () => {
    const { list, report } = build();
    // Bob's 2010 win is parlparse's, so the GE file's row for it is not used again.
    expect(list.filter((m) => m.personId === 102).map((m) => m.end)).toEqual(['exact']);
    expect(report.missing2010).toBe(0);
    expect(list.find((m) => m.id === '101-general-election-2019-12-12')).toMatchObject({
      constituency: 'Northtown',
      party: 'Labour (Co-op)',
      to: '2024-05-30',
      end: 'at-latest',
      sources: [{ url: 'https://example.org/ge/2019/northtown', label: 'UK Parliament election results' }],
    });
    expect(list.find((m) => m.id === '103-general-election-2024-07-04')).toMatchObject({
      party: 'Independent',
      to: null,
      end: 'unknown',
    });
  });

  it('marks a GE 2024 spell sitting when the snapshot shows the same seat and party, else adds a snapshot spell', () => {
    expect(build().list.find((m) => m.id === '101-general-election-2024-07-04')?.end).toBe('sitting');
    expect(build().list.filter((m) => m.basis === 'snapshot')).toEqual([]);

    const currentMps = withRows('currentMps', [
      '101,Alice Archer,Independent,Northtown,,9001,https://example.org/members/101',
    ]);
    const { list, report } = build({ currentMps });
    expect(list.find((m) => m.id === '101-general-election-2024-07-04')?.end).toBe('unknown');
    expect(list.find((m) => m.basis === 'snapshot')).toMatchObject({
      id: '101-snapshot-2026-06-27',
      party: 'Independent',
      from: null,
      end: 'sitting',
      asOf: '2026-06-27',
    });
    expect(report.tally.get('snapshot: same seat, party changed since GE 2024')).toBe(1);
  });

  it('emits a GE 2010 winner that parlparse lacks, and drops rows it cannot place', () => {
    const parlparse = withRows('parlparse', []);
    const { list, report } = build({ parlparse });
    expect(report.missing2010).toBe(1);
    expect(list.find((m) => m.id === '102-general-election-2010-05-06')?.end).toBe('at-latest');

    const geWinners = withRows('geWinners', [
      '2024-07-04,,999,Zed,Zee,Northtown,Labour,,false,Lab hold,https://example.org/ge',
      '2024-07-04,,103,Carol,Clark,Westbridge,,,false,Con hold,https://example.org/ge',
    ]);
    expect(build({ geWinners }).report.dropped).toEqual([
      'GE 2024-07-04 Zed Zee, Northtown: MNIS "999" is not in the index',
      'GE 2024-07-04 Carol Clark, Westbridge: no party in the GE file and none derivable',
    ]);
  });

  it('keeps "(Co-op)" on a 2010 Labour and Co-operative winner, whom parlparse writes plain "Lab"', () => {
    const { list, report } = build({
      geWinners: withRows('geWinners', [
        '2010-05-06,2015-03-30,102,Bob,Baker,Southvale,Labour,Co-operative,false,Lab hold,https://example.org/ge/2010/southvale',
      ]),
      parlparse: withRows('parlparse', [
        '9002,,Bob,Baker,Southvale,Lab,2010-05-06,2015-03-30,general_election',
        '9003,,Carol,Clark,Westbridge,Lab,2012-11-15,2015-03-30,by_election',
      ]),
    });
    expect(list.find((m) => m.id === '102-general-election-2010-05-06')?.party).toBe('Labour (Co-op)');
    // A by-election winner's Co-op status is not in the sources: plain Labour, counted.
    expect(list.find((m) => m.id === '103-by-election-2012-11-15')?.party).toBe('Labour');
    expect(report.tally.get('parlparse Labour spells after 2010 left "Labour" (Co-op not in the sources)')).toBe(1);
  });
});
