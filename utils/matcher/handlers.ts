/** What the background does for the requests in matcher/requests.ts. */
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { getAnnotationSettings } from '../data/queries';
import { siteStatus } from '../sites/handlers';
import type { MatcherCache } from './matcher-cache';
import type { matcherRequests } from './requests';
import { ok } from '../result';

export function createMatcherHandlers(
  database: () => Promise<BevanDb>,
  matcher: MatcherCache,
): Pick<Handlers, keyof typeof matcherRequests> {
  return {
    startPage: async ({ url }) => {
      const db = await database();
      const [site, settings] = await Promise.all([siteStatus(db, url), getAnnotationSettings(db)]);
      return ok({ site, cues: site.runs ? await matcher.cues() : null, settings });
    },
    getCues: async () => ok(await matcher.cues()),
    getMatcher: async ({ articleDate }) => ok(await matcher.packed(articleDate)),
  };
}
