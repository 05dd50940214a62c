/**
 * Loads the dataset shipped in public/data/ into the database. Runs on install,
 * on update and at start-up (in case an earlier load was interrupted); it does
 * nothing when the stored bundled version is already current.
 *
 * The replacement happens in one transaction: if the worker is stopped half
 * way, IndexedDB rolls it back and the old bundled records remain. Campaigner
 * and pack records are never read, changed or deleted here; where one already
 * holds the id of a bundled record, the campaigner's record wins.
 */
import type { IDBPObjectStore } from 'idb';
import type { BevanDb, RecordStore } from './db';
import { RECORD_STORES } from './db';
import { Dataset } from './schema';
import { describeIssues } from '../messages';

export const BUNDLED_VERSION_KEY = 'bundledVersion';
/** The date the bundled sources describe: a post still open in them is known to be held up to then, not after. */
export const BUNDLED_SNAPSHOT_KEY = 'bundledSnapshotDate';

export interface BundledLoadResult {
  version: string;
  replaced: boolean;
  /** Bundled records not stored because a campaigner's record holds their id. */
  shadowed: number;
}

/** The records of each store in a dataset. Stances are never bundled. */
function recordsByStore(dataset: Dataset): Record<RecordStore, readonly { id: string | number }[]> {
  return {
    people: dataset.people,
    memberships: dataset.memberships,
    bills: dataset.bills,
    policies: dataset.policies,
    votingRecords: dataset.votingRecords,
    divisions: dataset.divisions,
    disputeEvents: dataset.disputeEvents,
    posts: dataset.posts,
    stances: [],
  };
}

export async function storedBundledVersion(db: BevanDb): Promise<string | null> {
  const version = await db.get('meta', BUNDLED_VERSION_KEY);
  return typeof version === 'string' ? version : null;
}

export async function storedSnapshotDate(db: BevanDb): Promise<string | null> {
  const date = await db.get('meta', BUNDLED_SNAPSHOT_KEY);
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** Validates raw JSON as a dataset; throws an Error naming the first offending fields. */
export function parseDataset(raw: unknown): Dataset {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) throw new Error(`The bundled dataset is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export async function loadBundledDataset(db: BevanDb, dataset: Dataset): Promise<BundledLoadResult> {
  if ((await storedBundledVersion(db)) === dataset.version) {
    return { version: dataset.version, replaced: false, shadowed: 0 };
  }
  // An older schema (a test standing in for an earlier release) lacks the newer stores: their records wait for it.
  const stores = RECORD_STORES.filter((name) => db.objectStoreNames.contains(name));
  const transaction = db.transaction([...stores, 'meta'], 'readwrite');
  const records = recordsByStore(dataset);
  let shadowed = 0;
  const writes: Promise<unknown>[] = [];
  try {
    for (const storeName of stores) {
      // idb's types cannot follow a store name held in a variable; the records
      // were validated against this store's schema by parseDataset.
      const store = transaction.objectStore(storeName) as unknown as IDBPObjectStore<
        unknown,
        [RecordStore],
        RecordStore,
        'readwrite'
      >;
      const bundledKeys = await store.index('byOrigin').getAllKeys('bundled');
      const bundled = new Set<IDBValidKey>(bundledKeys);
      const kept = new Set((await store.getAllKeys()).filter((key) => !bundled.has(key)));
      // Requests are queued without awaiting each one: the transaction runs them
      // in order, and thousands of round trips would make install slow.
      for (const key of bundledKeys) writes.push(store.delete(key));
      for (const record of records[storeName]) {
        if (kept.has(record.id)) shadowed++;
        else writes.push(store.put(record));
      }
    }
    writes.push(transaction.objectStore('meta').put(dataset.version, BUNDLED_VERSION_KEY));
    writes.push(transaction.objectStore('meta').put(dataset.snapshotDate, BUNDLED_SNAPSHOT_KEY));
  } catch (error) {
    // A request refused synchronously (say, a record without its key) does not
    // abort the transaction by itself: without this, the writes queued before
    // it would commit and leave a mix of old and new records.
    try {
      transaction.abort();
    } catch {
      // The browser aborted it first (the database closing, the disk full): nothing was written.
    }
    await Promise.allSettled([...writes, transaction.done]);
    throw error;
  }
  await Promise.all([...writes, transaction.done]);
  return { version: dataset.version, replaced: true, shadowed };
}
