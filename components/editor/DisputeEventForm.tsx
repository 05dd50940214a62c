import { checkDisputeEvent, isDisputeEventField } from '@/utils/editor/record-checks';
import {
  disputeEventDraft,
  emptyDisputeEventDraft,
  EVENT_KINDS,
  newDisputeEventId,
  type DisputeEventDraft,
} from '@/utils/editor/record-drafts';
import type { RecordFormKind } from './record-form-kind';
import { RecordForm, type RecordFormProps } from './RecordForm';

/** An event of the doctors' dispute: a ballot, a strike, an announcement, a deal. */
export const DISPUTE_EVENT_FORM: RecordFormKind<'disputeEvents', DisputeEventDraft> = {
  store: 'disputeEvents',
  form: 'event',
  emptyDraft: emptyDisputeEventDraft,
  draftOf: disputeEventDraft,
  newId: newDisputeEventId,
  check: checkDisputeEvent,
  isField: isDisputeEventField,
  heading: (event, readOnly) => (event ? (readOnly ? event.title : `Edit “${event.title}”`) : 'New dispute event'),
  savedMessage: (event) => `Saved “${event.title}”. The dispute's timeline shows it.`,
  deleteWhat: (event) => `“${event.title}”`,
  deletedMessage: (event) => `Deleted “${event.title}”.`,
  fields: [
    {
      control: 'text',
      key: 'title',
      label: 'What happened',
      hint: 'A short title, e.g. BMA announces a five-day strike',
    },
    { control: 'select', key: 'kind', label: 'Kind', placeholder: 'Choose', options: EVENT_KINDS },
    {
      control: 'row',
      fields: [
        {
          control: 'text',
          key: 'start',
          label: 'From',
          hint: 'YYYY-MM-DD, or YYYY-MM if only the month is known. After today: an announced strike, shown as announced until then',
          placeholder: '2025-07-25',
          width: '10em',
        },
        {
          control: 'text',
          key: 'end',
          label: 'Until',
          optional: true,
          type: 'date',
          hint: 'For a strike over several days',
        },
      ],
    },
    { control: 'text', key: 'details', label: 'Details', optional: true, multiline: true },
    {
      control: 'check',
      key: 'verified',
      label: 'Confirmed by the sources',
      note: 'Untick for a date known only to the month, a weak source or a report nobody has confirmed: cards mark it "not verified".',
    },
    { control: 'sources', key: 'sources' },
  ],
};

/** Add or change an event of the doctors' dispute. */
export function DisputeEventForm({
  event,
  ...props
}: Omit<RecordFormProps<'disputeEvents'>, 'record'> & { event: RecordFormProps<'disputeEvents'>['record'] }) {
  return <RecordForm kind={DISPUTE_EVENT_FORM} record={event} {...props} />;
}
