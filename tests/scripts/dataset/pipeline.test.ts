// @vitest-environment node
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/dataset/pipeline';
import { formatReport } from '../../../scripts/dataset/print-report';
import { BuildReport } from '../../../scripts/dataset/report';
import { Dataset } from '../../../utils/data/schema';
import { PARTY_SPELLING_ROWS, TINY_CSV, writeTinySources } from './tiny-sources';

describe('dataset pipeline', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const build = () => {
    const geWinners = `${TINY_CSV.geWinners}${PARTY_SPELLING_ROWS.join('\n')}\n`;
    const dir = writeTinySources({ geWinners });
    dirs.push(dir);
    const report = new BuildReport();
    return { dataset: buildDataset(dir, report), report };
  };

  it('builds a dataset the schema accepts, from files laid out like shared/data', () => {
    const { dataset, report } = build();
    expect(Dataset.safeParse(dataset).success).toBe(true);
    expect(dataset).toMatchObject({ format: 1, snapshotDate: '2026-06-27' });
    expect(dataset.people.map((p) => p.id)).toEqual([101, 102, 103]);
    expect(dataset.memberships.map((m) => m.id)).toEqual([
      '101-general-election-2019-12-12',
      '101-general-election-2024-07-04',
      '102-general-election-2010-05-06',
      '103-by-election-2012-11-15',
      '103-general-election-2024-07-04',
    ]);
    expect([dataset.bills, dataset.policies, dataset.votingRecords].map((l) => l.length)).toEqual([1, 1, 1]);
    expect([dataset.divisions, dataset.disputeEvents].map((l) => l.length)).toEqual([1, 1]);
    // The spelling rows' winners are not in the index, and the report says so.
    expect(report.dropped).toHaveLength(PARTY_SPELLING_ROWS.length);
  });

  it('gives the same bytes and version from the same sources, in a fixed key order', () => {
    const first = build().dataset;
    const second = build().dataset;
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(first).slice(0, 4)).toEqual(['format', 'version', 'snapshotDate', 'people']);
  });

  it('prints a report of what it covered, counted, dropped and noted', () => {
    const { dataset, report } = build();
    const text = formatReport(dataset, report);
    for (const section of ['Records', 'People', 'Memberships', 'Bills', 'Counters', 'Dropped', 'Notes']) {
      expect(text).toContain(`== ${section}`);
    }
    expect(text).toContain('  people: 3');
    expect(text).toContain('    NORTHTOWN → Northtown (1)');
    expect(text).toContain('  - GE 2015-05-07 A B, Seat 0: MNIS "900" is not in the index');
  });
});
