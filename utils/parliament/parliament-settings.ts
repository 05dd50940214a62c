/**
 * The reader's "Check Parliament for updates" setting, and what the options page says about each kind of live fact:
 * when it was last refreshed, and the last failure in plain words. Both live in the database's meta store, which only
 * the background opens.
 */
import type { BevanDb } from '../data/db';
import { z } from '../data/zod';
import { liveFailureWords, type LiveOutcome } from './client';
import type { ParliamentHost } from './hosts';

const SETTINGS_KEY = 'parliamentSettings';
const STATUS_KEY = 'parliamentStatus';

export const ParliamentSettings = z.object({
  /** On by default: the bundled facts stop at the dataset's snapshot, and Parliament's are current. */
  checkParliament: z.boolean(),
});
export type ParliamentSettings = z.infer<typeof ParliamentSettings>;
export const DEFAULT_PARLIAMENT_SETTINGS: ParliamentSettings = { checkParliament: true };

const HostStatus = z.object({
  /** The last time the host answered with facts (an ISO instant). */
  lastRefreshed: z.nullable(z.string()),
  /** The last failure, if it came after the last success. */
  lastFailure: z.nullable(z.object({ at: z.string(), words: z.string() })),
});
export const ParliamentStatus = z.object({
  members: HostStatus,
  votes: HostStatus,
  bills: HostStatus,
});
export type ParliamentStatus = z.infer<typeof ParliamentStatus>;

const NEVER = { lastRefreshed: null, lastFailure: null };
const NO_STATUS: ParliamentStatus = { members: NEVER, votes: NEVER, bills: NEVER };

export async function getParliamentSettings(db: BevanDb): Promise<ParliamentSettings> {
  const stored = ParliamentSettings.safeParse(await db.get('meta', SETTINGS_KEY));
  return stored.success ? stored.data : DEFAULT_PARLIAMENT_SETTINGS;
}

export async function putParliamentSettings(db: BevanDb, settings: ParliamentSettings): Promise<void> {
  await db.put('meta', settings, SETTINGS_KEY);
}

export async function getParliamentStatus(db: BevanDb): Promise<ParliamentStatus> {
  const stored = ParliamentStatus.safeParse(await db.get('meta', STATUS_KEY));
  return stored.success ? stored.data : NO_STATUS;
}

/** Records one request's outcome; a refusal because the setting is off is not news to the reader. */
export async function recordOutcome(db: BevanDb, host: ParliamentHost, outcome: LiveOutcome, at: Date): Promise<void> {
  if (!outcome.ok && outcome.failure.kind === 'off') return;
  const transaction = db.transaction('meta', 'readwrite');
  const stored = ParliamentStatus.safeParse(await transaction.store.get(STATUS_KEY));
  const status = stored.success ? stored.data : NO_STATUS;
  const when = at.toISOString();
  const next: ParliamentStatus = {
    ...status,
    [host]: outcome.ok
      ? { lastRefreshed: when, lastFailure: null }
      : { ...status[host], lastFailure: { at: when, words: liveFailureWords(outcome.failure, host) } },
  };
  await transaction.store.put(next, STATUS_KEY);
  await transaction.done;
}
