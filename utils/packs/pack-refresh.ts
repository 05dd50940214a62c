/**
 * Refreshing subscribed packs: fetch each URL, read it with parsePack, import
 * it with its URL as the source (replacing that pack's previous version), and
 * remember how it went, per URL, so the editor can say "refreshed 3 h ago" or
 * "failed: HTTP 404". A failed refresh changes no record: the pack's last good
 * version stays installed. Used by the alarm job and the "refresh now" button.
 */
import type { BevanDb } from '../data/db';
import { PackId } from '../data/schema';
import { z } from '../data/zod';
import { todayIso } from '../dates';
import { fetchPackText } from './fetch-pack';
import { importPack, packContext } from './import-pack';
import type { PackNetwork } from './pack-network';
import { listSubscriptions } from './pack-subscriptions';
import { parsePack } from './parse-pack';

export const SUBSCRIPTION_STATUS_KEY = 'packs.subscriptionStatus';

export const SubscriptionStatus = z.object({
  /** When Bevan last tried. */
  checkedAt: z.iso.datetime(),
  /** Why the last try failed; null when it worked. */
  error: z.nullable(z.string()),
  lastSuccessAt: z.nullable(z.iso.datetime()),
  /** The pack the address gave last time it worked. */
  packId: z.nullable(PackId),
  packName: z.nullable(z.string()),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

const SubscriptionStatuses = z.record(z.string(), SubscriptionStatus);

export interface RefreshOptions {
  network: PackNetwork;
  now?: () => Date;
}

export interface RefreshOutcome {
  url: string;
  status: SubscriptionStatus;
  /** Whether any record was added, updated or removed. */
  changed: boolean;
}

async function readStatuses(db: BevanDb): Promise<Record<string, SubscriptionStatus>> {
  const stored = SubscriptionStatuses.safeParse(await db.get('meta', SUBSCRIPTION_STATUS_KEY));
  return stored.success ? stored.data : {};
}

/** Stores one URL's status (or forgets it, with null), leaving the others as they are. */
export async function putSubscriptionStatus(
  db: BevanDb,
  url: string,
  status: SubscriptionStatus | null,
): Promise<void> {
  const transaction = db.transaction('meta', 'readwrite');
  const stored = SubscriptionStatuses.safeParse(await transaction.store.get(SUBSCRIPTION_STATUS_KEY));
  const { [url]: _previous, ...others } = stored.success ? stored.data : {};
  await transaction.store.put(status ? { ...others, [url]: status } : others, SUBSCRIPTION_STATUS_KEY);
  await transaction.done;
}

/** Every subscribed URL with how its last refresh went (null before the first). */
export async function listSubscriptionStatuses(
  db: BevanDb,
): Promise<{ url: string; status: SubscriptionStatus | null }[]> {
  const [urls, statuses] = await Promise.all([listSubscriptions(db), readStatuses(db)]);
  return urls.map((url) => ({ url, status: statuses[url] ?? null }));
}

export async function refreshSubscription(db: BevanDb, url: string, options: RefreshOptions): Promise<RefreshOutcome> {
  const now = (options.now ?? (() => new Date()))();
  const previous = (await readStatuses(db))[url] ?? null;
  const attempt = await fetchAndImport(db, url, options.network, now);
  const status: SubscriptionStatus = attempt.ok
    ? {
        checkedAt: now.toISOString(),
        error: null,
        lastSuccessAt: now.toISOString(),
        packId: attempt.packId,
        packName: attempt.packName,
      }
    : {
        checkedAt: now.toISOString(),
        error: attempt.error,
        lastSuccessAt: previous?.lastSuccessAt ?? null,
        packId: previous?.packId ?? null,
        packName: previous?.packName ?? null,
      };
  await putSubscriptionStatus(db, url, status);
  return { url, status, changed: attempt.ok && attempt.changed };
}

type Attempt = { ok: true; packId: string; packName: string; changed: boolean } | { ok: false; error: string };

async function fetchAndImport(db: BevanDb, url: string, network: PackNetwork, now: Date): Promise<Attempt> {
  const host = new URL(url).hostname;
  let allowed: boolean;
  try {
    allowed = await network.canRead(url);
  } catch {
    allowed = false;
  }
  if (!allowed) {
    return { ok: false, error: `Bevan is not allowed to read ${host}: press "Refresh now" to allow it.` };
  }
  const fetched = await fetchPackText(url, { fetch: network.fetch });
  if (!fetched.ok) return { ok: false, error: fetched.error };
  const parsed = parsePack(fetched.text, await packContext(db, todayIso(now)));
  if (!parsed.ok) {
    const more = parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : '';
    return { ok: false, error: `The pack has problems: ${parsed.errors.slice(0, 3).join('; ')}${more}` };
  }
  const imported = await importPack(db, parsed.pack, { sourceUrl: url, now });
  if (!imported.ok) return { ok: false, error: imported.error.message };
  const { added, updated, removed } = imported.data;
  return {
    ok: true,
    packId: parsed.pack.pack.id,
    packName: parsed.pack.pack.name,
    changed: added + updated + removed > 0,
  };
}

/** Refreshes the given URLs, or every subscription, one after another. */
export async function refreshSubscriptions(
  db: BevanDb,
  options: RefreshOptions & { urls?: string[] },
): Promise<RefreshOutcome[]> {
  const urls = options.urls ?? (await listSubscriptions(db));
  const outcomes: RefreshOutcome[] = [];
  for (const url of urls) outcomes.push(await refreshSubscription(db, url, options));
  return outcomes;
}
