/**
 * Pack URLs the reader subscribed to: the background fetches each on an
 * alarm and imports it (importPack with `sourceUrl`). Only https addresses
 * are kept. Unsubscribing removes the URL and the records of the packs
 * imported from it, in one transaction.
 */
import type { BevanDb } from '../data/db';
import { HttpsUrl } from '../data/schema';
import { failure, type Result } from '../result';
import { safeHttpsUrl } from '../urls';
import {
  allOrNothing,
  INSTALLED_PACKS_KEY,
  InstalledPacks,
  packTransaction,
  queuePackRemoval,
  readMeta,
  Subscriptions,
  SUBSCRIPTIONS_KEY,
} from './pack-storage';

export async function listSubscriptions(db: BevanDb): Promise<string[]> {
  return readMeta(packTransaction(db, 'readonly'), SUBSCRIPTIONS_KEY, Subscriptions, []);
}

/** Adds `url` (once: an address already there is not added again) and returns the new list. */
export async function addSubscription(db: BevanDb, url: string): Promise<Result<string[]>> {
  const normalized = HttpsUrl.safeParse(url.trim()).success ? safeHttpsUrl(url.trim()) : null;
  if (normalized === null) return failure('invalid-request', 'url: Must be an https:// address');
  const transaction = packTransaction(db, 'readwrite');
  return allOrNothing(transaction, async (writes) => {
    const subscriptions = await readMeta(transaction, SUBSCRIPTIONS_KEY, Subscriptions, []);
    if (subscriptions.includes(normalized)) return { ok: true, data: subscriptions };
    const next = [...subscriptions, normalized];
    writes.push(transaction.objectStore('meta').put(next, SUBSCRIPTIONS_KEY));
    return { ok: true, data: next };
  });
}

/** Removes `url` and every pack imported from it; says which packs went and how many records with them. */
export async function unsubscribe(
  db: BevanDb,
  url: string,
): Promise<Result<{ subscriptions: string[]; removedPacks: string[]; removedRecords: number }>> {
  const normalized = safeHttpsUrl(url.trim()) ?? url;
  const transaction = packTransaction(db, 'readwrite');
  return allOrNothing(transaction, async (writes) => {
    const subscriptions = await readMeta(transaction, SUBSCRIPTIONS_KEY, Subscriptions, []);
    if (!subscriptions.includes(normalized)) return failure('not-found', `url: not subscribed to ${url}`);
    const remaining = subscriptions.filter((subscription) => subscription !== normalized);
    writes.push(transaction.objectStore('meta').put(remaining, SUBSCRIPTIONS_KEY));
    let installed = await readMeta(transaction, INSTALLED_PACKS_KEY, InstalledPacks, {});
    const removedPacks = Object.values(installed)
      .filter((pack) => pack.sourceUrl === normalized)
      .map((pack) => pack.id);
    let removedRecords = 0;
    for (const packId of removedPacks) {
      removedRecords += await queuePackRemoval(transaction, packId, installed, writes);
      const { [packId]: _removed, ...rest } = installed;
      installed = rest;
    }
    return { ok: true, data: { subscriptions: remaining, removedPacks, removedRecords } };
  });
}
