/**
 * Importing a data pack that parsePack accepted, in one readwrite transaction
 * over every store it touches (all or nothing), and an undo of the last
 * import, just as atomic. What an import would add, update, remove and leave
 * alone is planned, and previewed for the reader, in preview-import.ts.
 *
 * An import replaces the pack's previous version: its records are stored with
 * origin `pack:<id>`, and records of that origin missing from the new version
 * are removed. A record whose id is already held by someone else (the bundled
 * data, the reader's own records, another pack) is a conflict: it is not
 * imported, the holder's record stays as it is, and the rest of the pack is
 * imported. Refusing the whole pack instead would let one shared id block a
 * subscription for good; bundled records are never overwritten either way.
 *
 * With `restore`, a pack is a backup of the reader's own records (exportPack's
 * output): its records come back with origin `campaigner`, editable again, and
 * nothing of the reader's is removed.
 */
import type { BevanDb } from '../data/db';
import { HttpsUrl, type Origin } from '../data/schema';
import { z } from '../data/zod';
import { describeIssues } from '../messages';
import { failure, type Result } from '../result';
import { findReferenceProblems, type PackContext } from './parse-pack';
import { DataPack } from './pack-format';
import {
  allOrNothing,
  INSTALLED_PACKS_KEY,
  InstalledPacks,
  LAST_IMPORT_KEY,
  packTransaction,
  putInstalledPacks,
  readMeta,
  UndoRecord,
  type InstalledPack,
  type WriteQueue,
} from './pack-storage';
import { importOrigin, planImport, type ImportOptions, type PackRecord, type StorePlan } from './preview-import';

/** What parsePack checks a pack against: the MPs and bills in the database, and today (YYYY-MM-DD, UTC). */
export async function packContext(db: BevanDb, today: string): Promise<PackContext> {
  const transaction = db.transaction(['people', 'bills'], 'readonly');
  const [personIds, billIds] = await Promise.all([
    transaction.objectStore('people').getAllKeys(),
    transaction.objectStore('bills').getAllKeys(),
  ]);
  return { knownPersonIds: new Set(personIds), knownBillIds: new Set(billIds), today };
}

// ---------------------------------------------------------------------------
// Import and undo

export interface ImportSummary {
  origin: Origin;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Records not imported because their id is held by someone else. */
  conflicts: number;
}

export async function importPack(
  db: BevanDb,
  given: DataPack,
  options: ImportOptions = {},
): Promise<Result<ImportSummary>> {
  // Checked again, whoever the caller: a pack may reach the background in a message, and an undo record
  // of records that never validated could not be trusted to put things back.
  const validated = DataPack.safeParse(given);
  if (!validated.success) return failure('invalid-request', describeIssues(validated.error));
  const pack = validated.data;
  const sourceUrl = options.sourceUrl ?? null;
  if (sourceUrl !== null && !SourceUrl.safeParse(sourceUrl).success) {
    return failure('invalid-request', 'sourceUrl: Must be an https:// address');
  }
  const origin = importOrigin(pack, options);
  const importedAt = (options.now ?? new Date()).toISOString();
  const transaction = packTransaction(db, 'readwrite');
  return allOrNothing(transaction, async (writes) => {
    // Checked again here, inside the transaction: the database may have changed since the pack was read.
    const [personIds, billIds] = await Promise.all([
      transaction.objectStore('people').getAllKeys(),
      transaction.objectStore('bills').getAllKeys(),
    ]);
    const problems = findReferenceProblems(pack, {
      knownPersonIds: new Set(personIds),
      knownBillIds: new Set(billIds),
    });
    if (problems.length) return failure('invalid-request', problems.slice(0, 5).join('; '));

    const plan = await planImport(transaction, pack, origin, !options.restore);
    const changes = {
      bills: queueChanges(transaction.objectStore('bills'), plan.bills, writes),
      stances: queueChanges(transaction.objectStore('stances'), plan.stances, writes),
      disputeEvents: queueChanges(transaction.objectStore('disputeEvents'), plan.disputeEvents, writes),
    };

    const meta = transaction.objectStore('meta');
    let installedChange: UndoRecord['installed'] = null;
    if (!options.restore) {
      const installed = await readMeta(transaction, INSTALLED_PACKS_KEY, InstalledPacks, {});
      const previous = installed[pack.pack.id] ?? null;
      const entry: InstalledPack = { ...pack.pack, importedAt, sourceUrl: sourceUrl ?? previous?.sourceUrl ?? null };
      writes.push(putInstalledPacks(transaction, { ...installed, [pack.pack.id]: entry }));
      installedChange = { packId: pack.pack.id, previous };
    }
    const changed = changes.bills.length + changes.stances.length + changes.disputeEvents.length;
    // An import that changed no record (a subscription refreshed with nothing new) keeps the undo of the one before.
    if (changed > 0) {
      const undo: UndoRecord = { origin, packName: pack.pack.name, importedAt, installed: installedChange, changes };
      writes.push(meta.put(undo, LAST_IMPORT_KEY));
    }
    const count = (pick: (storePlan: StorePlan<PackRecord>) => number) =>
      pick(plan.bills) + pick(plan.stances) + pick(plan.disputeEvents);
    return {
      ok: true,
      data: {
        origin,
        added: count((storePlan) => storePlan.adds.length),
        updated: count((storePlan) => storePlan.updates.length),
        removed: count((storePlan) => storePlan.removes.length),
        unchanged: count((storePlan) => storePlan.unchanged.length),
        conflicts: count((storePlan) => storePlan.conflicts.length),
      },
    };
  });
}

