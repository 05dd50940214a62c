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
import type { MatcherSpec } from './matching/matcher-spec';
import type { Handlers } from './message-router';

/**
 * `notifyTabs` tells open tabs that the matcher changed, so that a bill a
 * campaigner adds is annotated without reloading.
 */
export function createHandlers(database: () => Promise<BevanDb>, notifyTabs: () => void = () => undefined): Handlers {
  const ok = <T>(data: T) => ({ ok: true as const, data });
  // Every open tab asks for the matcher; build it once per change of the data.
  let matcherSpec: Promise<MatcherSpec> | null = null;
  let edits = 0;
  const afterEdit = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) {
      edits++;
      matcherSpec = null;
      notifyTabs();
    }
    return result;
  };
  return {
    getStatus: async () => ok(await getStatus(await database())),
    getMatcherSpec: async () => {
      matcherSpec ??= database().then(async (db) => getMatcherSpec(db, `${await storedBundledVersion(db)}+${edits}`));
      return ok(await matcherSpec);
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
