/**
 * A member's live facts: read from `liveFacts` at once, and asked of the Members API when the stored copy is missing
 * or more than 7 days old. A failed or refused answer never removes what was stored.
 */
import type { BevanDb } from '../../data/db';
import { liveFailureWords, type LiveFailure, type ParliamentClient } from '../client';
import { parliamentUrl } from '../hosts';
import { isStale, readLive, writeLive } from '../live-store';
import { getParliamentSettings } from '../parliament-settings';
import { BiographyAnswer, MemberAnswer, biographyPath, memberPath } from './api';
import { memberKey, type MemberFacts } from './facts';
import { mapMember, readMemberFacts } from './map-member';

export const MEMBER_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface LiveMember {
  facts: MemberFacts | null;
  /** When Parliament last gave these facts (an ISO instant), or null when it never has. */
  checkedAt: string | null;
  /** Missing or older than 7 days: worth asking Parliament. */
  stale: boolean;
  /** Why Parliament's answer is not here, in plain words; null when nothing went wrong. */
  problem: string | null;
  /** The reader turned checking Parliament off. */
  off: boolean;
}

/** What is stored, without asking anyone. */
export async function storedMember(db: BevanDb, id: number, now: Date): Promise<LiveMember> {
  const record = await readLive(db, memberKey(id));
  const facts = record ? readMemberFacts(record.data) : null;
  return {
    facts,
    checkedAt: facts ? record!.fetchedAt : null,
    stale: facts === null || isStale(record, MEMBER_MAX_AGE_MS, now),
    problem: null,
    off: false,
  };
}

/** A failure in words, short enough for any card (a parser's message can run long). */
export function failureWords(failure: LiveFailure, host: 'members' | 'votes'): string {
  const words = liveFailureWords(failure, host);
  return words.length > 300 ? `${words.slice(0, 299)}…` : words;
}

function withFailure(stored: LiveMember, failure: LiveFailure): LiveMember {
  return { ...stored, problem: failureWords(failure, 'members'), off: failure.kind === 'off' };
}

/** The stored facts, refreshed from the Members API first when they are stale. */
export async function refreshMember(
  db: BevanDb,
  client: ParliamentClient,
  id: number,
  now: () => Date,
): Promise<LiveMember> {
  const stored = await storedMember(db, id, now());
  if (!stored.stale) return stored;
  const member = await client.getJson('members', parliamentUrl('members', memberPath(id)), MemberAnswer);
  if (!member.ok) return withFailure(stored, member.failure);
  const biography = await client.getJson('members', parliamentUrl('members', biographyPath(id)), BiographyAnswer);
  if (!biography.ok) return withFailure(stored, biography.failure);
  // Neither was asked conditionally, so neither can be "not modified"; the narrowing says so.
  if (!('data' in member) || !('data' in biography)) return stored;
  const mapped = mapMember(id, member.data, biography.data);
  if (!mapped.ok) {
    console.warn(`Bevan refused the Members API's answers about member ${id}: ${mapped.reason}`);
    return withFailure(stored, { kind: 'shape', reason: mapped.reason });
  }
  const fetchedAt = now().toISOString();
  await writeLive(db, { key: memberKey(id), fetchedAt, etag: null, data: mapped.facts });
  return { facts: mapped.facts, checkedAt: fetchedAt, stale: false, problem: null, off: false };
}

/** The reader's "Check Parliament for updates". */
export async function checkingOn(db: BevanDb): Promise<boolean> {
  return (await getParliamentSettings(db)).checkParliament;
}

/** After a failed refresh, the stored facts (or the bundled ones) serve for this long before Parliament is asked again. */
export const RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;

/**
 * The background's live member facts: one refresh at a time per member however many cards ask, and after a failure
 * no new request for that member for a few minutes, so a reader moving over mentions while offline sends nothing.
 */
export function createLiveMembers(
  database: () => Promise<BevanDb>,
  client: () => ParliamentClient,
  now: () => Date = () => new Date(),
) {
  const running = new Map<number, Promise<LiveMember>>();
  const failed = new Map<number, { at: number; problem: string }>();
  return {
    async get(id: number, refresh: boolean): Promise<LiveMember> {
      const db = await database();
      const stored = await storedMember(db, id, now());
      if (!refresh || !stored.stale) return stored;
      const recent = failed.get(id);
      // Turned off since, the reader is told so (the client answers "off" without a request), not the old failure.
      const holdBack = recent && now().getTime() - recent.at < RETRY_AFTER_FAILURE_MS && (await checkingOn(db));
      if (recent && holdBack) return { ...stored, problem: recent.problem };
      let answer = running.get(id);
      if (!answer) {
        answer = refreshMember(db, client(), id, now).finally(() => running.delete(id));
        running.set(id, answer);
      }
      const result = await answer;
      // "Off" is the reader's choice, not a failure: turned back on, the next card asks at once.
      if (result.problem && !result.off) failed.set(id, { at: now().getTime(), problem: result.problem });
      else failed.delete(id);
      return result;
    },
  };
}
