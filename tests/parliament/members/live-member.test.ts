import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import { createParliamentClient } from '@/utils/parliament/client';
import { readLive, writeLive } from '@/utils/parliament/live-store';
import { checkingOn, createLiveMembers, failureWords, MEMBER_MAX_AGE_MS } from '@/utils/parliament/members/live-member';
import { putParliamentSettings } from '@/utils/parliament/parliament-settings';
import { freshDbName } from '../../helpers/dataset';
import { BY_ELECTION_WINNER, FLOOR_CROSSER } from './fixtures';

type Answer = { status: number; body: unknown } | 'unreachable';

/** The real client over a fetch that answers from a table of paths, recording what was asked. */
function parliament(answers: Record<string, Answer>, enabled: boolean | (() => Promise<boolean>) = true) {
  const asked: string[] = [];
  const client = createParliamentClient({
    fetch: async (url) => {
      const path = new URL(url).pathname;
      asked.push(path);
      const answer = answers[path] ?? { status: 404, body: { title: 'Not Found' } };
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      return new Response(text, { status: answer.status, headers: { 'content-type': 'application/json' } });
    },
    isEnabled: typeof enabled === 'function' ? enabled : async () => enabled,
    sleep: async () => undefined,
    retries: 0,
  });
  return { client, asked };
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const crosserAnswers = {
  '/api/Members/99001': ok(FLOOR_CROSSER.member),
  '/api/Members/99001/Biography': ok(FLOOR_CROSSER.biography),
};

async function setUp(answers: Record<string, Answer>, options: { enabled?: boolean; at?: string } = {}) {
  const db = await openBevanDb(freshDbName());
  const { client, asked } = parliament(answers, options.enabled);
  let now = new Date(options.at ?? '2026-12-06T20:00:00Z');
  const members = createLiveMembers(
    async () => db,
    () => client,
    () => now,
  );
  return { db, asked, members, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("a member's live facts, stored and refreshed", () => {
  it('asks the Members API the first time, stores the mapped facts under member/<id>, and answers from the store after', async () => {
    const { db, asked, members } = await setUp(crosserAnswers);
    expect(await members.get(99001, false)).toMatchObject({ facts: null, stale: true });
    const fresh = await members.get(99001, true);
    expect(fresh.facts?.parties.map((party) => party.party)).toEqual(['Labour', 'Independent']);
    expect(fresh).toMatchObject({ checkedAt: '2026-12-06T20:00:00.000Z', stale: false, problem: null });
    expect(asked).toEqual(['/api/Members/99001', '/api/Members/99001/Biography']);
    expect((await readLive(db, 'member/99001'))?.fetchedAt).toBe('2026-12-06T20:00:00.000Z');
    await members.get(99001, true);
    expect(asked).toHaveLength(2);
  });

  it('asks again once the stored facts are more than 7 days old', async () => {
    const { asked, members, later } = await setUp(crosserAnswers);
    await members.get(99001, true);
    later(MEMBER_MAX_AGE_MS - 1000);
    expect((await members.get(99001, false)).stale).toBe(false);
    later(2000);
    expect((await members.get(99001, false)).stale).toBe(true);
    const again = await members.get(99001, true);
    expect(again.checkedAt).toBe('2026-12-13T20:00:01.000Z');
    expect(asked).toHaveLength(4);
  });

  it('keeps the stored facts when a new answer has the wrong shape, and says so', async () => {
    const { db, members } = await setUp(crosserAnswers);
    await members.get(99001, true);
    const stored = await readLive(db, 'member/99001');
    const broken = await setUp({
      ...crosserAnswers,
      '/api/Members/99001/Biography': ok({ value: { representations: 'x' } }),
    });
    await writeLive(broken.db, stored!);
    broken.later(MEMBER_MAX_AGE_MS + 1);
    const kept = await broken.members.get(99001, true);
    expect(kept.facts?.parties.map((party) => party.party)).toEqual(['Labour', 'Independent']);
    expect(kept.checkedAt).toBe('2026-12-06T20:00:00.000Z');
    expect(kept.problem).toBe(
      "Parliament's MP facts service answered in a form Bevan does not recognise, so the facts Bevan has are kept.",
    );
    expect(await readLive(broken.db, 'member/99001')).toEqual(stored);
  });

  it('refuses answers about another member and stores nothing', async () => {
    const { db, members } = await setUp({
      '/api/Members/99001': ok(FLOOR_CROSSER.member),
      '/api/Members/99001/Biography': ok(BY_ELECTION_WINNER.biography),
    });
    const answer = await members.get(99001, true);
    expect(answer.facts).toBeNull();
    expect(answer.problem).toMatch(/form Bevan does not recognise/);
    expect(await readLive(db, 'member/99001')).toBeUndefined();
  });

  it('when Parliament cannot be reached, says so, and does not ask again for a few minutes', async () => {
    const { asked, members, later } = await setUp({ '/api/Members/99001': 'unreachable' });
    const answer = await members.get(99001, true);
    expect(answer).toMatchObject({
      facts: null,
      problem: "Parliament's MP facts service could not be reached: you may be offline.",
    });
    await members.get(99001, true);
    expect(asked).toEqual(['/api/Members/99001']);
    later(5 * 60 * 1000 + 1);
    await members.get(99001, true);
    expect(asked).toHaveLength(2);
  });

  it('after a failure, says checking is off once the reader turns it off, not the old failure', async () => {
    const db = await openBevanDb(freshDbName());
    const { client, asked } = parliament({ '/api/Members/99001': 'unreachable' }, async () => checkingOn(db));
    const members = createLiveMembers(
      async () => db,
      () => client,
      () => new Date('2026-12-06T20:00:00Z'),
    );
    expect((await members.get(99001, true)).problem).toMatch(/could not be reached/);
    await putParliamentSettings(db, { checkParliament: false });
    expect(await members.get(99001, true)).toMatchObject({
      off: true,
      problem: 'Checking Parliament for updates is turned off in Bevan’s options.',
    });
    expect(asked).toHaveLength(1);
  });

  it('sends nothing when the reader turned checking off, and says so', async () => {
    const { asked, members } = await setUp(crosserAnswers, { enabled: false });
    const answer = await members.get(99001, true);
    expect(answer).toMatchObject({ facts: null, off: true });
    expect(answer.problem).toBe('Checking Parliament for updates is turned off in Bevan’s options.');
    expect(asked).toEqual([]);
  });

  it('asks once however many cards ask at the same time', async () => {
    const { asked, members } = await setUp(crosserAnswers);
    await Promise.all([members.get(99001, true), members.get(99001, true), members.get(99001, true)]);
    expect(asked).toHaveLength(2);
  });
});

describe('failure words', () => {
  it('are cut short when a parser says too much, so any card can show them', () => {
    const words = failureWords({ kind: 'not-json', words: 'x'.repeat(1000) }, 'members');
    expect(words.length).toBe(300);
    expect(words.endsWith('…')).toBe(true);
  });
});
