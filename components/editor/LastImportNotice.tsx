import { useState } from 'preact/hooks';
import { timeAgo } from '@/utils/time-ago';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';

/** The last import (a subscription's refresh included), and a button that undoes it. */
export function LastImportNotice({
  ask,
  version,
  now,
  onChanged,
}: {
  ask: Ask;
  /** Changes whenever packs change, to read the last import again. */
  version: number;
  now: () => Date;
  onChanged: () => void;
}) {
  const last = useRequest(ask, 'lastImport', {}, version);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const undo = async () => {
    setBusy(true);
    const undone = await ask('undoLastImport', {});
    setBusy(false);
    if (!undone.ok) {
      setMessage({ text: undone.error.message, error: true });
      return;
    }
    const { packName, restored, deleted } = undone.data;
    setMessage({
      text: `Undone: the import of “${packName}”. ${deleted} record${deleted === 1 ? '' : 's'} removed, ${restored} put back as they were.`,
      error: false,
    });
    onChanged();
  };

  return (
    <div class="bevan-last-import">
      {last.status === 'error' && (
        <p class="bevan-error" role="alert">
          {last.error.message}
        </p>
      )}
      {last.status === 'ok' && last.data === null && <p class="bevan-muted">No import to undo.</p>}
      {last.status === 'ok' && last.data && (
        <p>
          Last import: <strong>{last.data.packName}</strong>, {last.data.changes} change
          {last.data.changes === 1 ? '' : 's'}, {timeAgo(last.data.importedAt, now())}.{' '}
          <button type="button" class="bevan-button bevan-button-secondary" disabled={busy} onClick={undo}>
            {busy ? 'Undoing…' : 'Undo this import'}
          </button>
        </p>
      )}
      {message && (
        <p class={message.error ? 'bevan-error' : 'bevan-success'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
