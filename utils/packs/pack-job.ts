/**
 * Refreshes subscribed data packs on an alarm (see utils/background/jobs.ts):
 * each URL is fetched, read and imported as in pack-refresh.ts, its outcome
 * kept for the editor, and open tabs are told when any record changed. Then,
 * on the same alarm, the stages of bills still before Parliament (bundled,
 * campaigners' and packs' bills with a Parliament id) are brought up to date.
 */
import type { BackgroundJob } from '../background/jobs';
import type { BevanDb } from '../data/db';
import { bumpDataRevision } from '../data/data-revision';
import type { BrowserControls } from '../background/controls';
import { browserPackNetwork, type PackNetwork } from './pack-network';
import { refreshSubscriptions } from './pack-refresh';
import { refreshLiveBills } from '../parliament/bills/live-bills';
import { OFFLINE_PARLIAMENT } from '../parliament/client';

export const PACK_ALARM = 'bevan:packs';
/** Every six hours: packs are edited by hand, a few times a week at most. */
export const PACK_REFRESH_MINUTES = 360;

export function createPackRefreshJob(
  database: () => Promise<BevanDb>,
  controls: Pick<BrowserControls, 'notifyTabs'> & Partial<Pick<BrowserControls, 'parliament'>>,
  options: { network?: PackNetwork; now?: () => Date } = {},
): BackgroundJob {
  return {
    alarm: PACK_ALARM,
    periodMinutes: async () => PACK_REFRESH_MINUTES,
    async run() {
      const db = await database();
      const outcomes = await refreshSubscriptions(db, {
        network: options.network ?? browserPackNetwork,
        now: options.now,
      });
      if (outcomes.some((outcome) => outcome.changed)) {
        await bumpDataRevision(db);
        controls.notifyTabs();
      }
      await refreshLiveBills(db, controls.parliament ?? OFFLINE_PARLIAMENT, options.now?.() ?? new Date());
    },
  };
}
