/**
 * The state of RecordForm, whatever the kind of record:
 * the draft, the errors beside its fields (which follow the reader's typing
 * once they have tried to save), and saving through saveRecordDraft.
 */
import { useState } from 'preact/hooks';
import type { FieldErrors } from '@/utils/editor/field-errors';
import type { Checked } from '@/utils/editor/record-checks';
import { saveRecordDraft } from '@/utils/editor/save-record';
import type { Ask } from '@/utils/messages';
import type { EditableRecord } from '@/utils/records/requests';

export function useRecordDraft<D, S extends EditableRecord['store'], R extends EditableRecord['record']>(
  ask: Ask,
  options: {
    initial: () => D;
    store: S;
    /** The record's id when editing; null for a new record. */
    existingId: string | null;
    /** A new record's preferred id, from its draft. */
    newId: (draft: D) => string;
    check: (draft: D, id: string) => Checked<R>;
    isField: (field: string) => boolean;
    onSaved: (record: R, draft: D) => void;
  },
) {
  const [draft, setDraft] = useState<D>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const edit = (change: Partial<D>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // Once the reader has tried to save, errors follow their typing.
    if (attempt) {
      const checked = options.check(next, options.existingId ?? options.newId(next));
      setErrors(checked.ok ? {} : checked.errors);
    }
  };

  const save = async () => {
    setSaving(true);
    const outcome = await saveRecordDraft(ask, {
      store: options.store,
      existingId: options.existingId,
      newId: () => options.newId(draft),
      check: (recordId) => options.check(draft, recordId),
      isField: options.isField,
    });
    setSaving(false);
    setAttempt((count) => count + 1);
    if (!outcome.ok) setErrors(outcome.errors);
    else options.onSaved(outcome.record, draft);
  };

  return { draft, errors, attempt, saving, edit, save };
}
