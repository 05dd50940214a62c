/**
 * The browser may stop Bevan's service worker at any moment, also half way
 * through a pack import or a bundled-data update. When it does, the worker's
 * open transaction is aborted and its connection goes. These tests stop the
 * "worker" that way after every write request of an import and an undo, and
 * at points spread over a bundled update (tens of thousands of writes), then
 * open the database afresh as the next start would: it holds the old state or
 * the new one, never a mix, and starting again finishes the update.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import type { Dataset, Stance } from '@/utils/data/schema';
import { importPack, undoLastImport } from '@/utils/packs/import-pack';
import { bundledDataset, freshDbName } from '../helpers/dataset';
import { dumpDatabase } from '../helpers/db-dump';
import { fixtureText, goodPackJson, parseGood } from '../packs/pack-helpers';

const WRITES = ['put', 'add', 'delete', 'clear'] as const;
const storePrototype = IDBObjectStore.prototype as unknown as Record<
  (typeof WRITES)[number],
  (this: IDBObjectStore, ...args: unknown[]) => IDBRequest
>;
const originalWrites = Object.fromEntries(WRITES.map((name) => [name, storePrototype[name]]));

afterEach(() => {
  Object.assign(storePrototype, originalWrites);
});

/**
 * Runs `operation`, stopping the worker right after its `stopAt`-th write
 * request: the transaction is aborted and the connection closed, as when the
 * browser ends a worker. Whatever the operation does after that fails, as it
 * would in a worker that no longer runs. Returns how many writes it asked for.
 */
async function runStoppingAt(stopAt: number, operation: () => Promise<unknown>): Promise<number> {
  let writes = 0;
  for (const name of WRITES) {
    storePrototype[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = originalWrites[name].apply(this, args);
      if (++writes === stopAt) {
        this.transaction.abort();
        this.transaction.db.close();
      }
      return request;
    };
  }
  try {
    await operation().catch(() => undefined);
  } finally {
    Object.assign(storePrototype, originalWrites);
  }
  return writes;
}

/** A state to compare: the stores given, as text (the bundled data is megabytes). */
async function stateOf(name: string, stores?: string[]): Promise<Record<string, string>> {
  const db = await openBevanDb(name);
  const dump = await dumpDatabase(db, stores);
  db.close();
  return Object.fromEntries(Object.entries(dump).map(([store, records]) => [store, JSON.stringify(records)]));
}

/** "old", "new", or the stores that match neither: what a reader would find after a restart. */
function which(state: Record<string, string>, old: Record<string, string>, next: Record<string, string>): string {
  const equal = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).every((store) => a[store] === b[store]);
  if (equal(state, old)) return 'old';
  if (equal(state, next)) return 'new';
  const mixed = Object.keys(state).filter((store) => state[store] !== old[store] && state[store] !== next[store]);
  const fromOld = Object.keys(state).filter((store) => state[store] === old[store]);
  return `a mix: ${mixed.join(', ') || 'no single store'} changed half way; ${fromOld.join(', ')} as before`;
}

const campaignerStance: Stance = {
  id: 'campaigner-lucas-dispute',
  personId: 3930,
  subject: { kind: 'dispute' },
  position: 'supports',
  date: '2016-01-12',
  note: null,
  sources: [{ url: 'https://example.org/campaigner', label: 'Campaigner' }],
  origin: 'campaigner',
};

/** Bundled data, a campaigner's stance and the fixture pack: a database in use. */
async function databaseInUse(): Promise<string> {
  const name = freshDbName();
  const db = await openBevanDb(name);
  await loadBundledDataset(db, bundledDataset());
  await db.put('stances', campaignerStance);
  const imported = await importPack(db, await parseGood(db, fixtureText('good-pack.json')), {
    now: new Date('2026-07-01T09:00:00Z'),
  });
  if (!imported.ok) throw new Error(imported.error.message);
  db.close();
  return name;
}

