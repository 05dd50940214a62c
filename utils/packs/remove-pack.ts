/**
 * The packs a reader has installed, and taking one away (unsubscribing, or
 * "remove this pack"): its records go, and nothing else does — not the
 * reader's own records, not bundled data, not another pack's.
 */
import type { BevanDb } from '../data/db';
import { PackId } from '../data/schema';
import { failure, type Result } from '../result';
import {
  allOrNothing,
  INSTALLED_PACKS_KEY,
  InstalledPacks,
  packTransaction,
  queuePackRemoval,
  readMeta,
  type InstalledPack,
} from './pack-storage';

/** Installed packs, by name. */
export async function listInstalledPacks(db: BevanDb): Promise<InstalledPack[]> {
  const installed = await readMeta(packTransaction(db, 'readonly'), INSTALLED_PACKS_KEY, InstalledPacks, {});
  return Object.values(installed).sort((a, b) => a.name.localeCompare(b.name));
}

export async function removePack(db: BevanDb, packId: string): Promise<Result<{ removed: number }>> {
  if (!PackId.safeParse(packId).success) return failure('invalid-request', `packId: "${packId}" is not a pack id`);
  const transaction = packTransaction(db, 'readwrite');
  return allOrNothing(transaction, async (writes) => {
    const installed = await readMeta(transaction, INSTALLED_PACKS_KEY, InstalledPacks, {});
    const removed = await queuePackRemoval(transaction, packId, installed, writes);
    return { ok: true, data: { removed } };
  });
}
