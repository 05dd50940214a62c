/** What the background does for the requests in matcher/requests.ts. */
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { getAnnotationSettings } from '../data/queries';
import { siteStatus } from '../sites/handlers';
import type { MatcherCache } from './matcher-cache';
import type { matcherRequests } from './requests';
import { errorMessage, failure, ok } from '../result';

export function createMatcherHandlers(
  database: () => Promise<BevanDb>,
  matcher: MatcherCache,
  controls: BrowserControls,
): Pick<Handlers, keyof typeof matcherRequests> {
  return {
    startPage: async ({ url }) => {
      const db = await database();
      const [site, settings] = await Promise.all([siteStatus(db, url), getAnnotationSettings(db)]);
      return ok({ site, cues: site.runs ? await matcher.cues() : null, settings });
    },
    getCues: async () => ok(await matcher.cues()),
    getMatcher: async ({ articleDate }) => ok(await matcher.packed(articleDate)),
    startPageReader: async (_payload, sender) => {
      if (sender.tab?.id === undefined) return failure('invalid-request', 'Bevan reads pages only in a tab.');
      try {
        await controls.startPageReader(sender.tab.id, sender.frameId ?? 0);
        return ok({ started: true });
      } catch (error) {
        return failure('internal', `Bevan could not read this page: ${errorMessage(error)}`);
      }
    },
  };
}
