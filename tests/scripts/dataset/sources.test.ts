// @vitest-environment node
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../../scripts/dataset/report';
import { readSources } from '../../../scripts/dataset/sources';
import { writeTinySources } from './tiny-sources';

describe('sources stage', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every CSV and JSON source, keeping only the columns and keys the build uses', () => {
    dir = writeTinySources();
    const sources = readSources(dir);
    expect(sources.index.map((r) => r.mnis_id)).toEqual(['101', '102', '103']);
    expect(sources.geWinners).toHaveLength(4);
    expect(sources.currentMps[0]).toMatchObject({ member_id: '101', pcon_name: 'Northtown' });
    expect(sources.bills[0]?.id).toBe('example-bill-2015-16');
    // Evidence quotes are never read, so they cannot be shipped.
    expect(sources.bills[0]).not.toHaveProperty('source_quote');
    expect(sources.policies[0]?.division_links).toHaveLength(2);
  });

  it('fails on a missing file, naming it', () => {
    dir = writeTinySources();
    rmSync(path.join(dir, 'mps/twfy_person_to_mnis.csv'));
    expect(() => readSources(dir)).toThrow(BuildError);
    expect(() => readSources(dir)).toThrow(/Missing source file .*twfy_person_to_mnis\.csv/);
  });

  it('fails on a missing column or malformed CSV, naming the file', () => {
    dir = writeTinySources();
    writeFileSync(path.join(dir, 'mps/twfy_person_to_mnis.csv'), 'twfy_person_id\n9001\n');
    expect(() => readSources(dir)).toThrow(/twfy_person_to_mnis\.csv: Missing column "mnis_id"/);
    writeFileSync(path.join(dir, 'mps/twfy_person_to_mnis.csv'), 'twfy_person_id,mnis_id\n"9001,101\n');
    expect(() => readSources(dir)).toThrow(/^mps\/twfy_person_to_mnis\.csv: /);
  });

  it('fails on JSON that is not in the expected shape', () => {
    dir = writeTinySources();
    writeFileSync(path.join(dir, 'bills/nhs_bills.json'), JSON.stringify([{ id: 'x', stages: [{ date: null }] }]));
    expect(() => readSources(dir)).toThrow(/bills\/nhs_bills\.json is not in the expected shape/);
  });

  it('reads a confirmed bills.parliament.uk id, and never an unconfirmed one', () => {
    dir = writeTinySources();
    const file = path.join(dir, 'bills/nhs_bills.json');
    const [bill] = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
    writeFileSync(
      file,
      JSON.stringify([
        { ...bill, bills_parliament_uk_id: 3041 },
        { ...bill, id: 'other-bill-2015-16', bills_parliament_uk_id_unverified: 1881 },
      ]),
    );
    const [confirmed, unconfirmed] = readSources(dir).bills;
    expect(confirmed?.bills_parliament_uk_id).toBe(3041);
    expect(unconfirmed).not.toHaveProperty('bills_parliament_uk_id');
    expect(unconfirmed).not.toHaveProperty('bills_parliament_uk_id_unverified');
  });
});
