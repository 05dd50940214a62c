/** What the background does for the requests in cards/requests.ts. */
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { getBillDetails, getDisputeTimeline, getPersonDetails, searchPeople } from '../data/queries';
import { createLiveMembers } from '../parliament/members/live-member';
import { createLiveVotes } from '../parliament/votes/live-votes';
import { errorMessage, failure, ok } from '../result';
import type { cardRequests } from './requests';

export function createCardHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
): Pick<Handlers, keyof typeof cardRequests> {
  const liveMembers = createLiveMembers(database, () => controls.parliament);
  const liveVotes = createLiveVotes(database, () => controls.parliament);
  return {
    getPerson: async ({ id }) => ok(await getPersonDetails(await database(), id)),
    getPeople: async ({ ids }) => {
      const db = await database();
      const found = await Promise.all(ids.map((id) => getPersonDetails(db, id)));
      return ok(found.filter((details) => details !== null));
    },
    getLiveMp: async ({ id, refresh }) => ok(await liveMembers.get(id, refresh)),
    getLiveVotes: async ({ id, date }) => ok(await liveVotes.get(id, date)),
    getDivisionVotes: async (request) => ok(await liveVotes.inDivisions(request)),
    getBill: async ({ id }) => ok(await getBillDetails(await database(), id)),
    getDisputeTimeline: async () => ok(await getDisputeTimeline(await database())),
    searchPeople: async ({ query, limit }) => ok(await searchPeople(await database(), query, limit)),
    startCardUi: async (_payload, sender) => {
      if (sender.tab?.id === undefined) return failure('invalid-request', 'Cards open only in a tab.');
      try {
        await controls.startCardUi(sender.tab.id, sender.frameId ?? 0);
        return ok({ started: true });
      } catch (error) {
        return failure('internal', `Bevan could not show its card here: ${errorMessage(error)}`);
      }
    },
  };
}
