/** What the background does for the requests in parliament/bills/requests.ts. */
import type { BrowserControls } from '../../background/controls';
import type { Handlers } from '../../background/message-router';
import type { BevanDb } from '../../data/db';
import { saveCampaignerRecord } from '../../data/edits';
import { formatDate } from '../../dates';
import { newBillId, withSuffix } from '../../editor/record-drafts';
import type { MatcherCache } from '../../matcher/matcher-cache';
import { failure, ok } from '../../result';
import type { LiveFailure } from '../client';
import { liveFailureWords } from '../client';
import { parliamentUrl } from '../hosts';
import { writeLive } from '../live-store';
import { ApiBill, ApiBillSearch, type ApiBillSummary } from './bills-api';
import { campaignerBillFromLive, liveBillKey, liveBillSession, searchHitFromApi, sessionOf } from './live-bill';
import { CARD_MAX_AGE_MS, fetchLiveBill, readLiveBill, refreshLiveBill } from './live-bills';
import type { liveBillRequests } from './requests';
import { readSearchInput } from './search-input';

/** A search lists at most this many bills. */
const SEARCH_LIMIT = 20;

/** Parliament's refusal in a campaigner's words: a bill that does not exist is named as such. */
function askFailure(parliamentBillId: number | null, answer: LiveFailure) {
  if (answer.kind === 'http' && answer.status === 404 && parliamentBillId !== null) {
    return failure('not-found', `Parliament has no bill numbered ${parliamentBillId}. Nothing was added.`);
  }
  return failure(
    'unreachable',
    `Bevan could not ask Parliament: ${liveFailureWords(answer, 'bills')} Nothing was changed.`,
  );
}

/**
 * Sessions named from the results themselves: a bill whose current stage has sat names its session's number,
 * and other bills of the same session number share the name.
 */
function sessionNames(bills: readonly ApiBillSummary[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const bill of bills) {
    const stage = bill.currentStage;
    const day = stage?.stageSittings.map((sitting) => sitting.date?.slice(0, 10)).find(Boolean);
    const session = day ? sessionOf(day) : null;
    if (stage && session) names.set(stage.sessionId, session);
  }
  return names;
}

export function createLiveBillHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
  matcher: MatcherCache,
): Pick<Handlers, keyof typeof liveBillRequests> {
  const existingBills = async (db: BevanDb) => {
    const byParliamentId = new Map<number, string>();
    for (const bill of await db.getAll('bills')) {
      if (bill.parliamentBillId) byParliamentId.set(bill.parliamentBillId, bill.id);
    }
    return byParliamentId;
  };

  return {
    getLiveBill: async ({ id, refresh }) => {
      const db = await database();
      const bill = await db.get('bills', id);
      if (!bill?.parliamentBillId) return ok({ live: null, failure: null });
      if (!refresh) return ok({ live: await readLiveBill(db, bill.parliamentBillId), failure: null });
      return ok(
        await refreshLiveBill(db, controls.parliament, bill.parliamentBillId, {
          now: new Date(),
          maxAgeMs: CARD_MAX_AGE_MS,
        }),
      );
    },

    searchParliamentBills: async ({ term }) => {
      const input = readSearchInput(term);
      if (input.kind === 'problem') return failure('invalid-request', input.message);
      const db = await database();
      const existing = await existingBills(db);
      const withExisting = (bill: ApiBillSummary, sessions: Map<number, string>) => {
        const hit = searchHitFromApi(bill);
        return hit
          ? [
              {
                ...hit,
                session: hit.session ?? sessions.get(bill.introducedSessionId) ?? null,
                existingBillId: existing.get(hit.parliamentBillId) ?? null,
              },
            ]
          : [];
      };
      if (input.kind === 'bill') {
        const answer = await controls.parliament.getJson(
          'bills',
          parliamentUrl('bills', `/api/v1/Bills/${input.parliamentBillId}`),
          ApiBill,
        );
        if (!answer.ok) return askFailure(input.parliamentBillId, answer.failure);
        if (!('data' in answer)) return failure('internal', 'Parliament answered without the bill.');
        return ok({ hits: withExisting(answer.data, sessionNames([answer.data])), total: 1 });
      }
      const answer = await controls.parliament.getJson(
        'bills',
        parliamentUrl('bills', '/api/v1/Bills', { SearchTerm: input.words, Take: SEARCH_LIMIT }),
        ApiBillSearch,
      );
      if (!answer.ok) return askFailure(null, answer.failure);
      if (!('data' in answer)) return failure('internal', 'Parliament answered without a list.');
      const sessions = sessionNames(answer.data.items);
      return ok({
        hits: answer.data.items.flatMap((bill) => withExisting(bill, sessions)),
        total: answer.data.totalResults,
      });
    },

    addBillFromParliament: async ({ parliamentBillId, aliases }) => {
      const db = await database();
      const already = (await existingBills(db)).get(parliamentBillId);
      if (already) {
        const bill = await db.get('bills', already);
        return failure(
          'conflict',
          `“${bill?.shortTitle ?? already}” is already in Bevan's data with Parliament's stages. Nothing was added.`,
        );
      }
      const fetched = await fetchLiveBill(controls.parliament, parliamentBillId);
      if (!fetched.ok) return askFailure(parliamentBillId, fetched.failure);
      const live = fetched.bill;
      const sponsorId = live.sponsors[0]?.memberId ?? null;
      const sponsorInBevan = sponsorId !== null && (await db.get('people', sponsorId)) !== undefined;
      const now = new Date();
      const session = liveBillSession(live);
      if (!session) {
        return failure(
          'invalid-request',
          `Parliament lists no sitting of “${live.shortTitle}” yet, so Bevan cannot tell its session. Add it with “New bill” instead. Nothing was added.`,
        );
      }
      // Named like the editor's own bills: title and session, with a suffix when taken.
      const id = await freeId(db, newBillId({ shortTitle: live.shortTitle, session }));
      const made = campaignerBillFromLive(live, { id, sponsorInBevan, aliases, now, formatDay: formatDate });
      if (!made.ok) return failure('invalid-request', 'Bevan could not make a bill from Parliament’s record.');
      const saved = await saveCampaignerRecord(db, { store: 'bills', record: made.bill });
      if (!saved.ok) return saved;
      await writeLive(db, { key: liveBillKey(parliamentBillId), fetchedAt: now.toISOString(), etag: null, data: live });
      matcher.invalidate();
      controls.notifyTabs();
      return ok({ id: made.bill.id, shortTitle: made.bill.shortTitle });
    },
  };
}

/** The first of `id`, `id-2`, `id-3`… no record has. */
async function freeId(db: BevanDb, id: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const candidate = withSuffix(id, attempt);
    if (!(await db.get('bills', candidate))) return candidate;
  }
}
