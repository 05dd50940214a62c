/**
 * Importing a data pack that parsePack accepted: first a preview of what it
 * would add, update, remove and leave alone, then the import itself, in one
 * readwrite transaction over every store it touches (all or nothing), and an
 * undo of the last import, just as atomic.
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
import { HttpsUrl, type Bill, type DisputeEvent, type Origin, type Stance } from '../data/schema';
import { z } from '../data/zod';
import { describeIssues } from '../messages';
import { failure, type Result } from '../result';
import { describeStance } from '../editor/record-titles';
import { findReferenceProblems, type PackContext } from './parse-pack';
import { DataPack, packOrigin, withOrigin, type PackInfo, type PackStore } from './pack-format';
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
  type PackTransaction,
  type WriteQueue,
} from './pack-storage';

/** What parsePack checks a pack against: the MPs and bills in the database, and today (YYYY-MM-DD, UTC). */
export async function packContext(db: BevanDb, today: string): Promise<PackContext> {
  const transaction = db.transaction(['people', 'bills'], 'readonly');
  const [personIds, billIds] = await Promise.all([
    transaction.objectStore('people').getAllKeys(),
    transaction.objectStore('bills').getAllKeys(),
  ]);
  return { knownPersonIds: new Set(personIds), knownBillIds: new Set(billIds), today };
}

export interface ImportOptions {
  /** Bring a backup of the reader's own records back as their own, rather than as the pack's. */
  restore?: boolean;
  /** The subscribed https URL the pack was fetched from, kept so that unsubscribing can remove it. */
  sourceUrl?: string | null;
  now?: Date;
}

type PackRecord = Bill | Stance | DisputeEvent;

interface StorePlan<R extends PackRecord> {
  adds: R[];
  updates: { record: R; previous: R }[];
  /** The pack's records that its new version no longer has. */
  removes: R[];
  conflicts: { record: R; holder: R }[];
  unchanged: R[];
}

interface ReadableStore<R> {
  get(id: string): Promise<R | undefined>;
  index(name: 'byOrigin'): { getAll(origin: string): Promise<R[]> };
}

async function planStore<R extends PackRecord>(
  store: ReadableStore<R>,
  records: R[],
  origin: Origin,
  replaces: boolean,
): Promise<StorePlan<R>> {
  const plan: StorePlan<R> = { adds: [], updates: [], removes: [], conflicts: [], unchanged: [] };
  const existing = await Promise.all(records.map((record) => store.get(record.id)));
  records.forEach((record, index) => {
    const previous = existing[index];
    if (!previous) plan.adds.push(record);
    else if (previous.origin !== origin) plan.conflicts.push({ record, holder: previous });
    else if (sameRecord(previous, record)) plan.unchanged.push(record);
    else plan.updates.push({ record, previous });
  });
  if (replaces) {
    const ids = new Set(records.map((record) => record.id));
    plan.removes = (await store.index('byOrigin').getAll(origin)).filter((record) => !ids.has(record.id));
  }
  return plan;
}

type ImportPlan = { bills: StorePlan<Bill>; stances: StorePlan<Stance>; disputeEvents: StorePlan<DisputeEvent> };

async function planImport(
  transaction: PackTransaction<IDBTransactionMode>,
  pack: DataPack,
  origin: Origin,
  replaces: boolean,
): Promise<ImportPlan> {
  const records = withOrigin(pack, origin);
  const [bills, stances, disputeEvents] = await Promise.all([
    planStore(transaction.objectStore('bills'), records.bills, origin, replaces),
    planStore(transaction.objectStore('stances'), records.stances, origin, replaces),
    planStore(transaction.objectStore('disputeEvents'), records.disputeEvents, origin, replaces),
  ]);
  return { bills, stances, disputeEvents };
}

function importOrigin(pack: DataPack, options: ImportOptions): Origin {
  return options.restore ? 'campaigner' : packOrigin(pack.pack.id);
}

