/**
 * Keeping bills' stages up to date from the Bills API: fetch a bill and its stages through the polite client,
 * store them in `liveFacts` (`bill/<id>`), and read them back through their schema. A failed fetch keeps what
 * is stored; finished bills are not fetched again.
 */
import type { BevanDb } from '../../data/db';
import type { ParliamentClient, LiveFailure } from '../client';
import { liveFailureWords } from '../client';
import { parliamentUrl } from '../hosts';
import { isStale, readLive, writeLive } from '../live-store';
import { ApiBill, ApiBillStages, type ApiBillStage } from './bills-api';
import { ApiDivisionSearch, divisionSearchUrl, divisionsOnBill } from './bill-divisions';
import { LiveBill, isFinished, liveBillFromApi, liveBillKey, sittingDays } from './live-bill';

/** A card refreshes a bill whose copy is older than a day. */
export const CARD_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** The background alarm refreshes bills before Parliament whose copy is older than this. */
export const ALARM_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** Stages are listed a page at a time; a bill with more than this many pages of stages is cut short. */
const STAGES_PER_PAGE = 100;
const MAX_STAGE_PAGES = 5;

export interface StoredLiveBill {
  /** When Parliament was last asked successfully (ISO instant). */
  checkedAt: string;
  bill: LiveBill;
}

/** The stored copy, read through its schema: a copy from an older Bevan that no longer fits is no copy. */
export async function readLiveBill(db: BevanDb, parliamentBillId: number): Promise<StoredLiveBill | null> {
  const record = await readLive(db, liveBillKey(parliamentBillId));
  const bill = LiveBill.safeParse(record?.data);
  return record && bill.success ? { checkedAt: record.fetchedAt, bill: bill.data } : null;
}

export type FetchedBill = { ok: true; bill: LiveBill } | { ok: false; failure: LiveFailure };

/**
 * Asks Parliament for a bill, all its stages and the Commons divisions on it; a failure or malformed answer about
 * the bill or its stages gives no bill.
 */
export async function fetchLiveBill(
  client: ParliamentClient,
  parliamentBillId: number,
  previous: LiveBill | null = null,
): Promise<FetchedBill> {
  const answer = await client.getJson('bills', parliamentUrl('bills', `/api/v1/Bills/${parliamentBillId}`), ApiBill);
  if (!answer.ok) return answer;
  if (!('data' in answer)) return { ok: false, failure: { kind: 'shape', reason: 'unexpected not-modified answer' } };
  if (answer.data.billId !== parliamentBillId) {
    return {
      ok: false,
      failure: { kind: 'shape', reason: `asked for bill ${parliamentBillId}, got ${answer.data.billId}` },
    };
  }
  const stages: ApiBillStage[] = [];
  for (let pageIndex = 0; pageIndex < MAX_STAGE_PAGES; pageIndex++) {
    const page = await client.getJson(
      'bills',
      parliamentUrl('bills', `/api/v1/Bills/${parliamentBillId}/Stages`, {
        // From what has come so far: the API may give fewer a page than asked for.
        Skip: stages.length,
        Take: STAGES_PER_PAGE,
      }),
      ApiBillStages,
    );
    if (!page.ok) return page;
    if (!('data' in page)) return { ok: false, failure: { kind: 'shape', reason: 'unexpected not-modified answer' } };
    stages.push(...page.data.items);
    if (page.data.items.length === 0 || stages.length >= page.data.totalResults) break;
  }
  const bill = liveBillFromApi(answer.data, stages);
  if (!bill) return { ok: false, failure: { kind: 'shape', reason: 'the bill has no usable title' } };
  // Divisions are a refinement: when the Commons Votes API cannot be asked, the ones known before stay.
  const found = await client.getJson('votes', divisionSearchUrl(bill.shortTitle), ApiDivisionSearch);
  const divisions =
    found.ok && 'data' in found
      ? divisionsOnBill(found.data, bill.shortTitle, sittingDays(bill))
      : (previous?.divisions ?? []);
  return { ok: true, bill: { ...bill, divisions } };
}

export interface LiveBillAnswer {
  live: StoredLiveBill | null;
  /** Why Parliament could not be asked just now, in a reader's words; null when it was not needed or it answered. */
  failure: string | null;
}

/**
 * The stored copy, refreshed first when it is older than `maxAgeMs` and the bill is still before Parliament.
 * A failure keeps the stored copy and says why.
 */
export async function refreshLiveBill(
  db: BevanDb,
  client: ParliamentClient,
  parliamentBillId: number,
  options: { now: Date; maxAgeMs: number },
): Promise<LiveBillAnswer> {
  const key = liveBillKey(parliamentBillId);
  const record = await readLive(db, key);
  const stored = await readLiveBill(db, parliamentBillId);
  if (stored && (isFinished(stored.bill, options.now) || !isStale(record, options.maxAgeMs, options.now))) {
    return { live: stored, failure: null };
  }
  const fetched = await fetchLiveBill(client, parliamentBillId, stored?.bill ?? null);
  if (!fetched.ok) return { live: stored, failure: liveFailureWords(fetched.failure, 'bills') };
  const checkedAt = options.now.toISOString();
  await writeLive(db, { key, fetchedAt: checkedAt, etag: null, data: fetched.bill });
  return { live: { checkedAt, bill: fetched.bill }, failure: null };
}

/** Every Parliament bill id in Bevan's data (bundled, campaigners', packs'), once each. */
export async function parliamentBillIds(db: BevanDb): Promise<number[]> {
  const bills = await db.getAll('bills');
  return [...new Set(bills.flatMap((bill) => (bill.parliamentBillId ? [bill.parliamentBillId] : [])))].sort(
    (a, b) => a - b,
  );
}

/** The alarm's work: every bill still before Parliament whose copy is old, one after another. */
export async function refreshLiveBills(db: BevanDb, client: ParliamentClient, now: Date): Promise<void> {
  // With checking turned off the client answers at once without asking, so the loop costs nothing then.
  for (const id of await parliamentBillIds(db)) {
    await refreshLiveBill(db, client, id, { now, maxAgeMs: ALARM_MAX_AGE_MS });
  }
}
