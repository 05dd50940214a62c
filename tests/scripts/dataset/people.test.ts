import { describe, expect, it } from 'vitest';
import { identities } from '../../../scripts/dataset/identities';
import { people } from '../../../scripts/dataset/people';
import { BuildReport } from '../../../scripts/dataset/report';
import type { CsvSource } from '../../../scripts/dataset/sources';
import { tinySources, withRows } from './tiny-sources';

function build(csv: Partial<Record<CsvSource, string>> = {}) {
  const report = new BuildReport();
  const sources = tinySources(csv);
  return { list: people(sources, identities(sources, report), report), report };
}

describe('people stage', () => {
  it('names each person as the newest source does, with their links, email and variants', () => {
    const { list } = build();
    expect(list[0]).toEqual({
      id: 101,
      twfyId: 9001,
      name: 'Alice Archer',
      nameVariants: ['Alice Archer-Smith'],
      sitting: true,
      email: 'alice.archer@example.org',
      sources: [
        { url: 'https://members.parliament.uk/member/101/career', label: 'UK Parliament Members' },
        { url: 'https://www.theyworkforyou.com/mp/9001', label: 'TheyWorkForYou' },
      ],
      origin: 'bundled',
    });
    // Bob's name comes from his latest GE win; his alias from parlparse's aliases.
    expect(list[1]).toMatchObject({ id: 102, name: 'Bob Baker', nameVariants: ['Bobby Baker'], sitting: false });
  });

  it('adds an alias only to the one person it fits, skipping office titles, single words and garbled spellings', () => {
    const aliases = withRows('aliases', [
      'The Health Secretary,Bob Baker',
      'Baker,Bob Baker',
      'B ob Baker,Bob Baker',
      'Robert Baker,Nobody Known',
      'Carrie Clark,Carol Clark',
    ]);
    const { list, report } = build({ aliases });
    expect(list.find((p) => p.id === 103)?.nameVariants).toEqual(['Carrie Clark']);
    expect(list.find((p) => p.id === 102)?.nameVariants).toEqual([]);
    expect(Object.fromEntries([...report.tally].filter(([k]) => k.startsWith('aliases')))).toEqual({
      'aliases skipped: office title': 1,
      'aliases skipped: a single word': 1,
      'aliases skipped: garbled or undecodable spelling': 1,
      'aliases skipped: fullname matches nobody in the dataset': 1,
      'aliases added': 1,
    });
    expect(report.notes).toContain('Aliases skipped as garbled: "B ob Baker"');
  });

  it('drops an email that is not an email address, and leaves a missing one null', () => {
    const currentMps = withRows('currentMps', [
      '101,Alice Archer,Labour,Northtown,not an address,9001,https://example.org/members/101',
    ]);
    const { list, report } = build({ currentMps });
    expect(list[0]?.email).toBeNull();
    expect(report.dropped).toEqual(['email of Alice Archer (101): not an email address: "not an address"']);
  });
});