const SourceUrl = z.nullable(HttpsUrl);

interface WritableStore<R> {
  get(id: string): Promise<R | undefined>;
  put(record: R): Promise<unknown>;
  delete(id: string): Promise<void>;
}

type Change<R> = { id: string; previous: R | null };

/** Queues a store's writes and returns what they replace, for the undo. */
function queueChanges<R extends PackRecord>(
  store: WritableStore<R>,
  plan: StorePlan<R>,
  writes: WriteQueue,
): Change<R>[] {
  const changes: Change<R>[] = [];
  for (const record of plan.adds) {
    writes.push(store.put(record));
    changes.push({ id: record.id, previous: null });
  }
  for (const { record, previous } of plan.updates) {
    writes.push(store.put(record));
    changes.push({ id: record.id, previous });
  }
  for (const previous of plan.removes) {
    writes.push(store.delete(previous.id));
    changes.push({ id: previous.id, previous });
  }
  return changes;
}

/** The last import, as the undo button describes it; null when there is nothing to undo. */
export async function lastImport(
  db: BevanDb,
): Promise<{ origin: Origin; packName: string; importedAt: string; changes: number } | null> {
  const transaction = packTransaction(db, 'readonly');
  const undo = await readMeta(transaction, LAST_IMPORT_KEY, z.nullable(UndoRecord), null);
  if (!undo) return null;
  const { bills, stances, disputeEvents } = undo.changes;
  return {
    origin: undo.origin,
    packName: undo.packName,
    importedAt: undo.importedAt,
    changes: bills.length + stances.length + disputeEvents.length,
  };
}

/** Puts back every record the last import wrote or deleted, and its installed-pack entry, in one transaction. */
export async function undoLastImport(
  db: BevanDb,
): Promise<Result<{ origin: Origin; packName: string; restored: number; deleted: number }>> {
  const transaction = packTransaction(db, 'readwrite');
  return allOrNothing(transaction, async (writes) => {
    const meta = transaction.objectStore('meta');
    const stored = await meta.get(LAST_IMPORT_KEY);
    if (stored === undefined) return failure('not-found', 'There is no import to undo');
    const parsed = UndoRecord.safeParse(stored);
    if (!parsed.success) return failure('internal', 'The record of the last import is damaged; it cannot be undone');
    const undo = parsed.data;
    const counts = await Promise.all([
      queueRestore(transaction.objectStore('bills'), undo.changes.bills, writes),
      queueRestore(transaction.objectStore('stances'), undo.changes.stances, writes),
      queueRestore(transaction.objectStore('disputeEvents'), undo.changes.disputeEvents, writes),
    ]);
    if (undo.installed) {
      const installed = await readMeta(transaction, INSTALLED_PACKS_KEY, InstalledPacks, {});
      const { [undo.installed.packId]: _imported, ...others } = installed;
      const restored = undo.installed.previous
        ? { ...others, [undo.installed.packId]: undo.installed.previous }
        : others;
      writes.push(putInstalledPacks(transaction, restored));
    }
    writes.push(meta.delete(LAST_IMPORT_KEY));
    return {
      ok: true,
      data: {
        origin: undo.origin,
        packName: undo.packName,
        restored: counts.reduce((sum, count) => sum + count.restored, 0),
        deleted: counts.reduce((sum, count) => sum + count.deleted, 0),
      },
    };
  });
}

async function queueRestore<R extends PackRecord>(
  store: WritableStore<R>,
  changes: Change<R>[],
  writes: WriteQueue,
): Promise<{ restored: number; deleted: number }> {
  const current = await Promise.all(changes.map((change) => store.get(change.id)));
  let restored = 0;
  let deleted = 0;
  changes.forEach((change, index) => {
    // Never touch bundled data, even if a bundled release has since brought a record with this id.
    if (current[index]?.origin === 'bundled') return;
    if (change.previous) {
      writes.push(store.put(change.previous));
      restored++;
    } else {
      writes.push(store.delete(change.id));
      deleted++;
    }
  });
  return { restored, deleted };
}
