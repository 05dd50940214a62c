import { describe, expect, it } from 'vitest';
import type { DisputeEvent } from '@/utils/data/schema';
import { disputeGlance } from '@/utils/dispute-status';
import { timeAgo } from '@/utils/time-ago';

function event(id: string, kind: DisputeEvent['kind'], start: string, end: string | null = null): DisputeEvent {
  return {
    id,
    kind,
    start,
    end,
    title: id,
    details: null,
    verified: true,
    sources: [{ url: 'https://www.bma.org.uk/', label: 'BMA' }],
    origin: 'bundled',
  };
}

const events = [
  event('ballot', 'ballot', '2023-02-20'),
  event('strike-a', 'strike', '2024-06-27', '2024-07-02'),
  event('month-only', 'strike', '2025-07'),
  event('strike-b', 'strike', '2025-07-25', '2025-07-30'),
];

describe('disputeGlance', () => {
  it('finds the strike on today, the one before it, and the next', () => {
    expect(disputeGlance(events, '2025-07-26')).toMatchObject({
      today: { id: 'strike-b' },
      latest: { id: 'strike-a' },
      next: null,
    });
    expect(disputeGlance(events, '2025-01-01')).toMatchObject({
      today: null,
      latest: { id: 'strike-a' },
      next: { id: 'strike-b' },
    });
  });

  it('never takes a month-only row or a ballot for a strike day', () => {
    const glance = disputeGlance(events, '2025-07-01');
    expect(glance.today).toBeNull();
    expect(glance.next?.id).toBe('strike-b');
    expect(disputeGlance([event('ballot', 'ballot', '2025-07-01')], '2025-07-01')).toEqual({
      today: null,
      latest: null,
      next: null,
    });
  });
});

describe('timeAgo', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('says how long ago, in the words a reader uses, and the date past a month', () => {
    expect(timeAgo('2026-11-25T11:59:40Z', now)).toBe('just now');
    expect(timeAgo('2026-11-25T11:35:00Z', now)).toBe('25 minutes ago');
    expect(timeAgo('2026-11-25T11:00:00Z', now)).toBe('1 hour ago');
    expect(timeAgo('2026-11-25T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-11-24T06:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-11-12T06:00:00Z', now)).toBe('13 days ago');
    expect(timeAgo('2026-06-30T12:00:00Z', now)).toBe('30 Jun 2026');
    expect(timeAgo('not a date', now)).toBe('');
  });
});
