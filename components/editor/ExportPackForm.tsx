import type { EditorBrowser } from '@/utils/editor/editor-browser';
import type { Ask } from '@/utils/messages';
import { ExportSelection } from './ExportSelection';
import { FieldList } from './FieldList';
import type { FieldSpec } from './record-form-kind';
import { usePackExport, type PackHeader } from './use-pack-export';

/** The pack's header, as its importers see it. */
const HEADER_FIELDS: readonly FieldSpec<PackHeader>[] = [
  {
    control: 'row',
    fields: [
      { control: 'text', key: 'name', label: 'Pack name', hint: 'What others see when they import it' },
      {
        control: 'text',
        key: 'id',
        label: 'Pack id',
        hint: 'Lower-case letters, digits and hyphens; keep it the same for every version',
      },
    ],
  },
  {
    control: 'row',
    fields: [
      { control: 'text', key: 'publisher', label: 'Published by', optional: true },
      { control: 'text', key: 'homepage', label: 'Homepage', optional: true, type: 'url', placeholder: 'https://' },
    ],
  },
  { control: 'text', key: 'description', label: 'Description', optional: true, multiline: true, rows: 2 },
];

/**
 * Export the reader's own records, all or some, as a data pack file: to share
 * with another group, or to keep as a backup (import it again with "a backup
 * of my own records" ticked).
 */
export function ExportPackForm({
  ask,
  browser,
  version,
}: {
  ask: Ask;
  browser: Pick<EditorBrowser, 'download' | 'now'>;
  version: number;
}) {
  const state = usePackExport(ask, browser, version);
  const { errors, busy, message } = state;
  if (state.loading) return <p class="bevan-muted">Loading your records…</p>;
  if (state.failed?.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {state.failed.error.message}
      </p>
    );
  }
  if (state.ownTotal === 0) {
    return (
      <p class="bevan-muted">
        You have no records of your own to export yet: add bills, stances or dispute events first.
      </p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.exportNow();
      }}
    >
      {errors.form && (
        <p class="bevan-error" role="alert">
          {errors.form}
        </p>
      )}
      <FieldList
        ask={ask}
        form="export"
        draft={state.header}
        errors={errors}
        edit={state.edit}
        fields={HEADER_FIELDS}
      />
      <ExportSelection state={state} />
      <div class="bevan-actions">
        <button type="submit" class="bevan-button" disabled={busy}>
          {busy ? 'Exporting…' : 'Export as a file'}
        </button>
      </div>
      {message && (
        <p class="bevan-success" role="status">
          {message}
        </p>
      )}
    </form>
  );
}
