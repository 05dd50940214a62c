/**
 * What the background does for each request: every feature answers its own requests (its handlers.ts, beside its
 * requests.ts), and they are gathered here, with what they share: the browser's controls, and the matcher that
 * campaigners' edits make stale.
 */
import { createCardHandlers } from '../cards/handlers';
import type { BevanDb } from '../data/db';
import { createFeedHandlers } from '../feeds/handlers';
import { createMatcherHandlers } from '../matcher/handlers';
import { createMatcherCache } from '../matcher/matcher-cache';
import { createPackHandlers } from '../packs/handlers';
import { createParliamentHandlers } from '../parliament/handlers';
import { createLiveBillHandlers } from '../parliament/bills/handlers';
import { createProvenanceHandlers } from '../provenance/handlers';
import { createRecordHandlers } from '../records/handlers';
import { createSiteHandlers } from '../sites/handlers';
import { createYourMpHandlers } from '../your-mp/handlers';
import { NO_BROWSER, type BrowserControls } from './controls';
import type { Handlers } from './message-router';

export function createHandlers(
  database: () => Promise<BevanDb>,
  browserControls: Partial<BrowserControls> = {},
): Handlers {
  const controls = { ...NO_BROWSER, ...browserControls };
  const matcher = createMatcherCache(database);
  return {
    ...createMatcherHandlers(database, matcher, controls),
    ...createCardHandlers(database, controls),
    ...createSiteHandlers(database, controls),
    ...createYourMpHandlers(database, controls),
    ...createRecordHandlers(database, controls, matcher),
    ...createFeedHandlers(database, controls),
    ...createPackHandlers(database, controls),
    ...createParliamentHandlers(database),
    ...createLiveBillHandlers(database, controls, matcher),
    ...createProvenanceHandlers(database),
  };
}
