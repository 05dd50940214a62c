/**
 * What the background does for each request: a thin mapping from
 * utils/messages.ts to the database lookups and edits.
 */
import type { BevanDb } from './data/db';
import { deleteCampaignerRecord, saveCampaignerRecord } from './data/edits';
import { storedBundledVersion } from './data/bundled';
import {
  getBillDetails,
  getDisputeTimeline,
  getMatcherSpec,
  getPersonDetails,
  getStatus,
  searchPeople,
} from './data/queries';
import { packMatcher, type PackedMatcher } from './matching/compile';
import type { MatcherSpec } from './matching/matcher-spec';
import type { Handlers } from './message-router';

/**
 * `notifyTabs` tells open tabs that the matcher changed, so that a bill a
 * campaigner adds is annotated without reloading.
 */
export function createHandlers(database: () => Promise<BevanDb>, notifyTabs: () => void = () => undefined): Handlers {
  const ok = <T>(data: T) => ({ ok: true as const, data });
  // Every open tab asks for the matcher; build the names once per change of
  // the data, and each article date's packed matcher once.
  let matcherSpec: Promise<MatcherSpec> | null = null;
  const packedByDate = new Map<string, PackedMatcher>();
  let edits = 0;
  const afterEdit = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) {
      edits++;
      matcherSpec = null;
      packedByDate.clear();
      notifyTabs();
    }
    return result;
  };
  return {
    getStatus: async () => ok(await getStatus(await database())),
    getMatcher: async ({ articleDate }) => {
      matcherSpec ??= database().then(async (db) => getMatcherSpec(db, `${await storedBundledVersion(db)}+${edits}`));
      const spec = await matcherSpec;
      let packed = packedByDate.get(articleDate);
      if (!packed) {
        packed = packMatcher(spec, articleDate);
        // Most tabs read today's news: a few dates cover nearly every request.
        if (packedByDate.size >= 16) packedByDate.delete(packedByDate.keys().next().value!);
        packedByDate.set(articleDate, packed);
      }
      return ok(packed);
    },
    getPerson: async ({ id }) => ok(await getPersonDetails(await database(), id)),
    getPeople: async ({ ids }) => {
      const db = await database();
      const found = await Promise.all(ids.map((id) => getPersonDetails(db, id)));
      return ok(found.filter((details) => details !== null));
    },
    getBill: async ({ id }) => ok(await getBillDetails(await database(), id)),
    getDisputeTimeline: async () => ok(await getDisputeTimeline(await database())),
    searchPeople: async ({ query, limit }) => ok(await searchPeople(await database(), query, limit)),
    saveRecord: async (edit) => afterEdit(await saveCampaignerRecord(await database(), edit)),
    deleteRecord: async ({ store, id }) => afterEdit(await deleteCampaignerRecord(await database(), store, id)),
  };
}