/** The fixture pack's next version: a bill changed, a stance gone, a stance added. */
async function nextPackVersion(db: BevanDb) {
  const json = goodPackJson();
  json.pack.created = '2026-07-31T12:00:00Z';
  const [bill] = json.bills as { outcome: string | null }[];
  bill.outcome = 'Second reading set down';
  const stances = json.stances as { id: string }[];
  json.stances = [...stances.slice(1), { ...stances[0], id: 'fixture-added-in-next-version' }];
  return parseGood(db, JSON.stringify(json));
}

/** A later bundled release: one bill's outcome changed, a dispute event withdrawn, a person renamed. */
function nextRelease(dataset: Dataset): Dataset {
  const next = structuredClone(dataset);
  next.version = `${dataset.version}-next`;
  next.bills[0].outcome = 'Changed in the next release';
  next.disputeEvents = next.disputeEvents.slice(1);
  next.people[0].nameVariants = [...next.people[0].nameVariants, 'A variant in the next release'];
  return next;
}

const PACK_STORES = ['bills', 'stances', 'disputeEvents', 'meta'];

describe('the worker stopped half way', () => {
  it('through a pack import, after any of its writes: the old pack or the new one', async () => {
    const name = await databaseInUse();
    const old = await stateOf(name, PACK_STORES);
    // The same import, run to the end on a copy: the new state, and how many writes it takes.
    const copy = await databaseInUse();
    const copyDb = await openBevanDb(copy);
    const total = await runStoppingAt(Infinity, async () => importPack(copyDb, await nextPackVersion(copyDb)));
    copyDb.close();
    const next = await stateOf(copy, PACK_STORES);
    expect(total).toBeGreaterThan(3);
    expect(next).not.toEqual(old);

    for (let stopAt = 1; stopAt <= total; stopAt++) {
      const db = await openBevanDb(name);
      const pack = await nextPackVersion(db);
      await runStoppingAt(stopAt, () => importPack(db, pack));
      expect(which(await stateOf(name, PACK_STORES), old, next), `stopped after write ${stopAt}`).toBe('old');
    }
  });

  it('through an undo, after any of its writes: the import still there, or wholly undone', async () => {
    const name = await databaseInUse();
    const imported = await stateOf(name, PACK_STORES);
    const copy = await databaseInUse();
    const copyDb = await openBevanDb(copy);
    const total = await runStoppingAt(Infinity, () => undoLastImport(copyDb));
    copyDb.close();
    const undone = await stateOf(copy, PACK_STORES);
    expect(total).toBeGreaterThan(3);

    for (let stopAt = 1; stopAt <= total; stopAt++) {
      const db = await openBevanDb(name);
      await runStoppingAt(stopAt, () => undoLastImport(db));
      expect(which(await stateOf(name, PACK_STORES), imported, undone), `stopped after write ${stopAt}`).toBe('old');
    }
  });

  it('through a bundled update: the old release or the new one, and the next start finishes it', async () => {
    const next = nextRelease(bundledDataset());
    const name = await databaseInUse();
    const old = await stateOf(name);
    const copy = await databaseInUse();
    const copyDb = await openBevanDb(copy);
    const total = await runStoppingAt(Infinity, () => loadBundledDataset(copyDb, next));
    copyDb.close();
    const updated = await stateOf(copy);
    // The campaigner's stance and the pack came through the update untouched.
    expect(updated.stances).toBe(old.stances);

    // The first and last writes, and points between: every write is a delete or put of tens of thousands.
    const stopPoints = [1, 2, Math.round(total / 3), Math.round(total / 2), total - 1, total];
    for (const stopAt of stopPoints) {
      const db = await openBevanDb(name);
      await runStoppingAt(stopAt, () => loadBundledDataset(db, next));
      expect(which(await stateOf(name), old, updated), `stopped after write ${stopAt} of ${total}`).toBe('old');
    }

    // The next start sees the stored version is not the shipped one and loads the release again, to the end.
    const restarted = await openBevanDb(name);
    expect((await loadBundledDataset(restarted, next)).replaced).toBe(true);
    restarted.close();
    expect(which(await stateOf(name), old, updated)).toBe('new');
  }, 60_000);
});