/** Records compared by content, whatever the order of their keys. */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

// ---------------------------------------------------------------------------
// Preview

export interface PreviewItem {
  id: string;
  /** What a reader recognises the record by: a bill's short title, "Caroline Lucas supports …", an event's title. */
  title: string;
}

export interface PreviewConflict extends PreviewItem {
  heldBy: Origin;
  /** Who holds the id, as a reader would say it: "the bundled data", "your own records", "the data pack "x"". */
  holder: string;
}

export interface StorePreview {
  adds: PreviewItem[];
  updates: PreviewItem[];
  removes: PreviewItem[];
  conflicts: PreviewConflict[];
  unchanged: number;
}

export interface ImportPreview {
  pack: PackInfo;
  /** The origin the records will have. */
  origin: Origin;
  /** The version of this pack already installed, if any. */
  installed: InstalledPack | null;
  stores: Record<PackStore, StorePreview>;
}

export async function previewImport(db: BevanDb, pack: DataPack, options: ImportOptions = {}): Promise<ImportPreview> {
  const origin = importOrigin(pack, options);
  const transaction = packTransaction(db, 'readonly');
  const plan = await planImport(transaction, pack, origin, !options.restore);
  const installed = await readMeta(transaction, INSTALLED_PACKS_KEY, InstalledPacks, {});
  const titleOf = await titler(transaction, pack, plan);
  const describe = <R extends PackRecord>(storePlan: StorePlan<R>): StorePreview => {
    const item = (record: R): PreviewItem => ({ id: record.id, title: titleOf(record) });
    return {
      adds: storePlan.adds.map(item),
      updates: storePlan.updates.map(({ record }) => item(record)),
      removes: storePlan.removes.map(item),
      conflicts: storePlan.conflicts.map(({ record, holder }) => ({
        ...item(record),
        heldBy: holder.origin,
        holder: describeHolder(holder.origin),
      })),
      unchanged: storePlan.unchanged.length,
    };
  };
  return {
    pack: pack.pack,
    origin,
    installed: options.restore ? null : (installed[pack.pack.id] ?? null),
    stores: {
      bills: describe(plan.bills),
      stances: describe(plan.stances),
      disputeEvents: describe(plan.disputeEvents),
    },
  };
}

function describeHolder(origin: Origin): string {
  if (origin === 'bundled') return 'the bundled data';
  if (origin === 'campaigner') return 'your own records';
  return `the data pack "${origin.slice('pack:'.length)}"`;
}

/** Titles for display: stances are named by their MP and subject, looked up in the pack and the database. */
async function titler(
  transaction: PackTransaction<IDBTransactionMode>,
  pack: DataPack,
  plan: ImportPlan,
): Promise<(record: PackRecord) => string> {
  const stances = [
    ...plan.stances.adds,
    ...plan.stances.updates.map(({ record }) => record),
    ...plan.stances.removes,
    ...plan.stances.conflicts.map(({ record }) => record),
  ];
  const personIds = [...new Set(stances.map((stance) => stance.personId))];
  const billIds = [
    ...new Set(stances.flatMap((stance) => (stance.subject.kind === 'bill' ? [stance.subject.billId] : []))),
  ];
  const [people, bills] = await Promise.all([
    Promise.all(personIds.map((id) => transaction.objectStore('people').get(id))),
    Promise.all(billIds.map((id) => transaction.objectStore('bills').get(id))),
  ]);
  const names = new Map<number, string>();
  for (const person of people) if (person) names.set(person.id, person.name);
  const billTitles = new Map<string, string>();
  for (const bill of [...pack.bills, ...bills]) if (bill) billTitles.set(bill.id, bill.shortTitle);

  return (record) => {
    if ('shortTitle' in record) return record.shortTitle;
    if ('title' in record) return record.title;
    const billTitle = record.subject.kind === 'bill' ? billTitles.get(record.subject.billId) : null;
    return describeStance(record, names.get(record.personId), billTitle);
  };
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
