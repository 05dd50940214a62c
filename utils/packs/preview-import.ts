/**
 * What importing a data pack would change, worked out before anything is
 * written: the plan, store by store, of what it would add, update, remove,
 * leave alone and not import for a conflict (see import-pack.ts for the rules),
 * and the preview of that plan shown to the reader. importPack carries out the
 * same plan inside its readwrite transaction.
 */
import type { BevanDb } from '../data/db';
import type { Bill, DisputeEvent, Origin, Stance } from '../data/schema';
import { describeStance } from '../editor/record-titles';
import { packOrigin, withOrigin, type DataPack, type PackInfo, type PackStore } from './pack-format';
import {
  INSTALLED_PACKS_KEY,
  InstalledPacks,
  packTransaction,
  readMeta,
  type InstalledPack,
  type PackTransaction,
} from './pack-storage';

export interface ImportOptions {
  /** Bring a backup of the reader's own records back as their own, rather than as the pack's. */
  restore?: boolean;
  /** The subscribed https URL the pack was fetched from, kept so that unsubscribing can remove it. */
  sourceUrl?: string | null;
  now?: Date;
}

export type PackRecord = Bill | Stance | DisputeEvent;

export interface StorePlan<R extends PackRecord> {
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

export async function planImport(
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

export function importOrigin(pack: DataPack, options: ImportOptions): Origin {
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
// The preview

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
