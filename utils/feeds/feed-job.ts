/** Refreshes the news feeds on an alarm (see utils/background/jobs.ts). */
import type { BackgroundJob } from '../background/jobs';
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../background/controls';
import { refreshNewsOnce } from './handlers';
import { describeNews, getFeedSettings } from './news';

export const FEED_ALARM = 'bevan:feeds';

export function createFeedRefreshJob(database: () => Promise<BevanDb>, controls: BrowserControls): BackgroundJob {
  return {
    alarm: FEED_ALARM,
    periodMinutes: async () => (await getFeedSettings(await database())).refreshMinutes,
    run: async () => void (await refreshNewsOnce(await database(), controls)),
    // The badge is not kept when the browser restarts: show the stored unread count again.
    start: async () => controls.showUnread((await describeNews(await database(), new Date())).unread),
  };
}
