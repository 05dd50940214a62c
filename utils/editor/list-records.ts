/**
 * The editor's lists: the bills, stances or dispute events in the database,
 * whoever they came from, searched and filtered, each with the title and
 * one-line summary the list shows and whether the reader may change it (only
 * their own records; bundled and pack records are read-only).
 */
import type { BevanDb } from '../data/db';
import type { Origin } from '../data/schema';
import { formatDate, formatDateRange } from '../dates';
import { INSTALLED_PACKS_KEY, InstalledPacks } from '../packs/pack-storage';
import type { ListedRecord } from '../packs/requests';
import { describeOrigin, describeStance, readOnlyReason } from './record-titles';

export type EditorStore = 'bills' | 'stances' | 'disputeEvents';
export type OriginFilter = 'all' | 'campaigner' | 'packs' | 'bundled';

export interface ListQuery {
  store: EditorStore;
  query: string;
  filter: OriginFilter;
  /** Stances only: those about this bill. */
  billId?: string;
  limit: number;
}

export function matchesFilter(origin: Origin, filter: OriginFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'packs') return origin.startsWith('pack:');
  return origin === filter;
}

/** Folds case and accents, so that "therese" finds "Thérèse". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of `query` is found somewhere in `haystack` (already folded). */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

export async function listRecords(db: BevanDb, query: ListQuery): Promise<{ total: number; items: ListedRecord[] }> {
  const all = (await describeAll(db, query.store)).filter(
    (item) =>
      matchesFilter(item.entry.record.origin, query.filter) &&
      (query.billId === undefined ||
        (item.entry.store === 'stances' &&
          item.entry.record.subject.kind === 'bill' &&
          item.entry.record.subject.billId === query.billId)),
  );
  const found = query.query.trim() ? all.filter((item) => matchesQuery(searchText(item), query.query)) : all;
  return { total: found.length, items: found.slice(0, query.limit) };
}

export async function getListedRecord(db: BevanDb, store: EditorStore, id: string): Promise<ListedRecord | null> {
  return (await describeAll(db, store, id))[0] ?? null;
}

function searchText(item: ListedRecord): string {
  const record = item.entry.record;
  const extra =
    item.entry.store === 'bills'
      ? [...item.entry.record.aliases, item.entry.record.actTitle ?? '', item.entry.record.sponsorName ?? '']
      : item.entry.store === 'stances'
        ? [item.entry.record.note ?? '']
        : [item.entry.record.details ?? ''];
  return foldText([item.title, item.detail, record.id, ...extra].join(' \u0000 '));
}

/** Every record of a store (or the one with `onlyId`), described and sorted newest first. */
async function describeAll(db: BevanDb, store: EditorStore, onlyId?: string): Promise<ListedRecord[]> {
  const transaction = db.transaction(['bills', 'stances', 'disputeEvents', 'people', 'meta'], 'readonly');
  const installed = InstalledPacks.safeParse(await transaction.objectStore('meta').get(INSTALLED_PACKS_KEY));
  const packNames = new Map(Object.values(installed.success ? installed.data : {}).map((pack) => [pack.id, pack.name]));
  const origin = (record: { origin: Origin }) => ({
    originLabel: describeOrigin(record.origin, packNames),
    editable: record.origin === 'campaigner',
    readOnlyReason: readOnlyReason(record.origin, packNames),
  });
  const getAll = async <R>(source: { get(id: string): Promise<R | undefined>; getAll(): Promise<R[]> }) =>
    onlyId === undefined ? source.getAll() : [await source.get(onlyId)].filter((record) => record !== undefined);

  if (store === 'bills') {
    const bills = await getAll(transaction.objectStore('bills'));
    return bills
      .sort((a, b) => b.session.localeCompare(a.session) || a.shortTitle.localeCompare(b.shortTitle))
      .map((bill) => ({
        entry: { store, record: bill },
        title: bill.shortTitle,
        detail: [bill.type, `session ${bill.session}`, bill.aliases.length ? `also "${bill.aliases.join('", "')}"` : '']
          .filter(Boolean)
          .join(' · '),
        personName: null,
        ...origin(bill),
      }));
  }
  if (store === 'stances') {
    const stances = await getAll(transaction.objectStore('stances'));
    const people = transaction.objectStore('people');
    const bills = transaction.objectStore('bills');
    const names = new Map<number, string>();
    const titles = new Map<string, string>();
    await Promise.all([
      ...[...new Set(stances.map((stance) => stance.personId))].map(async (id) => {
        const person = await people.get(id);
        if (person) names.set(id, person.name);
      }),
      ...[...new Set(stances.flatMap((stance) => (stance.subject.kind === 'bill' ? [stance.subject.billId] : [])))].map(
        async (id) => {
          const bill = await bills.get(id);
          if (bill) titles.set(id, bill.shortTitle);
        },
      ),
    ]);
    return stances
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .map((stance) => ({
        entry: { store, record: stance },
        title: describeStance(
          stance,
          names.get(stance.personId),
          stance.subject.kind === 'bill' ? titles.get(stance.subject.billId) : null,
        ),
        detail: [formatDate(stance.date), stance.note ?? ''].filter(Boolean).join(' · '),
        personName: names.get(stance.personId) ?? null,
        ...origin(stance),
      }));
  }
  const events = await getAll(transaction.objectStore('disputeEvents'));
  return events
    .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id))
    .map((event) => ({
      entry: { store, record: event },
      title: event.title,
      detail: [formatDateRange(event.start, event.end), event.kind, event.verified ? '' : 'not verified']
        .filter(Boolean)
        .join(' · '),
      personName: null,
      ...origin(event),
    }));
}
