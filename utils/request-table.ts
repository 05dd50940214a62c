/**
 * Every request, gathered from the features that declare them: each request's payload, the data its answer carries,
 * and whether it changes user data (privileged: accepted only from Bevan's own pages, never from a content script
 * running inside a web page). A feature adds a request in its own requests.ts and answers it in its handlers.ts.
 */
import { cardRequests } from './cards/requests';
import { feedRequests } from './feeds/requests';
import { matcherRequests } from './matcher/requests';
import { packRequests } from './packs/requests';
import { parliamentRequests } from './parliament/requests';
import { recordRequests } from './records/requests';
import { siteRequests } from './sites/requests';
import { yourMpRequests } from './your-mp/requests';

export const requests = {
  ...matcherRequests,
  ...cardRequests,
  ...siteRequests,
  ...yourMpRequests,
  ...recordRequests,
  ...feedRequests,
  ...packRequests,
  ...parliamentRequests,
} as const;
