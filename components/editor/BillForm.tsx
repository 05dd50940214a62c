import type { Bill } from '@/utils/data/schema';
import { routeHash } from '@/utils/editor/editor-route';
import {
  BILL_HOUSES,
  BILL_TYPES,
  billDraft,
  checkBill,
  emptyBillDraft,
  isBillField,
  newBillId,
  type BillDraft,
} from '@/utils/editor/record-drafts';
import type { Ask } from '@/utils/messages';
import { fieldId } from './FieldError';
import { useRecordDraft } from './use-record-draft';
import { PersonPicker } from './PersonPicker';
import { DeleteControl, ReadOnlyNote, RecordFormShell } from './RecordFormShell';
import { SourceFields } from './SourceFields';
import { StageFields } from './StageFields';
import { TextField } from './TextField';

const FORM = 'bill';

/** Add or change a bill; a bill that is not the reader's own is shown read-only. */
export function BillForm({
  ask,
  bill,
  readOnlyReason,
  today,
  onDone,
}: {
  ask: Ask;
  /** The bill to edit or show; null to add one. */
  bill: Bill | null;
  /** Why the bill cannot be changed here; null when the reader may edit it. */
  readOnlyReason: string | null;
  today: string;
  /** Back to the list, with what to tell the reader (null: nothing changed). */
  onDone: (message: string | null) => void;
}) {
  const { draft, errors, attempt, saving, edit, save } = useRecordDraft(ask, {
    initial: (): BillDraft => (bill ? billDraft(bill) : emptyBillDraft()),
    store: 'bills',
    existingId: bill?.id ?? null,
    newId: newBillId,
    check: (next: BillDraft, recordId: string) => checkBill(next, { today, id: recordId }),
    isField: isBillField,
    onSaved: (record) => onDone(`Saved “${record.shortTitle}”. Open tabs now underline its names.`),
  });
  const id = (field: string) => fieldId(FORM, field);

  const remove = async (): Promise<string | null> => {
    if (!bill) return null;
    const about = await ask('listRecords', { store: 'stances', billId: bill.id });
    if (!about.ok) return about.error.message;
    if (about.data.total > 0) {
      return `${about.data.total === 1 ? 'A stance is' : `${about.data.total} stances are`} about this bill: delete ${about.data.total === 1 ? 'it' : 'them'} first, or change their subject.`;
    }
    const deleted = await ask('deleteRecord', { store: 'bills', id: bill.id });
    if (!deleted.ok) return deleted.error.message;
    onDone(`Deleted “${bill.shortTitle}”.`);
    return null;
  };

  const readOnlyNote = readOnlyReason && bill && (
    <ReadOnlyNote reason={readOnlyReason}>
      <a href={routeHash({ section: 'stances', view: 'new', billId: bill.id })}>Add a stance about this bill</a>
    </ReadOnlyNote>
  );

  return (
    <RecordFormShell
      heading={bill ? (readOnlyReason ? bill.shortTitle : `Edit “${bill.shortTitle}”`) : 'New bill'}
      readOnlyNote={readOnlyNote}
      errors={errors}
      attempt={attempt}
      saving={saving}
      onSubmit={save}
      onBack={() => onDone(null)}
      deleteControl={bill && !readOnlyReason && <DeleteControl what={`“${bill.shortTitle}”`} onDelete={remove} />}
    >
      <TextField
        id={id('shortTitle')}
        label="Short title"
        hint="As Parliament gives it, e.g. National Health Service Bill 2015-16"
        value={draft.shortTitle}
        onInput={(shortTitle) => edit({ shortTitle })}
        error={errors.shortTitle}
      />
      <TextField
        id={id('aliases')}
        label="Other names to find on pages"
        optional
        multiline
        hint="One per line: the names campaigners and reporters use, e.g. NHS Reinstatement Bill. Bevan underlines these too."
        value={draft.aliases}
        onInput={(aliases) => edit({ aliases })}
        error={errors.aliases}
      />
      <div class="bevan-row">
        <TextField
          id={id('session')}
          label="Session"
          placeholder="2025-26"
          width="8em"
          value={draft.session}
          onInput={(session) => edit({ session })}
          error={errors.session}
        />
        <TextField
          id={id('type')}
          label="Type"
          list={`${FORM}-types`}
          value={draft.type}
          onInput={(type) => edit({ type })}
          error={errors.type}
        />
        <TextField
          id={id('house')}
          label="House it started in"
          list={`${FORM}-houses`}
          value={draft.house}
          onInput={(house) => edit({ house })}
          error={errors.house}
        />
      </div>
      <datalist id={`${FORM}-types`}>
        {BILL_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <datalist id={`${FORM}-houses`}>
        {BILL_HOUSES.map((house) => (
          <option key={house} value={house} />
        ))}
      </datalist>
      <PersonPicker
        ask={ask}
        id={id('sponsorId')}
        label="Sponsor"
        optional
        hint="The MP who presented the bill"
        value={draft.sponsor}
        onChange={(sponsor) => edit({ sponsor })}
        error={errors.sponsorId ?? errors.sponsorName}
      />
      <StageFields form={FORM} stages={draft.stages} onChange={(stages) => edit({ stages })} errors={errors} />
      <TextField
        id={id('outcome')}
        label="Outcome"
        optional
        multiline
        rows={2}
        hint="What became of it, e.g. fell at the end of the session"
        value={draft.outcome}
        onInput={(outcome) => edit({ outcome })}
        error={errors.outcome}
      />
      <TextField
        id={id('actTitle')}
        label="Act title"
        optional
        hint="If it became law, e.g. Health and Care Act 2022"
        value={draft.actTitle}
        onInput={(actTitle) => edit({ actTitle })}
        error={errors.actTitle}
      />
      <SourceFields form={FORM} sources={draft.sources} onChange={(sources) => edit({ sources })} errors={errors} />
    </RecordFormShell>
  );
}
