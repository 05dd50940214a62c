import type { Stance } from '@/utils/data/schema';
import {
  checkStance,
  emptyStanceDraft,
  isStanceField,
  newStanceId,
  POSITIONS,
  stanceDraft,
  type StanceDraft,
} from '@/utils/editor/record-drafts';
import { DISPUTE_NAME } from '@/utils/editor/record-titles';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';
import { FieldError, fieldId } from './FieldError';
import { useRecordDraft } from './use-record-draft';
import { PersonPicker } from './PersonPicker';
import { DeleteControl, ReadOnlyNote, RecordFormShell } from './RecordFormShell';
import { SelectField } from './SelectField';
import { SourceFields } from './SourceFields';
import { TextField } from './TextField';

const FORM = 'stance';

/** Add or change a stance: an MP's position on a bill (any bill, bundled ones too) or on the dispute. */
export function StanceForm({
  ask,
  stance,
  title,
  personName,
  aboutBill,
  readOnlyReason,
  today,
  onDone,
}: {
  ask: Ask;
  stance: Stance | null;
  /** The stance as lists name it ("Caroline Lucas supports …"). */
  title?: string;
  /** The stance's MP's name, as the list found it. */
  personName: string | null;
  /** For a new stance: the bill it starts about. */
  aboutBill?: string;
  readOnlyReason: string | null;
  today: string;
  onDone: (message: string | null) => void;
}) {
  const { draft, errors, attempt, saving, edit, save } = useRecordDraft(ask, {
    initial: (): StanceDraft => (stance ? stanceDraft(stance, personName) : emptyStanceDraft(aboutBill)),
    store: 'stances',
    existingId: stance?.id ?? null,
    newId: newStanceId,
    check: (next: StanceDraft, recordId: string) => checkStance(next, { today, id: recordId }),
    isField: isStanceField,
    onSaved: (_record, saved) => onDone(`Saved the stance of ${saved.person?.name ?? 'the MP'}. Their card shows it.`),
  });
  const bills = useRequest(ask, 'listRecords', { store: 'bills', limit: 1000 });
  const id = (field: string) => fieldId(FORM, field);

  const remove = async (): Promise<string | null> => {
    if (!stance) return null;
    const deleted = await ask('deleteRecord', { store: 'stances', id: stance.id });
    if (!deleted.ok) return deleted.error.message;
    onDone('Deleted the stance.');
    return null;
  };

  const billOptions =
    bills.status === 'ok'
      ? bills.data.items.flatMap((item) =>
          item.entry.store === 'bills'
            ? [{ value: item.entry.record.id, label: `${item.title} (${item.entry.record.session})` }]
            : [],
        )
      : [];
  if (draft.billId && bills.status === 'ok' && !billOptions.some((option) => option.value === draft.billId)) {
    billOptions.unshift({ value: draft.billId, label: `${draft.billId} (not in Bevan's data)` });
  }

  return (
    <RecordFormShell
      heading={stance ? (readOnlyReason ? (title ?? 'Stance') : `Edit: ${title ?? 'stance'}`) : 'New stance'}
      readOnlyNote={readOnlyReason && <ReadOnlyNote reason={readOnlyReason} />}
      errors={errors}
      attempt={attempt}
      saving={saving}
      onSubmit={save}
      onBack={() => onDone(null)}
      deleteControl={stance && !readOnlyReason && <DeleteControl what="this stance" onDelete={remove} />}
    >
      <PersonPicker
        ask={ask}
        id={id('personId')}
        label="MP"
        value={draft.person}
        onChange={(person) => edit({ person })}
        error={errors.personId}
      />
      <fieldset class="bevan-fieldset" aria-describedby={errors.subject ? `${id('subject')}-error` : undefined}>
        <legend>About</legend>
        <FieldError id={`${id('subject')}-error`} message={errors.subject} />
        <label class="bevan-check">
          <input
            type="radio"
            name={`${FORM}-subject`}
            checked={draft.subjectKind === 'bill'}
            onChange={() => edit({ subjectKind: 'bill' })}
          />{' '}
          A bill
        </label>
        <label class="bevan-check">
          <input
            type="radio"
            name={`${FORM}-subject`}
            checked={draft.subjectKind === 'dispute'}
            onChange={() => edit({ subjectKind: 'dispute' })}
          />{' '}
          {DISPUTE_NAME.replace(/^the /, 'The ')}
        </label>
        {draft.subjectKind === 'bill' && (
          <SelectField
            id={id('subject.billId')}
            label="Bill"
            value={draft.billId}
            placeholder={bills.status === 'loading' ? 'Loading the bills…' : 'Choose a bill'}
            options={billOptions}
            onChange={(billId) => edit({ billId })}
            error={errors['subject.billId'] ?? (bills.status === 'error' ? bills.error.message : undefined)}
          />
        )}
      </fieldset>
      <div class="bevan-row">
        <SelectField
          id={id('position')}
          label="Position"
          value={draft.position}
          placeholder="Choose"
          options={POSITIONS}
          onChange={(position) => edit({ position: position as StanceDraft['position'] })}
          error={errors.position}
        />
        <TextField
          id={id('date')}
          label="Date"
          type="date"
          hint="When they said or did it"
          value={draft.date}
          onInput={(date) => edit({ date })}
          error={errors.date}
        />
      </div>
      <TextField
        id={id('note')}
        label="Note"
        optional
        multiline
        hint="What they said or did, in a sentence. Plain text."
        value={draft.note}
        onInput={(note) => edit({ note })}
        error={errors.note}
      />
      <SourceFields form={FORM} sources={draft.sources} onChange={(sources) => edit({ sources })} errors={errors} />
    </RecordFormShell>
  );
}
