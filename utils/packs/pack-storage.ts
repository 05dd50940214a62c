/**
 * Where data packs keep their bookkeeping, and how their writes stay all or
 * nothing. No store is added for packs: which packs are installed, the undo
 * information of the last import and the subscribed URLs live in the `meta`
 * store under the keys below, each read back through its schema, so a damaged
 * value is noticed rather than trusted.
 */
import type { IDBPTransaction } from 'idb';
import type { BevanDb, BevanSchema } from '../data/db';
import { z } from '../data/zod';
import { Bill, DisputeEvent, HttpsUrl, Origin, PackId, Stance } from '../data/schema';
import { errorMessage, failure, type Result } from '../result';
import { PackInfo, PACK_STORES, packOrigin } from './pack-format';

export const INSTALLED_PACKS_KEY = 'packs.installed';
export const LAST_IMPORT_KEY = 'packs.lastImport';
export const SUBSCRIPTIONS_KEY = 'packs.subscriptions';

/** A pack as installed: its header, when it was imported and, for a subscription, the URL it came from. */
export const InstalledPack = z.object({
  ...PackInfo.shape,
  importedAt: z.iso.datetime(),
  sourceUrl: z.nullable(HttpsUrl),
});
export type InstalledPack = z.infer<typeof InstalledPack>;

export const InstalledPacks = z.record(PackId, InstalledPack);
export type InstalledPacks = z.infer<typeof InstalledPacks>;

const change = <T extends z.ZodMiniType>(record: T) => z.object({ id: z.string(), previous: z.nullable(record) });

/**
 * What the last import changed, enough to put it back: the previous version
 * of every record it wrote or deleted (null for a record it added), and the
 * installed-pack entry it replaced.
 */
export const UndoRecord = z.lazy(() =>
  z.object({
    origin: Origin,
    packName: z.string(),
    importedAt: z.iso.datetime(),
    installed: z.nullable(z.object({ packId: PackId, previous: z.nullable(InstalledPack) })),
    changes: z.object({
      bills: z.array(change(Bill)),
      stances: z.array(change(Stance)),
      disputeEvents: z.array(change(DisputeEvent)),
    }),
  }),
);
export type UndoRecord = z.infer<typeof UndoRecord>;

export const Subscriptions = z.array(HttpsUrl);

/** The stores a pack transaction spans: the records, the people they name, and the bookkeeping. */
export const PACK_TRANSACTION_STORES = ['people', ...PACK_STORES, 'meta'] as const;
export type PackTransaction<Mode extends IDBTransactionMode> = IDBPTransaction<
  BevanSchema,
  typeof PACK_TRANSACTION_STORES,
  Mode
>;

export function packTransaction<Mode extends IDBTransactionMode>(db: BevanDb, mode: Mode): PackTransaction<Mode> {
  return db.transaction(PACK_TRANSACTION_STORES, mode);
}

/** A meta value read through its schema; a missing or damaged one reads as `fallback`. */
export async function readMeta<T>(
  transaction: PackTransaction<IDBTransactionMode>,
  key: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  fallback: T,
): Promise<T> {
  const stored = schema.safeParse(await transaction.objectStore('meta').get(key));
  return stored.success ? stored.data : fallback;
}

/** Where a transaction's writes are queued: the transaction runs them in order, and each is checked at the end. */
export interface WriteQueue {
  push(write: Promise<unknown>): void;
}

/**
 * Runs `work` in a readwrite transaction so that either all of it is written
 * or none of it. `work` reads what it needs, then queues its writes without
 * awaiting them (thousands of round trips would make a big import slow). If
 * it throws, refuses, or any write fails, the transaction is aborted and the
 * database is as it was.
 */
export async function allOrNothing<T>(
  transaction: PackTransaction<'readwrite'>,
  work: (writes: WriteQueue) => Promise<Result<T>>,
): Promise<Result<T>> {
  const writes: Promise<unknown>[] = [];
  // A write that fails while `work` is still reading is looked at once `work` is done; until then its
  // rejection (and the transaction's) must not be reported as unhandled.
  const queue: WriteQueue = {
    push(write) {
      write.catch(() => undefined);
      writes.push(write);
    },
  };
  transaction.done.catch(() => undefined);
  let result: Result<T>;
  try {
    result = await work(queue);
  } catch (error) {
    result = failure('internal', `Nothing was changed: ${errorMessage(error)}`);
  }
  if (!result.ok) {
    // A request refused synchronously does not abort the transaction by itself:
    // without this, the writes queued before it would commit.
    try {
      transaction.abort();
    } catch {
      // Already aborted by a failed request: nothing more to undo.
    }
    await Promise.allSettled([...writes, transaction.done]);
    return result;
  }
  const outcomes = await Promise.allSettled([...writes, transaction.done]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  return failed ? failure('internal', `Nothing was changed: ${errorMessage(failed.reason)}`) : result;
}

/**
 * Queues the deletion of every record of pack `packId`, its installed entry
 * and, when the last import was of this pack, its undo information (undoing
 * it later would bring a removed pack back). Returns how many records go.
 */
export async function queuePackRemoval(
  transaction: PackTransaction<'readwrite'>,
  packId: string,
  installed: InstalledPacks,
  writes: WriteQueue,
): Promise<number> {
  const origin = packOrigin(packId);
  let removed = 0;
  for (const storeName of PACK_STORES) {
    const store = transaction.objectStore(storeName);
    const keys = await store.index('byOrigin').getAllKeys(origin);
    for (const key of keys) writes.push(store.delete(key));
    removed += keys.length;
  }
  if (packId in installed) {
    const { [packId]: _removed, ...rest } = installed;
    writes.push(putInstalledPacks(transaction, rest));
  }
  const meta = transaction.objectStore('meta');
  const lastImport = await readMeta(transaction, LAST_IMPORT_KEY, z.nullable(UndoRecord), null);
  if (lastImport?.origin === origin) writes.push(meta.delete(LAST_IMPORT_KEY));
  return removed;
}

/** Stores the installed packs; with none left the key goes, as it was before the first import. */
export function putInstalledPacks(
  transaction: PackTransaction<'readwrite'>,
  installed: InstalledPacks,
): Promise<unknown> {
  const meta = transaction.objectStore('meta');
  return Object.keys(installed).length ? meta.put(installed, INSTALLED_PACKS_KEY) : meta.delete(INSTALLED_PACKS_KEY);
}
