/**
 * The background's Parliament client: the worker's own fetch, the reader's setting read from the database before
 * every request, and each outcome recorded for the options page.
 */
import type { BevanDb } from '../data/db';
import { createParliamentClient, type ParliamentClient } from './client';
import { getParliamentSettings, recordOutcome } from './parliament-settings';

export function createBackgroundParliamentClient(database: () => Promise<BevanDb>): ParliamentClient {
  return createParliamentClient({
    fetch: (url, init) => fetch(url, init),
    isEnabled: async () => (await getParliamentSettings(await database())).checkParliament,
    onOutcome: (host, outcome) => {
      void database()
        .then((db) => recordOutcome(db, host, outcome, new Date()))
        .catch((error: unknown) => console.error('Bevan could not record how Parliament answered', error));
    },
  });
}
