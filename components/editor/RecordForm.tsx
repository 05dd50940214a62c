import type { Ask } from '@/utils/messages';
import { FieldList } from './FieldList';
import type { EditableStore, RecordFormKind, RecordOf } from './record-form-kind';
import { DeleteControl, ReadOnlyNote, RecordFormShell } from './RecordFormShell';
import { useRecordDraft } from './use-record-draft';

export interface RecordFormProps<S extends EditableStore> {
  ask: Ask;
  /** The record to edit or show; null to add one. */
  record: RecordOf<S> | null;
  /** Why the record cannot be changed here; null when the reader may edit it. */
  readOnlyReason: string | null;
  today: string;
  /** Back to the list, with what to tell the reader (null: nothing changed). */
  onDone: (message: string | null) => void;
  /** The record as lists name it ("Caroline Lucas supports …"). */
  title?: string;
  /** The record's MP's name, as the list found it. */
  personName?: string | null;
  /** For a new record: the bill it starts about. */
  aboutBill?: string;
}

/** Add or change a record of any kind, as its kind describes; a record that is not the reader's own is read-only. */
export function RecordForm<S extends EditableStore, D>({
  kind,
  ask,
  record,
  readOnlyReason,
  today,
  onDone,
  title,
  personName = null,
  aboutBill,
}: RecordFormProps<S> & { kind: RecordFormKind<S, D> }) {
  const { draft, errors, attempt, saving, edit, save } = useRecordDraft(ask, {
    initial: () => (record ? kind.draftOf(record, personName) : kind.emptyDraft(aboutBill)),
    store: kind.store,
    existingId: record?.id ?? null,
    newId: kind.newId,
    check: (next: D, recordId: string) => kind.check(next, { today, id: recordId }),
    isField: kind.isField,
    onSaved: (saved, savedDraft) => onDone(kind.savedMessage(saved, savedDraft)),
  });

  const remove = async (): Promise<string | null> => {
    if (!record) return null;
    const refusal = await kind.deleteRefusal?.(ask, record);
    if (refusal) return refusal;
    const deleted = await ask('deleteRecord', { store: kind.store, id: record.id });
    if (!deleted.ok) return deleted.error.message;
    onDone(kind.deletedMessage(record));
    return null;
  };

  return (
    <RecordFormShell
      heading={kind.heading(record, Boolean(readOnlyReason), title)}
      readOnlyNote={
        readOnlyReason && <ReadOnlyNote reason={readOnlyReason}>{record && kind.readOnlyExtra?.(record)}</ReadOnlyNote>
      }
      errors={errors}
      attempt={attempt}
      saving={saving}
      onSubmit={save}
      onBack={() => onDone(null)}
      deleteControl={record && !readOnlyReason && <DeleteControl what={kind.deleteWhat(record)} onDelete={remove} />}
    >
      <FieldList ask={ask} form={kind.form} draft={draft} errors={errors} edit={edit} fields={kind.fields} />
    </RecordFormShell>
  );
}
