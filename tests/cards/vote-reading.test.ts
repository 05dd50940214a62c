import { describe, expect, it } from 'vitest';
import { plainReading, tally } from '@/utils/cards/vote-reading';

const none = { with: 0, against: 0, absent: 0, abstained: 0 };

describe('a voting summary read plainly', () => {
  it('adds weak and strong votes and reads them as "for in N of M"', () => {
    const votes = tally({ votes: { ...none, with: 2, absent: 1 }, strongVotes: { ...none, with: 4, against: 1 } });
    expect(votes).toEqual({ for: 6, against: 1, noVote: 1, abstained: 0, total: 8 });
    expect(plainReading(votes, 'mp')).toBe('Voted for in 6 of 8 votes, against in 1; no vote recorded in 1.');
  });

  it("gives a party's average to one decimal place, leaving out what rounds to nothing", () => {
    const average = tally({
      votes: none,
      strongVotes: { with: 3.6128, against: 0.6078, absent: 0.7745, abstained: 0.0049 },
    });
    expect(plainReading(average, 'party')).toBe(
      'Party average: voted for in 3.6 of 5 votes, against in 0.6; no vote recorded in 0.8.',
    );
  });

  it('says so when nothing was counted, rather than reading zeros', () => {
    expect(plainReading(tally({ votes: none, strongVotes: none }), 'mp')).toBe('No votes counted.');
  });

  it('names abstentions when there were any', () => {
    const votes = tally({ votes: { ...none, abstained: 1 }, strongVotes: { ...none, against: 2 } });
    expect(plainReading(votes, 'mp')).toBe('Voted for in 0 of 3 votes, against in 2, abstained in 1.');
  });
});
