import type { EditorRoute, RecordSection } from '@/utils/editor/editor-route';
import { SECTION_STORES } from '@/utils/editor/editor-route';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';
import { BillForm } from './BillForm';
import { DisputeEventForm } from './DisputeEventForm';
import { StanceForm } from './StanceForm';

type FormRoute = Extract<EditorRoute, { view: 'new' } | { view: 'edit' }>;

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
    return <RecordForm ask={ask} section={route.section} aboutBill={route.billId} today={today} onDone={onDone} />;
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
  // Keyed by id: another record's form starts from its own draft.
  if (entry.store === 'bills') {
    return (
      <BillForm key={id} ask={ask} bill={entry.record} readOnlyReason={readOnlyReason} today={today} onDone={onDone} />
    );
  }
  if (entry.store === 'stances') {
    return (
      <StanceForm
        key={id}
        ask={ask}
        stance={entry.record}
        title={title}
        personName={personName}
        readOnlyReason={readOnlyReason}
        today={today}
        onDone={onDone}
      />
    );
  }
  return (
    <DisputeEventForm
      key={id}
      ask={ask}
      event={entry.record}
      readOnlyReason={readOnlyReason}
      today={today}
      onDone={onDone}
    />
  );
}

function RecordForm({
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
  if (section === 'bills')
    return <BillForm ask={ask} bill={null} readOnlyReason={null} today={today} onDone={onDone} />;
  if (section === 'stances') {
    return (
      <StanceForm
        key={aboutBill ?? ''}
        ask={ask}
        stance={null}
        personName={null}
        aboutBill={aboutBill}
        readOnlyReason={null}
        today={today}
        onDone={onDone}
      />
    );
  }
  return <DisputeEventForm ask={ask} event={null} readOnlyReason={null} today={today} onDone={onDone} />;
}
