/**
 * Exports the reader's own records (origin `campaigner`), all or a selection,
 * as a data pack: to share with other campaigners, or to keep as a backup
 * (importPack with `restore` brings it back as the reader's own records).
 *
 * A pack must stand on its own, so the reader's bills that selected stances
 * are about come along even when not selected themselves.
 */
import type { BevanDb } from '../data/db';
import { describeIssues } from '../messages';
import { failure, type Result } from '../result';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PackInfo, type DataPack, type PackStore } from './pack-format';

export interface ExportRequest {
  id: string;
  name: string;
  publisher?: string;
  description?: string;
  homepage?: string;
  /** ISO date-time; now when left out. */
  created?: string;
  /** Only these records (a store left out contributes none); every campaigner record when left out. */
  selection?: Partial<Record<PackStore, string[]>>;
}

export async function exportPack(db: BevanDb, request: ExportRequest, now = new Date()): Promise<Result<DataPack>> {
  const { selection, ...header } = request;
  const info = PackInfo.safeParse({ ...header, created: header.created ?? now.toISOString() });
  if (!info.success) return failure('invalid-request', describeIssues(info.error));

  const transaction = db.transaction(['bills', 'stances', 'disputeEvents'], 'readonly');
  const [bills, stances, disputeEvents] = await Promise.all([
    transaction.objectStore('bills').index('byOrigin').getAll('campaigner'),
    transaction.objectStore('stances').index('byOrigin').getAll('campaigner'),
    transaction.objectStore('disputeEvents').index('byOrigin').getAll('campaigner'),
  ]);
  const own = { bills, stances, disputeEvents };

  const problems: string[] = [];
  const pick = <R extends { id: string }>(store: PackStore, records: R[]): R[] => {
    if (!selection) return records;
    const byId = new Map(records.map((record) => [record.id, record]));
    return (selection[store] ?? []).flatMap((id, index) => {
      const record = byId.get(id);
      if (!record) problems.push(`selection.${store}.${index}: "${id}" is not one of your own records`);
      return record ? [record] : [];
    });
  };
  const chosenStances = pick('stances', own.stances);
  const chosenBillIds = new Set(pick('bills', own.bills).map((bill) => bill.id));
  for (const stance of chosenStances) if (stance.subject.kind === 'bill') chosenBillIds.add(stance.subject.billId);
  const chosenEvents = pick('disputeEvents', own.disputeEvents);
  if (problems.length) return failure('invalid-request', problems.slice(0, 5).join('; '));

  return {
    ok: true,
    data: {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      pack: info.data,
      bills: own.bills.filter((bill) => chosenBillIds.has(bill.id)).map(withoutOrigin),
      stances: chosenStances.map(withoutOrigin),
      disputeEvents: chosenEvents.map(withoutOrigin),
    },
  };
}

/** A pack's records carry no origin: the pack says where they come from (see pack-format.ts). */
function withoutOrigin<R extends { origin: string }>({ origin: _origin, ...record }: R): Omit<R, 'origin'> {
  return record;
}

/** The pack as a file: indented JSON, so that a group can read and diff it. */
export function serializePack(pack: DataPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
