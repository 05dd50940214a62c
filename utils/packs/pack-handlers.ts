/** What the background does for the requests in pack-requests.ts. */
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../handlers';
import type { Handlers } from '../message-router';
import type { packRequests } from './pack-requests';

export function createPackHandlers(
  _database: () => Promise<BevanDb>,
  _controls: BrowserControls,
): Pick<Handlers, keyof typeof packRequests> {
  return {};
}
