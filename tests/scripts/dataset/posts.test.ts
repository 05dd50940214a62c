import { describe, expect, it } from 'vitest';
import { identities } from '../../../scripts/dataset/identities';
import { governmentPost, IFG_SOURCE, mnisFromIfg, posts } from '../../../scripts/dataset/posts';
import { BuildReport } from '../../../scripts/dataset/report';
import type { CsvSource } from '../../../scripts/dataset/sources';
import { tinySources } from './tiny-sources';

function build(csv: Partial<Record<CsvSource, string>> = {}) {
  const report = new BuildReport();
  const sources = tinySources(csv);
  return { list: posts(sources, identities(sources, report), report), report };
}

describe('posts stage', () => {
  it('takes government posts from the IfG database for people in the dataset, by their MNIS id', () => {
    const { list, report } = build();
    expect(list.filter((p) => p.id.startsWith('ifg-'))).toEqual([
      {
        id: 'ifg-a1',
        personId: 101,
        role: 'health-secretary',
        title: 'Secretary of State for Health',
        start: '2015-05-11',
        end: '2016-07-13',
        sources: [IFG_SOURCE],
        origin: 'bundled',
      },
      expect.objectContaining({
        id: 'ifg-a2',
        role: 'minister-of-state-dh',
        title: 'Minister of State, Department of Health',
      }),
    ]);
    // Olive Older (999) is not in the dataset, and her post ended before 2010 anyway.
    expect(report.tally.get('IfG appointments left out: ended before 2010')).toBe(1);
  });

  it('takes the shadow Health Secretary from the health roles list, and leaves its government rows to IfG', () => {
    const { list, report } = build();
    expect(list.filter((p) => !p.id.startsWith('ifg-'))).toEqual([
      {
        id: 'shadow-health-secretary-103-2016-06-27',
        personId: 103,
        role: 'shadow-health-secretary',
        title: 'Shadow Secretary of State for Health (and Social Care)',
        start: '2016-06-27',
        end: null,
        sources: [{ url: 'https://example.org/roles/1', label: 'example.org' }],
        origin: 'bundled',
      },
    ]);
    expect(report.tally.get('health roles rows left out: government posts (taken from the IfG database)')).toBe(1);
  });

  it('drops a post of someone not in the dataset, or with dates that are not a span, saying why', () => {
    const { list, report } = build({
      healthRoles: `office,name,mnis_id,start_date,end_date,source_url
Leader of the Opposition,Nobody Known,777,2015-09-12,2020-04-04,https://example.org/roles/3
Leader of the Opposition,Carol Clark,103,2020-04-04,2015-09-12,https://example.org/roles/4
`,
    });
    expect(list.filter((p) => p.role === 'leader-of-the-opposition')).toEqual([]);
    expect(report.dropped).toEqual([
      'health role "Leader of the Opposition" Nobody Known 2015-09-12: MNIS "777" is not a person in the dataset',
      'health role "Leader of the Opposition" Carol Clark 2020-04-04: dates "2020-04-04" to "2015-09-12" are not a span of days',
    ]);
  });

  it('reads IfG’s decimal MNIS ids, and names posts by a stable role across renamings', () => {
    expect(mnisFromIfg('1572.0')).toBe(1572);
    expect(mnisFromIfg('')).toBeNull();
    expect(mnisFromIfg('12a')).toBeNull();
    const dhsc = { name: 'Department of Health and Social Care', short_name: 'DHSC' };
    expect(governmentPost('Secretary of State for Health and Social Care', dhsc)).toEqual({
      role: 'health-secretary',
      title: 'Secretary of State for Health and Social Care',
    });
    expect(governmentPost('Chancellor of the Exchequer', { name: 'HM Treasury', short_name: 'HMT' }).role).toBe(
      'chancellor',
    );
    // The posts the press names by role ("the Foreign Secretary"), one key across a department's renamings.
    expect(
      governmentPost('Secretary of State for Foreign and Commonwealth Affairs', { name: 'FCO', short_name: 'FCO' })
        .role,
    ).toBe('foreign-secretary');
    expect(
      governmentPost('Secretary of State for Foreign, Commonwealth and Development Affairs', {
        name: 'FCDO',
        short_name: 'FCDO',
      }).role,
    ).toBe('foreign-secretary');
    expect(governmentPost('Deputy Prime Minister', { name: 'Cabinet Office', short_name: 'CO' }).role).toBe(
      'deputy-prime-minister',
    );
    expect(governmentPost('Minister for Care', dhsc)).toEqual({
      role: 'minister-for-care-dhsc',
      title: 'Minister for Care',
    });
  });
});
