/**
 * Saving a form: check the draft, give a new record an id nobody holds, ask
 * the background to save it (saveRecord, which checks again and refuses
 * bundled and pack ids), and turn a refusal into errors beside the fields.
 */
import type { Ask } from '../messages';
import type { EditableRecord } from '../records/requests';
import { fieldErrorsFromMessage, type FieldErrors } from './field-errors';
import type { Checked } from './record-checks';
import { withSuffix } from './record-drafts';

export type SaveOutcome<R> = { ok: true; record: R } | { ok: false; errors: FieldErrors };

/** Tries `base`, `base-2`, `base-3`… and gives up after this many. */
const MAX_ID_ATTEMPTS = 50;

export async function saveRecordDraft<S extends EditableRecord['store'], R extends EditableRecord['record']>(
  ask: Ask,
  options: {
    store: S;
    /** The record's id when editing; null for a new record. */
    existingId: string | null;
    /** A new record's preferred id. */
    newId: () => string;
    check: (id: string) => Checked<R>;
    isField: (field: string) => boolean;
  },
): Promise<SaveOutcome<R>> {
  let id = options.existingId ?? options.newId();
  const checked = options.check(id);
  if (!checked.ok) return checked;
  if (options.existingId === null) {
    const free = await freeId(ask, options.store, id);
    if (!free.ok) return free;
    id = free.id;
  }
  const record = { ...checked.record, id };
  const saved = await ask('saveRecord', { store: options.store, record } as EditableRecord);
  if (!saved.ok) return { ok: false, errors: fieldErrorsFromMessage(saved.error.message, options.isField) };
  return { ok: true, record };
}

async function freeId(
  ask: Ask,
  store: EditableRecord['store'],
  base: string,
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
  for (let attempt = 1; attempt <= MAX_ID_ATTEMPTS; attempt++) {
    const id = withSuffix(base, attempt);
    const existing = await ask('getRecord', { store, id });
    if (!existing.ok) return { ok: false, errors: { form: existing.error.message } };
    if (existing.data === null) return { ok: true, id };
  }
  return { ok: false, errors: { form: `Too many records already have ids like "${base}".` } };
}
