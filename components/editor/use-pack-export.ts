/**
 * The export's state: the reader's own records (all, or those chosen), the
 * pack's header with an id made from its name until the reader types one,
 * and exporting as a file through the background.
 */
import { useState } from 'preact/hooks';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { fieldErrorsFromIssues, fieldErrorsFromMessage, type FieldErrors } from '@/utils/editor/field-errors';
import { describeCounts, PACK_STORE_ORDER, type PackStoreName } from '@/utils/editor/preview-summary';
import { slugify } from '@/utils/editor/record-drafts';
import type { Ask } from '@/utils/messages';
import { PackInfo } from '@/utils/packs/pack-format';
import { useRequest } from '../use-request';

const HEADER_FIELDS = new Set(['id', 'name', 'publisher', 'description', 'homepage']);

export interface PackHeader {
  name: string;
  id: string;
  publisher: string;
  homepage: string;
  description: string;
}

export type Selection = Record<PackStoreName, Set<string>>;

export function usePackExport(ask: Ask, browser: Pick<EditorBrowser, 'download' | 'now'>, version: number) {
  const bills = useRequest(ask, 'listRecords', { store: 'bills', filter: 'campaigner', limit: 1000 }, version);
  const stances = useRequest(ask, 'listRecords', { store: 'stances', filter: 'campaigner', limit: 1000 }, version);
  const events = useRequest(ask, 'listRecords', { store: 'disputeEvents', filter: 'campaigner', limit: 1000 }, version);
  const lists = { bills, stances, disputeEvents: events };
  const [header, setHeader] = useState<PackHeader>({ name: '', id: '', publisher: '', homepage: '', description: '' });
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

  const counts = Object.fromEntries(
    PACK_STORE_ORDER.map((store) => {
      const list = lists[store];
      return [store, list.status === 'ok' ? list.data.total : 0];
    }),
  ) as Record<PackStoreName, number>;
  const chosenCount = PACK_STORE_ORDER.reduce((sum, store) => sum + selection[store].size, 0);

  const edit = (change: Partial<PackHeader>) => {
    const next = { ...header, ...change };
    if ('name' in change && !idEdited) next.id = slugify(next.name, 64);
    if ('id' in change) setIdEdited(true);
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

  return {
    lists,
    loading: PACK_STORE_ORDER.some((store) => lists[store].status === 'loading'),
    failed: PACK_STORE_ORDER.map((store) => lists[store]).find((list) => list.status === 'error'),
    counts,
    ownTotal: counts.bills + counts.stances + counts.disputeEvents,
    header,
    edit,
    everything,
    setEverything,
    selection,
    toggle,
    errors,
    message,
    busy,
    exportNow,
  };
}

export type PackExport = ReturnType<typeof usePackExport>;
