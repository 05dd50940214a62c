/** Refreshes subscribed data packs on an alarm (see utils/background/jobs.ts). */
import type { BackgroundJob } from '../background/jobs';
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../handlers';

export function createPackRefreshJob(_database: () => Promise<BevanDb>, _controls: BrowserControls): BackgroundJob {
  return { alarm: 'bevan:packs', periodMinutes: async () => 360, run: async () => undefined };
}
