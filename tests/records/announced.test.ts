import { describe, expect, it } from 'vitest';
import { disputeGlance } from '@/utils/dispute-status';
import type { DisputeEvent } from '@/utils/data/schema';
import { isAnnounced } from '@/utils/records/announced';

describe('announced events', () => {
  it('are announced until their day, or their month, has come', () => {
    expect(isAnnounced('2026-12-07', '2026-12-06')).toBe(true);
    expect(isAnnounced('2026-12-06', '2026-12-06')).toBe(false);
    expect(isAnnounced('2027-01', '2026-12-06')).toBe(true);
    expect(isAnnounced('2026-12', '2026-12-06')).toBe(false);
  });

  it('give the popup its next strike', () => {
    // Events written for this test.
    const event = (id: string, start: string, kind: DisputeEvent['kind'] = 'strike'): DisputeEvent => ({
      id,
      start,
      end: null,
      kind,
      title: id,
      details: null,
      verified: true,
      sources: [{ url: 'https://example.org/s', label: 'Example' }],
      origin: 'campaigner',
    });
    const glance = disputeGlance(
      [event('held', '2026-11-01'), event('ballot', '2026-12-08', 'ballot'), event('announced', '2026-12-20')],
      '2026-12-06',
    );
    expect([glance.latest?.id, glance.next?.id]).toEqual(['held', 'announced']);
  });
});
