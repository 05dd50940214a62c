import { timeAgo } from '@/utils/time-ago';
import type { Ask } from '@/utils/messages';
import { safeHttpsUrl } from '@/utils/urls';
import { useRequest } from '../use-request';
import { ConfirmButton } from './ConfirmButton';

/** The installed packs, each removable: its records go, nothing else does. */
export function InstalledPackList({
  ask,
  version,
  now,
  onChanged,
}: {
  ask: Ask;
  version: number;
  now: () => Date;
  onChanged: (message: string) => void;
}) {
  const packs = useRequest(ask, 'listInstalledPacks', {}, version);
  const subscriptions = useRequest(ask, 'listSubscriptions', {}, version);
  if (packs.status === 'loading') return <p class="bevan-muted">Loading…</p>;
  if (packs.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {packs.error.message}
      </p>
    );
  }
  if (!packs.data.length) return <p class="bevan-muted">No data packs installed.</p>;
  const subscribed = new Set(subscriptions.status === 'ok' ? subscriptions.data.map((item) => item.url) : []);
  return (
    <ul class="bevan-list bevan-records">
      {packs.data.map((pack) => {
        const homepage = pack.homepage ? safeHttpsUrl(pack.homepage) : null;
        const fromSubscription = pack.sourceUrl !== null && subscribed.has(pack.sourceUrl);
        const records = `${pack.records} record${pack.records === 1 ? '' : 's'}`;
        return (
          <li key={pack.id}>
            <div class="bevan-record-title">
              <strong>{pack.name}</strong>
              {pack.publisher && <span class="bevan-muted"> by {pack.publisher}</span>}
              {homepage && (
                <>
                  {' · '}
                  <a href={homepage} target="_blank" rel="noopener noreferrer">
                    homepage
                  </a>
                </>
              )}
            </div>
            <div class="bevan-muted bevan-small">
              {records} · imported {timeAgo(pack.importedAt, now())} ·{' '}
              {pack.sourceUrl ? (
                <>
                  from <span class="bevan-url">{pack.sourceUrl}</span>
                  {fromSubscription && ' (subscribed)'}
                </>
              ) : (
                'from a file'
              )}
            </div>
            <div class="bevan-actions">
              {fromSubscription ? (
                <ConfirmButton
                  label="Unsubscribe and remove"
                  question={`Stop following ${pack.sourceUrl} and remove its ${records}?`}
                  confirmLabel="Yes, remove"
                  busyLabel="Removing…"
                  onConfirm={async () => {
                    const done = await ask('unsubscribe', { url: pack.sourceUrl! });
                    if (!done.ok) return done.error.message;
                    onChanged(`Unsubscribed from ${pack.sourceUrl} and removed “${pack.name}”.`);
                    return null;
                  }}
                />
              ) : (
                <ConfirmButton
                  label="Remove"
                  question={`Remove “${pack.name}” and its ${records}?`}
                  confirmLabel="Yes, remove"
                  busyLabel="Removing…"
                  onConfirm={async () => {
                    const done = await ask('removePack', { packId: pack.id });
                    if (!done.ok) return done.error.message;
                    onChanged(`Removed “${pack.name}” and its ${records}.`);
                    return null;
                  }}
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
