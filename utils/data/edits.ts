/**
 * Campaigners' writes. Bundled records are read-only: a campaigner adds new
 * records (or stances about bundled ones) and may change or delete only what
 * campaigners added.
 */
import type { BevanDb } from './db';
import type { EditableRecord } from '../records/requests';
import type { MessageError, Result } from '../result';
import { failure } from '../result';

export async function saveCampaignerRecord(db: BevanDb, edit: EditableRecord): Promise<Result<{ id: string }>> {
  if (edit.record.origin !== 'campaigner') {
    return failure('invalid-request', 'record.origin: records saved in the editor must have origin "campaigner"');
  }
  const transaction = db.transaction([edit.store, 'people', 'bills'], 'readwrite');
  const problem = await findReferenceProblem(transaction.objectStore('people'), transaction.objectStore('bills'), edit);
  if (problem) {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    return { ok: false, error: problem };
  }
  const store = transaction.objectStore(edit.store);
  const existing = await store.get(edit.record.id);
  if (existing && existing.origin !== 'campaigner') {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    return failure(
      'conflict',
      `record.id: "${edit.record.id}" belongs to ${describeOrigin(existing.origin)} data and cannot be changed here`,
    );
  }
  // The union member and its store agree (EditableRecord pairs them); TypeScript cannot see through the pairing.
  await (store.put as (value: EditableRecord['record']) => Promise<unknown>)(edit.record);
  await transaction.done;
  return { ok: true, data: { id: edit.record.id } };
}

type PeopleStore = { get(id: number): Promise<unknown> };
type BillsStore = { get(id: string): Promise<unknown> };

async function findReferenceProblem(
  people: PeopleStore,
  bills: BillsStore,
  edit: EditableRecord,
): Promise<MessageError | null> {
  if (edit.store === 'stances') {
    if (!(await people.get(edit.record.personId))) {
      return {
        code: 'invalid-request',
        message: `record.personId: no MP with id ${edit.record.personId} in the dataset`,
      };
    }
    const subject = edit.record.subject;
    if (subject.kind === 'bill' && !(await bills.get(subject.billId))) {
      return { code: 'invalid-request', message: `record.subject.billId: no bill "${subject.billId}"` };
    }
  }
  if (edit.store === 'bills' && edit.record.sponsorId !== null && !(await people.get(edit.record.sponsorId))) {
    return {
      code: 'invalid-request',
      message: `record.sponsorId: no MP with id ${edit.record.sponsorId} in the dataset`,
    };
  }
  return null;
}

export async function deleteCampaignerRecord(
  db: BevanDb,
  store: EditableRecord['store'],
  id: string,
): Promise<Result<{ deleted: boolean }>> {
  const transaction = db.transaction(store, 'readwrite');
  const existing = await transaction.store.get(id);
  if (!existing) {
    await transaction.done;
    return { ok: true, data: { deleted: false } };
  }
  if (existing.origin !== 'campaigner') {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    return failure('conflict', `"${id}" belongs to ${describeOrigin(existing.origin)} data and cannot be deleted here`);
  }
  await transaction.store.delete(id);
  await transaction.done;
  return { ok: true, data: { deleted: true } };
}

function describeOrigin(origin: string): string {
  return origin === 'bundled'
    ? 'the bundled'
    : origin.startsWith('pack:')
      ? `the data pack "${origin.slice(5)}"`
      : origin;
}
