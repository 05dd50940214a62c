/** What the background does for the requests in feed-requests.ts. */
import type { BevanDb } from '../data/db';
import type { BrowserControls } from '../handlers';
import type { Handlers } from '../message-router';
import type { feedRequests } from './feed-requests';

export function createFeedHandlers(
  _database: () => Promise<BevanDb>,
  _controls: BrowserControls,
): Pick<Handlers, keyof typeof feedRequests> {
  return {};
}
