/** What the background does for the requests in records/requests.ts. */
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { deleteCampaignerRecord, saveCampaignerRecord } from '../data/edits';
import { getStatus } from '../data/queries';
import type { MatcherCache } from '../matcher/matcher-cache';
import type { recordRequests } from './requests';
import { ok } from '../result';

export function createRecordHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
  matcher: MatcherCache,
): Pick<Handlers, keyof typeof recordRequests> {
  /** A saved or deleted record may be a bill: open tabs look again for the names as they now are. */
  const afterEdit = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) {
      matcher.invalidate();
      controls.notifyTabs();
    }
    return result;
  };
  return {
    getStatus: async () => ok(await getStatus(await database())),
    saveRecord: async (edit) => afterEdit(await saveCampaignerRecord(await database(), edit)),
    deleteRecord: async ({ store, id }) => afterEdit(await deleteCampaignerRecord(await database(), store, id)),
  };
}
