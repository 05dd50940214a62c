import { useState } from 'preact/hooks';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { fieldErrorsFromIssues, fieldErrorsFromMessage, type FieldErrors } from '@/utils/editor/field-errors';
import { describeCounts, PACK_STORE_ORDER, recordNoun, type PackStoreName } from '@/utils/editor/preview-summary';
import { slugify } from '@/utils/editor/record-drafts';
import type { Ask } from '@/utils/messages';
import { PackInfo } from '@/utils/packs/pack-format';
import { useRequest } from '../use-request';
import { fieldId } from './FieldError';
import { TextField } from './TextField';

const FORM = 'export';
const HEADER_FIELDS = new Set(['id', 'name', 'publisher', 'description', 'homepage']);

type Selection = Record<PackStoreName, Set<string>>;

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
  const bills = useRequest(ask, 'listRecords', { store: 'bills', filter: 'campaigner', limit: 1000 }, version);
  const stances = useRequest(ask, 'listRecords', { store: 'stances', filter: 'campaigner', limit: 1000 }, version);
  const events = useRequest(ask, 'listRecords', { store: 'disputeEvents', filter: 'campaigner', limit: 1000 }, version);
  const lists = { bills, stances, disputeEvents: events };
  const [header, setHeader] = useState({ name: '', id: '', publisher: '', homepage: '', description: '' });
  const [idEdited, setIdEdited] = useState(false);
  const [everything, setEverything] = useState(true);
  const [selection, setSelection] = useState<Selection>({
    bills: new Set(),
    stances: new Set(),
    disputeEvents: new Set(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loading = PACK_STORE_ORDER.some((store) => lists[store].status === 'loading');
  const failed = PACK_STORE_ORDER.map((store) => lists[store]).find((list) => list.status === 'error');
  const counts = Object.fromEntries(
    PACK_STORE_ORDER.map((store) => {
      const list = lists[store];
      return [store, list.status === 'ok' ? list.data.total : 0];
    }),
  ) as Record<PackStoreName, number>;
  const ownTotal = counts.bills + counts.stances + counts.disputeEvents;
  const chosenCount = PACK_STORE_ORDER.reduce((sum, store) => sum + selection[store].size, 0);

  const edit = (field: keyof typeof header, value: string) => {
    const next = { ...header, [field]: value };
    if (field === 'name' && !idEdited) next.id = slugify(value, 64);
    if (field === 'id') setIdEdited(true);
    setHeader(next);
  };

  const toggle = (store: PackStoreName, id: string, on: boolean) => {
    const next = new Set(selection[store]);
    if (on) next.add(id);
    else next.delete(id);
    setSelection({ ...selection, [store]: next });
  };

  const exportNow = async () => {
    setMessage(null);
    const optional = (text: string) => (text.trim() ? text.trim() : undefined);
    const checked = PackInfo.safeParse({
      id: header.id.trim(),
      name: header.name.trim(),
      publisher: optional(header.publisher),
      homepage: optional(header.homepage),
      description: optional(header.description),
      created: browser.now().toISOString(),
    });
    const found = checked.success ? {} : fieldErrorsFromIssues(checked.error.issues);
    if (!everything && chosenCount === 0) found.selection = 'Choose at least one record, or export all of them';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    const exported = await ask('exportPack', {
      id: header.id.trim(),
      name: header.name.trim(),
      publisher: header.publisher,
      homepage: header.homepage,
      description: header.description,
      selection: everything
        ? undefined
        : {
            bills: [...selection.bills],
            stances: [...selection.stances],
            disputeEvents: [...selection.disputeEvents],
          },
    });
    setBusy(false);
    if (!exported.ok) {
      setErrors(fieldErrorsFromMessage(exported.error.message, (field) => HEADER_FIELDS.has(field)));
      return;
    }
    browser.download(exported.data.fileName, exported.data.text);
    setMessage(`Saved ${exported.data.fileName}: ${describeCounts(exported.data.counts)}.`);
  };

  if (loading) return <p class="bevan-muted">Loading your records…</p>;
  if (failed?.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {failed.error.message}
      </p>
    );
  }
  if (ownTotal === 0) {
    return (
      <p class="bevan-muted">
        You have no records of your own to export yet: add bills, stances or dispute events first.
      </p>
    );
  }
  const id = (field: string) => fieldId(FORM, field);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void exportNow();
      }}
    >
      {errors.form && (
        <p class="bevan-error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="bevan-row">
        <TextField
          id={id('name')}
          label="Pack name"
          hint="What others see when they import it"
          value={header.name}
          onInput={(value) => edit('name', value)}
          error={errors.name}
        />
        <TextField
          id={id('id')}
          label="Pack id"
          hint="Lower-case letters, digits and hyphens; keep it the same for every version"
          value={header.id}
          onInput={(value) => edit('id', value)}
          error={errors.id}
        />
      </div>
      <div class="bevan-row">
        <TextField
          id={id('publisher')}
          label="Published by"
          optional
          value={header.publisher}
          onInput={(value) => edit('publisher', value)}
          error={errors.publisher}
        />
        <TextField
          id={id('homepage')}
          label="Homepage"
          optional
          type="url"
          placeholder="https://"
          value={header.homepage}
          onInput={(value) => edit('homepage', value)}
          error={errors.homepage}
        />
      </div>
      <TextField
        id={id('description')}
        label="Description"
        optional
        multiline
        rows={2}
        value={header.description}
        onInput={(value) => edit('description', value)}
        error={errors.description}
      />
      <fieldset class="bevan-fieldset">
        <legend>What to export</legend>
        <label class="bevan-check">
          <input type="radio" name="export-what" checked={everything} onChange={() => setEverything(true)} /> All your
          records: {describeCounts(counts)}
        </label>
        <label class="bevan-check">
          <input type="radio" name="export-what" checked={!everything} onChange={() => setEverything(false)} /> Only
          those I choose
        </label>
        {errors.selection && (
          <p class="bevan-field-error" role="alert">
            {errors.selection}
          </p>
        )}
        {!everything &&
          PACK_STORE_ORDER.map((store) => {
            const list = lists[store];
            if (list.status !== 'ok' || !list.data.items.length) return null;
            return (
              <fieldset class="bevan-fieldset bevan-choose" key={store}>
                <legend>{recordNoun(store, 2).replace(/^./, (first) => first.toUpperCase())}</legend>
                {list.data.items.map((item) => (
                  <label class="bevan-check" key={item.entry.record.id}>
                    <input
                      type="checkbox"
                      checked={selection[store].has(item.entry.record.id)}
                      onChange={(event) =>
                        toggle(store, item.entry.record.id, (event.target as HTMLInputElement).checked)
                      }
                    />{' '}
                    {item.title}
                  </label>
                ))}
              </fieldset>
            );
          })}
        {!everything && (
          <p class="bevan-muted bevan-small">
            A stance about one of your bills brings that bill along: a pack must stand on its own.
          </p>
        )}
      </fieldset>
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
