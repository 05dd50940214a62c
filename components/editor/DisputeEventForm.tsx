import type { DisputeEvent } from '@/utils/data/schema';
import {
  checkDisputeEvent,
  disputeEventDraft,
  emptyDisputeEventDraft,
  EVENT_KINDS,
  isDisputeEventField,
  newDisputeEventId,
  type DisputeEventDraft,
} from '@/utils/editor/record-drafts';
import type { Ask } from '@/utils/messages';
import { fieldId } from './FieldError';
import { useRecordDraft } from './use-record-draft';
import { DeleteControl, ReadOnlyNote, RecordFormShell } from './RecordFormShell';
import { SelectField } from './SelectField';
import { SourceFields } from './SourceFields';
import { TextField } from './TextField';

const FORM = 'event';

/** Add or change an event of the doctors' dispute: a ballot, a strike, an announcement, a deal. */
export function DisputeEventForm({
  ask,
  event,
  readOnlyReason,
  today,
  onDone,
}: {
  ask: Ask;
  event: DisputeEvent | null;
  readOnlyReason: string | null;
  today: string;
  onDone: (message: string | null) => void;
}) {
  const { draft, errors, attempt, saving, edit, save } = useRecordDraft(ask, {
    initial: (): DisputeEventDraft => (event ? disputeEventDraft(event) : emptyDisputeEventDraft()),
    store: 'disputeEvents',
    existingId: event?.id ?? null,
    newId: newDisputeEventId,
    check: (next: DisputeEventDraft, recordId: string) => checkDisputeEvent(next, { today, id: recordId }),
    isField: isDisputeEventField,
    onSaved: (record) => onDone(`Saved “${record.title}”. The dispute's timeline shows it.`),
  });
  const id = (field: string) => fieldId(FORM, field);

  const remove = async (): Promise<string | null> => {
    if (!event) return null;
    const deleted = await ask('deleteRecord', { store: 'disputeEvents', id: event.id });
    if (!deleted.ok) return deleted.error.message;
    onDone(`Deleted “${event.title}”.`);
    return null;
  };

  return (
    <RecordFormShell
      heading={event ? (readOnlyReason ? event.title : `Edit “${event.title}”`) : 'New dispute event'}
      readOnlyNote={readOnlyReason && <ReadOnlyNote reason={readOnlyReason} />}
      errors={errors}
      attempt={attempt}
      saving={saving}
      onSubmit={save}
      onBack={() => onDone(null)}
      deleteControl={event && !readOnlyReason && <DeleteControl what={`“${event.title}”`} onDelete={remove} />}
    >
      <TextField
        id={id('title')}
        label="What happened"
        hint="A short title, e.g. BMA announces a five-day strike"
        value={draft.title}
        onInput={(title) => edit({ title })}
        error={errors.title}
      />
      <SelectField
        id={id('kind')}
        label="Kind"
        value={draft.kind}
        placeholder="Choose"
        options={EVENT_KINDS}
        onChange={(kind) => edit({ kind: kind as DisputeEventDraft['kind'] })}
        error={errors.kind}
      />
      <div class="bevan-row">
        <TextField
          id={id('start')}
          label="From"
          hint="YYYY-MM-DD, or YYYY-MM if only the month is known"
          placeholder="2025-07-25"
          width="10em"
          value={draft.start}
          onInput={(start) => edit({ start })}
          error={errors.start}
        />
        <TextField
          id={id('end')}
          label="Until"
          optional
          type="date"
          hint="For a strike over several days"
          value={draft.end}
          onInput={(end) => edit({ end })}
          error={errors.end}
        />
      </div>
      <TextField
        id={id('details')}
        label="Details"
        optional
        multiline
        value={draft.details}
        onInput={(details) => edit({ details })}
        error={errors.details}
      />
      <div class="bevan-field">
        <label class="bevan-check">
          <input
            type="checkbox"
            checked={draft.verified}
            onChange={(change) => edit({ verified: (change.target as HTMLInputElement).checked })}
          />{' '}
          Confirmed by the sources
        </label>
        <p class="bevan-muted bevan-small">
          Untick for a date known only to the month, a weak source or a report nobody has confirmed: cards mark it "not
          verified".
        </p>
      </div>
      <SourceFields form={FORM} sources={draft.sources} onChange={(sources) => edit({ sources })} errors={errors} />
    </RecordFormShell>
  );
}
