import { useState } from 'preact/hooks';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { timeAgo } from '@/utils/time-ago';
import type { Ask, ResponseOf } from '@/utils/messages';
import { useRequest } from '../use-request';
import { ConfirmButton } from './ConfirmButton';

/** Pack addresses Bevan follows: how each last refresh went, refresh now, unsubscribe. */
export function SubscriptionList({
  ask,
  browser,
  version,
  onChanged,
}: {
  ask: Ask;
  browser: Pick<EditorBrowser, 'requestHostPermission' | 'now'>;
  version: number;
  /** Something changed: lists are read again, and the message (if any) shown. */
  onChanged: (message: string | null) => void;
}) {
  const listed = useRequest(ask, 'listSubscriptions', {}, version);
  const [busyUrl, setBusyUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (listed.status === 'loading') return <p class="bevan-muted">Loading…</p>;
  if (listed.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {listed.error.message}
      </p>
    );
  }
  const subscriptions = listed.data;
  if (!subscriptions.length) {
    return (
      <p class="bevan-muted">
        No subscriptions. Import a pack from an address with “Subscribe” ticked, and Bevan fetches it again every 6
        hours.
      </p>
    );
  }

  const refresh = async (url: string) => {
    setError(null);
    // Asked from the click: the reader may have taken the permission back since subscribing.
    if (!(await browser.requestHostPermission(url))) {
      setError(`Bevan needs your permission to read ${new URL(url).hostname} to refresh it.`);
      return;
    }
    setBusyUrl(url);
    const answer = await ask('refreshSubscriptions', { url });
    setBusyUrl(null);
    if (!answer.ok) setError(answer.error.message);
    // The list is read again, with the new status.
    else onChanged(null);
  };

  return (
    <>
      {error && (
        <p class="bevan-error" role="alert">
          {error}
        </p>
      )}
      <ul class="bevan-list bevan-records">
        {subscriptions.map(({ url, status }) => (
          <li key={url}>
            <div class="bevan-record-title bevan-url">{url}</div>
            <div class="bevan-small" role={busyUrl === url ? 'status' : undefined}>
              {busyUrl === url ? 'Refreshing…' : <LastRefresh status={status} now={browser.now()} />}
            </div>
            <div class="bevan-actions">
              <button
                type="button"
                class="bevan-button bevan-button-secondary"
                disabled={busyUrl !== null}
                onClick={() => void refresh(url)}
              >
                Refresh now
              </button>
              <ConfirmButton
                label="Unsubscribe"
                question={`Stop following ${url} and remove the records it gave?`}
                confirmLabel="Yes, unsubscribe"
                busyLabel="Removing…"
                onConfirm={async () => {
                  const done = await ask('unsubscribe', { url });
                  if (!done.ok) return done.error.message;
                  const count = done.data.removedRecords;
                  onChanged(`Unsubscribed from ${url}; ${count} record${count === 1 ? '' : 's'} removed.`);
                  return null;
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** How a subscription's last refresh went. */
function LastRefresh({ status, now }: { status: ResponseOf<'listSubscriptions'>[number]['status']; now: Date }) {
  if (!status) return <span class="bevan-muted">Not fetched yet.</span>;
  if (status.error) {
    return (
      <span class="bevan-failed">
        Failed {timeAgo(status.checkedAt, now)}: {status.error}
        {status.lastSuccessAt && ` The version fetched ${timeAgo(status.lastSuccessAt, now)} stays installed.`}
      </span>
    );
  }
  return (
    <span class="bevan-muted">
      Refreshed {timeAgo(status.checkedAt, now)}
      {status.packName && <>: “{status.packName}”</>}
    </span>
  );
}
