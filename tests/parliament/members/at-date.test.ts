import { describe, expect, it } from 'vitest';
import {
  leftCommonsOn,
  leftCommonsReason,
  partyAt,
  postsAt,
  seatAt,
  sitsInCommonsNow,
} from '@/utils/parliament/members/at-date';
import { mapMember } from '@/utils/parliament/members/map-member';
import { BY_ELECTION_WINNER, FLOOR_CROSSER } from './fixtures';

function facts(fixture: typeof FLOOR_CROSSER) {
  const result = mapMember(fixture.id, fixture.member, fixture.biography);
  if (!result.ok) throw new Error(result.reason);
  return result.facts;
}

describe('party, seat and posts at a date, from live facts', () => {
  const crosser = facts(FLOOR_CROSSER);
  const winner = facts(BY_ELECTION_WINNER);

  it('gives the party on each side of a change mid-Parliament, and the new party from the day of the change', () => {
    expect(partyAt(crosser, '2019-06-01')?.party).toBe('Labour');
    expect(partyAt(crosser, '2020-10-28')?.party).toBe('Labour');
    expect(partyAt(crosser, '2020-10-29')?.party).toBe('Independent');
    expect(partyAt(crosser, '2022-01-01')?.party).toBe('Independent');
  });

  it('places a by-election winner in the seat from the by-election, not before', () => {
    expect(seatAt(winner, '2016-06-15')).toBeNull();
    expect(seatAt(winner, '2016-06-16')?.constituency).toBe('Notaplace East');
    expect(seatAt(winner, '2020-01-01')?.constituency).toBe('Notaplace East');
  });

  it('has no seat between a dissolution and the next election', () => {
    expect(seatAt(crosser, '2024-05-29')?.constituencyId).toBe(8001);
    expect(seatAt(crosser, '2024-06-15')).toBeNull();
    expect(seatAt(crosser, '2024-07-04')?.constituencyId).toBe(9001);
  });

  it('lists the posts held on a date, government ones first', () => {
    expect(postsAt(crosser, '2016-03-14').map((post) => post.title)).toEqual(['Secretary of State for Health']);
    expect(postsAt(crosser, '2018-06-01')).toEqual([]);
    expect(postsAt(crosser, '2020-10-29')).toEqual([]);
  });

  it('gives the real last day in the Commons of a member who left early, and why', () => {
    expect(sitsInCommonsNow(winner)).toBe(false);
    expect(leftCommonsOn(winner)).toBe('2023-06-12');
    expect(leftCommonsReason(winner)).toBe('Resigned');
    expect(sitsInCommonsNow(crosser)).toBe(true);
    expect(leftCommonsOn(crosser)).toBeNull();
  });
});
