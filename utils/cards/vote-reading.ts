/**
 * A TheyWorkForYou voting summary read plainly ("voted for in 6 of 8 votes"): the counts as published, weak and
 * strong votes together, and nothing beyond them, so the card never states a verdict the counts do not support.
 */
import type { VoteCounts } from '../data/schema';

export interface VoteTally {
  for: number;
  against: number;
  /** TheyWorkForYou's "absent": no vote recorded, which is not always absence (a pair, a teller, illness). */
  noVote: number;
  abstained: number;
  total: number;
}

export function tally(record: { votes: VoteCounts; strongVotes: VoteCounts }): VoteTally {
  const sum = (key: keyof VoteCounts) => record.votes[key] + record.strongVotes[key];
  const counts = { for: sum('with'), against: sum('against'), noVote: sum('absent'), abstained: sum('abstained') };
  return { ...counts, total: counts.for + counts.against + counts.noVote + counts.abstained };
}

/** Whole counts as they are; a party's average to one decimal place. */
export function count(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "Voted for in 6 of 8 votes, against in 1; no vote recorded in 1." */
export function plainReading(votes: VoteTally, who: 'mp' | 'party'): string {
  if (votes.total === 0) return who === 'mp' ? 'No votes counted.' : 'No votes counted for the party.';
  const parts = [`for in ${count(votes.for)} of ${count(votes.total)} votes`, `against in ${count(votes.against)}`];
  if (shown(votes.abstained)) parts.push(`abstained in ${count(votes.abstained)}`);
  const lead = who === 'mp' ? 'Voted' : 'Party average: voted';
  const noVote = shown(votes.noVote) ? `; no vote recorded in ${count(votes.noVote)}` : '';
  return `${lead} ${parts.join(', ')}${noVote}.`;
}

/** A count worth a clause: more than nothing once written (an average of 0.0049 is written 0.0, and left out). */
function shown(value: number): boolean {
  return Number(count(value)) > 0;
}
