import { describe, expect, it } from 'vitest';
import { currentSeat, seatAt } from '@/utils/data/memberships';
import { bundledDataset } from '../helpers/dataset';

const dataset = bundledDataset();
const spellsOf = (id: number) => dataset.memberships.filter((membership) => membership.personId === id);

describe('seat at a date', () => {
  it('finds Jeremy Hunt in South West Surrey in 2012 and Godalming and Ash in 2025', () => {
    expect(seatAt(spellsOf(1572), '2012-06-01')?.membership.constituency).toBe('South West Surrey');
    expect(seatAt(spellsOf(1572), '2025-01-01')?.membership.constituency).toBe('Godalming and Ash');
  });

  it('is certain inside a 2010–15 spell and says it is unsure inside a later election spell', () => {
    expect(seatAt(spellsOf(3930), '2012-06-01')?.uncertain).toBe(false);
    expect(seatAt(spellsOf(3930), '2016-03-14')?.uncertain).toBe(true);
  });

  it('finds nobody before the first spell or after a former MP left', () => {
    expect(seatAt(spellsOf(3930), '2009-01-01')).toBeNull();
    expect(seatAt(spellsOf(3930), '2025-01-01')).toBeNull();
    expect(currentSeat(spellsOf(3930))).toBeNull();
  });

  it('gives the current seat of a sitting MP', () => {
    expect(currentSeat(spellsOf(1572))?.constituency).toBe('Godalming and Ash');
  });
});
