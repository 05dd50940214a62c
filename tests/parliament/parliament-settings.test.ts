import { describe, expect, it } from 'vitest';
import { openBevanDb } from '@/utils/data/db';
import { isStale, readLive, touchLive, writeLive } from '@/utils/parliament/live-store';
import {
  getParliamentSettings,
  getParliamentStatus,
  putParliamentSettings,
  recordOutcome,
} from '@/utils/parliament/parliament-settings';
import { freshDbName } from '../helpers/dataset';

describe('live facts and their status', () => {
  it('checks Parliament by default, and remembers the reader turning it off', async () => {
    const db = await openBevanDb(freshDbName());
    expect(await getParliamentSettings(db)).toEqual({ checkParliament: true });
    await putParliamentSettings(db, { checkParliament: false });
    expect(await getParliamentSettings(db)).toEqual({ checkParliament: false });
  });

  it('records when each kind of fact was last refreshed and the last failure in plain words', async () => {
    const db = await openBevanDb(freshDbName());
    await recordOutcome(db, 'members', { ok: true }, new Date('2026-12-01T10:00:00Z'));
    await recordOutcome(db, 'members', { ok: false, failure: { kind: 'timeout' } }, new Date('2026-12-02T10:00:00Z'));
    await recordOutcome(db, 'bills', { ok: false, failure: { kind: 'off' } }, new Date('2026-12-02T10:00:00Z'));
    const status = await getParliamentStatus(db);
    expect(status.members).toEqual({
      lastRefreshed: '2026-12-01T10:00:00.000Z',
      lastFailure: {
        at: '2026-12-02T10:00:00.000Z',
        words: "Parliament's MP facts service did not answer within 10 s.",
      },
    });
    expect(status.bills).toEqual({ lastRefreshed: null, lastFailure: null });
    await recordOutcome(db, 'members', { ok: true }, new Date('2026-12-03T10:00:00Z'));
    expect((await getParliamentStatus(db)).members.lastFailure).toBeNull();
  });

  it('keeps live records with the time they were checked, and knows when they are stale', async () => {
    const db = await openBevanDb(freshDbName());
    const now = new Date('2026-12-06T12:00:00Z');
    expect(isStale(await readLive(db, 'member/172'), 1000, now)).toBe(true);
    await writeLive(db, { key: 'member/172', fetchedAt: '2026-12-06T11:59:59.500Z', etag: '"a"', data: { id: 172 } });
    expect(isStale(await readLive(db, 'member/172'), 1000, now)).toBe(false);
    expect(isStale(await readLive(db, 'member/172'), 100, now)).toBe(true);
    await touchLive(db, 'member/172', new Date('2026-12-07T00:00:00Z'));
    expect(await readLive(db, 'member/172')).toEqual({
      key: 'member/172',
      fetchedAt: '2026-12-07T00:00:00.000Z',
      etag: '"a"',
      data: { id: 172 },
    });
  });
});
