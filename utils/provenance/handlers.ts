/** What the background does for the requests in provenance/requests.ts. */
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { INSTALLED_PACKS_KEY, InstalledPacks } from '../packs/pack-storage';
import { ok } from '../result';
import type { provenanceRequests } from './requests';

export function createProvenanceHandlers(
  database: () => Promise<BevanDb>,
): Pick<Handlers, keyof typeof provenanceRequests> {
  return {
    getPackCredits: async ({ ids }) => {
      const installed = InstalledPacks.safeParse(await (await database()).get('meta', INSTALLED_PACKS_KEY));
      const packs = installed.success ? installed.data : {};
      return ok(
        ids.flatMap((id) => {
          const pack = packs[id];
          return pack ? [{ id, name: pack.name, publisher: pack.publisher ?? null }] : [];
        }),
      );
    },
  };
}
