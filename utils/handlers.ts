/**
 * What the background does for each request: a thin mapping from
 * utils/messages.ts to the database lookups and edits.
 */
import type { BevanDb } from './data/db';
import { deleteCampaignerRecord, saveCampaignerRecord } from './data/edits';
import { storedBundledVersion } from './data/bundled';
import {
  getAnnotationSettings,
  getBillDetails,
  getDisputeTimeline,
  getMatcherSpec,
  getPersonDetails,
  getSiteSettings,
  getStatus,
  putAnnotationSettings,
  putSiteSettings,
  searchPeople,
} from './data/queries';
import { packMatcher, type PackedMatcher } from './matching/compile';
import type { MatcherSpec } from './matching/matcher-spec';
import type { Handlers } from './message-router';
import { errorMessage, failure, type SiteStatus } from './messages';
import { runsOn, siteHost, siteState, switchSite } from './site-settings';
import { isNewsSite } from './sites';

async function siteStatus(db: BevanDb, url: string): Promise<SiteStatus> {
  const host = siteHost(url);
  if (!host) return { host: null, state: 'off', runs: false };
  const state = siteState(host, await getSiteSettings(db));
  return { host, state, runs: runsOn(state) };
}

/** What the handlers need from the browser, kept behind an interface so that they can be tested without one. */
export interface BrowserControls {
  /** Tells every open tab that the matcher changed, so that a campaigner's new bill is annotated without a reload. */
  notifyTabs(): void;
  /** Runs the content script on a switched-on site from now on; rejects without the host permission. */
  registerSite(host: string): Promise<void>;
  unregisterSite(host: string): Promise<void>;
  /** Starts the content script in an open tab now. */
  startInTab(tabId: number): Promise<void>;
  /** Tells a tab's content script to remove its annotations. */
  stopInTab(tabId: number): void;
  /** Starts the card UI script in a tab's frame. */
  startCardUi(tabId: number, frameId: number): Promise<void>;
}

const NO_BROWSER: BrowserControls = {
  notifyTabs: () => undefined,
  registerSite: async () => undefined,
  unregisterSite: async () => undefined,
  startInTab: async () => undefined,
  stopInTab: () => undefined,
  startCardUi: async () => undefined,
};

export function createHandlers(
  database: () => Promise<BevanDb>,
  browserControls: Partial<BrowserControls> = {},
): Handlers {
  const controls = { ...NO_BROWSER, ...browserControls };
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
      controls.notifyTabs();
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
    startCardUi: async (_payload, sender) => {
      if (sender.tab?.id === undefined) return failure('invalid-request', 'Cards open only in a tab.');
      try {
        await controls.startCardUi(sender.tab.id, sender.frameId ?? 0);
        return ok({ started: true });
      } catch (error) {
        return failure('internal', `Bevan could not show its card here: ${errorMessage(error)}`);
      }
    },
    getAnnotationSettings: async () => ok(await getAnnotationSettings(await database())),
    setAnnotationSettings: async (settings) => {
      await putAnnotationSettings(await database(), settings);
      return ok(settings);
    },
    getSiteStatus: async ({ url }) => ok(await siteStatus(await database(), url)),
    setSiteEnabled: async ({ url, enabled, tabId }) => {
      const db = await database();
      const host = siteHost(url);
      if (!host) return failure('invalid-request', 'Bevan cannot run on this page.');
      const settings = switchSite(await getSiteSettings(db), host, enabled);
      try {
        if (!isNewsSite(host)) await (enabled ? controls.registerSite(host) : controls.unregisterSite(host));
      } catch (error) {
        return failure('forbidden', `Bevan could not switch ${host} ${enabled ? 'on' : 'off'}: ${errorMessage(error)}`);
      }
      await putSiteSettings(db, settings);
      if (tabId !== null) {
        if (enabled) await controls.startInTab(tabId).catch(() => undefined);
        else controls.stopInTab(tabId);
      }
      return ok(await siteStatus(db, url));
    },
    saveRecord: async (edit) => afterEdit(await saveCampaignerRecord(await database(), edit)),
    deleteRecord: async ({ store, id }) => afterEdit(await deleteCampaignerRecord(await database(), store, id)),
  };
}
