/** What the background does for the requests in requests.ts. */
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { ok } from '../result';
import { getParliamentSettings, getParliamentStatus, putParliamentSettings } from './parliament-settings';
import type { parliamentRequests } from './requests';

export function createParliamentHandlers(
  database: () => Promise<BevanDb>,
): Pick<Handlers, keyof typeof parliamentRequests> {
  return {
    getParliamentSettings: async () => ok(await getParliamentSettings(await database())),
    setParliamentSettings: async (settings) => {
      await putParliamentSettings(await database(), settings);
      return ok(settings);
    },
    getParliamentStatus: async () => ok(await getParliamentStatus(await database())),
  };
}
