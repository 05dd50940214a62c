/** Shared by the data-pack tests: fixtures, a database with the bundled data, and a snapshot to compare against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import type { Stance } from '@/utils/data/schema';
import { packContext } from '@/utils/packs/import-pack';
import { parsePack, type PackContext } from '@/utils/packs/parse-pack';
import type { DataPack } from '@/utils/packs/pack-format';
import { bundledDataset, freshDbName } from '../helpers/dataset';

/** Every pack test runs on this day, so that "in the future" means the same thing on any machine. */
export const TODAY = '2026-11-25';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/packs');

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The good fixture as a plain object, to change in a test. */
export function goodPackJson(): Record<string, unknown> & { pack: Record<string, unknown> } {
  return JSON.parse(fixtureText('good-pack.json'));
}

export async function bundledDb(): Promise<BevanDb> {
  const db = await openBevanDb(freshDbName());
  await loadBundledDataset(db, bundledDataset());
  return db;
}

export function contextOf(db: BevanDb, today = TODAY): Promise<PackContext> {
  return packContext(db, today);
}

/** Parses text that the test expects to be a good pack, failing loudly otherwise. */
export async function parseGood(db: BevanDb, text: string): Promise<DataPack> {
  const parsed = parsePack(text, await contextOf(db));
  if (!parsed.ok) throw new Error(`Expected a good pack: ${parsed.errors.join('; ')}`);
  return parsed.pack;
}

/** Everything a pack operation may touch: the three record stores and the whole meta store. */
export async function snapshot(db: BevanDb) {
  const transaction = db.transaction(['bills', 'stances', 'disputeEvents', 'meta', 'people'], 'readonly');
  const meta = transaction.objectStore('meta');
  const [bills, stances, disputeEvents, metaKeys, metaValues, people] = await Promise.all([
    transaction.objectStore('bills').getAll(),
    transaction.objectStore('stances').getAll(),
    transaction.objectStore('disputeEvents').getAll(),
    meta.getAllKeys(),
    meta.getAll(),
    transaction.objectStore('people').count(),
  ]);
  return { bills, stances, disputeEvents, meta: metaKeys.map((key, index) => [key, metaValues[index]]), people };
}

/** A snapshot without the undo record: for comparing states that differ only in what can be undone. */
export function withoutUndo(state: Awaited<ReturnType<typeof snapshot>>) {
  return { ...state, meta: state.meta.filter(([key]) => key !== 'packs.lastImport') };
}

/** The origin of the good fixture's records once imported. */
export const FIXTURE_ORIGIN = 'pack:nhs-campaign-fixture';
/** The bill the good fixture adds. */
export const FIXTURE_BILL = 'publicly-funded-nhs-bill-2025-26';

/** A stance of the reader's own. */
export const campaignerStance: Stance = {
  id: 'campaigner-lucas-dispute',
  personId: 3930,
  subject: { kind: 'dispute' },
  position: 'supports',
  date: '2016-01-12',
  note: null,
  sources: [{ url: 'https://example.org/campaigner', label: 'Campaigner' }],
  origin: 'campaigner',
};

/** The good fixture under another pack id, every record id prefixed: a second group's pack. */
export function otherGroupsPack(): string {
  const json = goodPackJson();
  json.pack.id = 'other-group';
  json.pack.name = 'Another group';
  for (const list of ['bills', 'stances', 'disputeEvents'] as const) {
    for (const record of json[list] as { id: string; subject?: { kind: string; billId?: string } }[]) {
      record.id = `other-${record.id}`;
      if (record.subject?.billId === FIXTURE_BILL) record.subject.billId = `other-${FIXTURE_BILL}`;
    }
  }
  return JSON.stringify(json);
}
