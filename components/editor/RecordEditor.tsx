import type { EditorRoute, RecordSection } from '@/utils/editor/editor-route';
import { SECTION_STORES } from '@/utils/editor/editor-route';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';
import { BILL_FORM } from './BillForm';
import { DISPUTE_EVENT_FORM } from './DisputeEventForm';
import type { EditableStore, RecordFormKind } from './record-form-kind';
import { RecordForm } from './RecordForm';
import { STANCE_FORM } from './StanceForm';

type FormRoute = Extract<EditorRoute, { view: 'new' } | { view: 'edit' }>;

const RECORD_FORMS = { bills: BILL_FORM, stances: STANCE_FORM, disputeEvents: DISPUTE_EVENT_FORM };
/** A kind whose store is known only when the route is: its record comes from the same store. */
type AnyRecordFormKind = RecordFormKind<EditableStore, unknown>;

/** The form a route asks for: a new record, or one loaded by its id. */
export function RecordEditor({
  ask,
  route,
  today,
  onDone,
}: {
  ask: Ask;
  route: FormRoute;
  today: string;
  onDone: (message: string | null) => void;
}) {
  if (route.view === 'new') {
    return <NewRecordForm ask={ask} section={route.section} aboutBill={route.billId} today={today} onDone={onDone} />;
  }
  return <LoadedRecordForm ask={ask} section={route.section} id={route.id} today={today} onDone={onDone} />;
}

function LoadedRecordForm({
  ask,
  section,
  id,
  today,
  onDone,
}: {
  ask: Ask;
  section: RecordSection;
  id: string;
  today: string;
  onDone: (message: string | null) => void;
}) {
  const loaded = useRequest(ask, 'getRecord', { store: SECTION_STORES[section], id });
  if (loaded.status === 'loading') return <p role="status">Loading…</p>;
  if (loaded.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {loaded.error.message}
      </p>
    );
  }
  if (!loaded.data) {
    return (
      <p class="bevan-notice" role="alert">
        There is no record “{id}” here any more: it may have been deleted, or its pack removed.{' '}
        <button type="button" class="bevan-link-button" onClick={() => onDone(null)}>
          Back to the list
        </button>
      </p>
    );
  }
  const { entry, readOnlyReason, personName, title } = loaded.data;
  // Keyed by store and id: another record's form starts from its own draft.
  return (
    <RecordForm
      key={`${entry.store}:${id}`}
      kind={RECORD_FORMS[entry.store] as AnyRecordFormKind}
      ask={ask}
      record={entry.record}
      title={title}
      personName={personName}
      readOnlyReason={readOnlyReason}
      today={today}
      onDone={onDone}
    />
  );
}

function NewRecordForm({
  ask,
  section,
  aboutBill,
  today,
  onDone,
}: {
  ask: Ask;
  section: RecordSection;
  aboutBill?: string;
  today: string;
  onDone: (message: string | null) => void;
}) {
  // Keyed: another section, or another bill to be about, starts a new draft.
  return (
    <RecordForm
      key={`${section}:${aboutBill ?? ''}`}
      kind={RECORD_FORMS[SECTION_STORES[section]] as AnyRecordFormKind}
      ask={ask}
      record={null}
      aboutBill={aboutBill}
      readOnlyReason={null}
      today={today}
      onDone={onDone}
    />
  );
}
