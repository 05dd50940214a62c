import { checkStance, isStanceField } from '@/utils/editor/record-checks';
import { emptyStanceDraft, newStanceId, POSITIONS, stanceDraft, type StanceDraft } from '@/utils/editor/record-drafts';
import { DISPUTE_NAME } from '@/utils/editor/record-titles';
import { useRequest } from '../use-request';
import { FieldError, fieldId } from './FieldError';
import type { FieldProps, RecordFormKind } from './record-form-kind';
import { RecordForm, type RecordFormProps } from './RecordForm';
import { SelectField } from './SelectField';

/** A stance: an MP's position on a bill (any bill, bundled ones too) or on the dispute. */
export const STANCE_FORM: RecordFormKind<'stances', StanceDraft> = {
  store: 'stances',
  form: 'stance',
  emptyDraft: emptyStanceDraft,
  draftOf: stanceDraft,
  newId: newStanceId,
  check: checkStance,
  isField: isStanceField,
  heading: (stance, readOnly, title) =>
    stance ? (readOnly ? (title ?? 'Stance') : `Edit: ${title ?? 'stance'}`) : 'New stance',
  savedMessage: (_stance, draft) => `Saved the stance of ${draft.person?.name ?? 'the MP'}. Their card shows it.`,
  deleteWhat: () => 'this stance',
  deletedMessage: () => 'Deleted the stance.',
  fields: [
    { control: 'person', key: 'person', errorPaths: ['personId'], label: 'MP' },
    { control: 'custom', Fields: SubjectFields },
    {
      control: 'row',
      fields: [
        { control: 'select', key: 'position', label: 'Position', placeholder: 'Choose', options: POSITIONS },
        { control: 'text', key: 'date', label: 'Date', type: 'date', hint: 'When they said or did it' },
      ],
    },
    {
      control: 'text',
      key: 'note',
      label: 'Note',
      optional: true,
      multiline: true,
      hint: 'What they said or did, in a sentence. Plain text.',
    },
    { control: 'sources', key: 'sources' },
  ],
};

/** Add or change a stance. */
export function StanceForm({
  stance,
  ...props
}: Omit<RecordFormProps<'stances'>, 'record'> & { stance: RecordFormProps<'stances'>['record'] }) {
  return <RecordForm kind={STANCE_FORM} record={stance} {...props} />;
}

const SUBJECTS: readonly { kind: StanceDraft['subjectKind']; label: string }[] = [
  { kind: 'bill', label: 'A bill' },
  { kind: 'dispute', label: DISPUTE_NAME.replace(/^the /, 'The ') },
];

/** What the stance is about: a bill, chosen from all of Bevan's, or the dispute. */
function SubjectFields({ ask, form, draft, errors, edit }: FieldProps<StanceDraft>) {
  const bills = useRequest(ask, 'listRecords', { store: 'bills', limit: 1000 });
  const id = (field: string) => fieldId(form, field);
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
    <fieldset class="bevan-fieldset" aria-describedby={errors.subject ? `${id('subject')}-error` : undefined}>
      <legend>About</legend>
      <FieldError id={`${id('subject')}-error`} message={errors.subject} />
      {SUBJECTS.map(({ kind, label }) => (
        <label class="bevan-check" key={kind}>
          <input
            type="radio"
            name={`${form}-subject`}
            checked={draft.subjectKind === kind}
            onChange={() => edit({ subjectKind: kind })}
          />{' '}
          {label}
        </label>
      ))}
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
  );
}
