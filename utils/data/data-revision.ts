/**
 * A counter in the meta store that goes up whenever records change outside
 * the editor's own save and delete requests: a data-pack import, an undo, a
 * removed pack, a subscription refreshed by the background alarm. Whatever
 * caches something built from the records (the matcher in utils/background/handlers.ts)
 * compares the revision it built from with this one, so that a pack's new
 * bill names reach open tabs even when the change came from the alarm job,
 * which has no handle on the request handlers' caches.
 */
import type { BevanDb } from './db';

export const DATA_REVISION_KEY = 'dataRevision';

export async function readDataRevision(db: BevanDb): Promise<number> {
  const stored = await db.get('meta', DATA_REVISION_KEY);
  return typeof stored === 'number' && Number.isSafeInteger(stored) ? stored : 0;
}

/** Adds one to the revision and returns the new value. */
export async function bumpDataRevision(db: BevanDb): Promise<number> {
  const transaction = db.transaction('meta', 'readwrite');
  const stored = await transaction.store.get(DATA_REVISION_KEY);
  const next = (typeof stored === 'number' && Number.isSafeInteger(stored) ? stored : 0) + 1;
  await transaction.store.put(next, DATA_REVISION_KEY);
  await transaction.done;
  return next;
}
