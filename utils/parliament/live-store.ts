/**
 * Facts read live from Parliament, kept in the `liveFacts` store as they were checked. A record's `data` was
 * validated when it arrived, but is read back as unknown: a newer Bevan may read an older record, so each reader
 * parses it again with its own schema and treats a misfit as absent.
 */
import type { BevanDb } from '../data/db';

export interface LiveRecord {
  /** What it describes: `member/172`, `division/1873`, `bill/2818`. */
  key: string;
  /** When Parliament last confirmed it (an ISO instant). */
  fetchedAt: string;
  /** The API's ETag for it, for a conditional request next time. */
  etag: string | null;
  data: unknown;
}

export function readLive(db: BevanDb, key: string): Promise<LiveRecord | undefined> {
  return db.get('liveFacts', key);
}

export async function writeLive(db: BevanDb, record: LiveRecord): Promise<void> {
  await db.put('liveFacts', record);
}

/** Confirmed unchanged by a 304: only the time it was checked moves. */
export async function touchLive(db: BevanDb, key: string, checkedAt: Date): Promise<void> {
  const record = await readLive(db, key);
  if (record) await writeLive(db, { ...record, fetchedAt: checkedAt.toISOString() });
}

/** Missing, unreadable or older than `maxAgeMs`: worth asking Parliament again. */
export function isStale(record: LiveRecord | undefined, maxAgeMs: number, now: Date): boolean {
  if (!record) return true;
  const fetched = Date.parse(record.fetchedAt);
  return Number.isNaN(fetched) || now.getTime() - fetched > maxAgeMs;
}
