/** What the background does for the requests in sites/requests.ts. */
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { getAnnotationSettings, getSiteSettings, putAnnotationSettings, putSiteSettings } from '../data/queries';
import { errorMessage, failure, ok } from '../result';
import type { siteRequests, SiteStatus } from './requests';
import { runsOn, siteHost, sitePath, siteState, switchSite } from './site-settings';
import { isNewsSite } from './sites';

/** Whether Bevan runs on a page, and why. */
export async function siteStatus(db: BevanDb, url: string): Promise<SiteStatus> {
  const host = siteHost(url);
  if (!host) return { host: null, state: 'off', runs: false };
  const state = siteState(host, await getSiteSettings(db), sitePath(url));
  return { host, state, runs: runsOn(state) };
}

export function createSiteHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
): Pick<Handlers, keyof typeof siteRequests> {
  return {
    getAnnotationSettings: async () => ok(await getAnnotationSettings(await database())),
    setAnnotationSettings: async (settings) => {
      await putAnnotationSettings(await database(), settings);
      return ok(settings);
    },
    getSiteStatus: async ({ url }) => ok(await siteStatus(await database(), url)),
    getSiteSettings: async () => ok(await getSiteSettings(await database())),
    setSiteEnabled: async ({ url, enabled, tabId }) => {
      const db = await database();
      const host = siteHost(url);
      if (!host) return failure('invalid-request', 'Bevan cannot run on this page.');
      const path = sitePath(url);
      const settings = switchSite(await getSiteSettings(db), host, enabled, path);
      try {
        if (!isNewsSite(host, path)) await (enabled ? controls.registerSite(host) : controls.unregisterSite(host));
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
  };
}
