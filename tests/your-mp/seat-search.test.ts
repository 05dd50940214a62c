import { describe, expect, it } from 'vitest';
import { findSeats, topSeat } from '@/utils/your-mp/seat-search';
import { setupProblem } from '@/utils/your-mp/your-mp';

// Seats written for this test: the order they are given in is not the order they match in.
const seats = [
  { constituency: 'North Bridgeton', mp: { name: 'Ann Ashford' } },
  { constituency: 'Ashford', mp: { name: 'Ben Cole' } },
  { constituency: 'Ashby and Dale', mp: { name: 'Cara Dunn' } },
  { constituency: 'Vale of Ashington', mp: { name: 'Dev Evans' } },
  { constituency: 'Ynys Môn', mp: { name: 'Eve Fox' } },
  { constituency: 'Marsham', mp: { name: 'Faye Ash' } },
];
const names = (query: string) => findSeats(seats, query).map((seat) => seat.constituency);

describe('finding a constituency: the best match first', () => {
  it('puts the seat of that name first, then seats starting with the words, then a word of a seat, then MPs', () => {
    expect(names('ashford')).toEqual(['Ashford', 'North Bridgeton']);
    expect(names('ash')).toEqual(['Ashby and Dale', 'Ashford', 'Vale of Ashington', 'Marsham', 'North Bridgeton']);
  });

  it('finds words anywhere last, and folds case, accents and spaces', () => {
    expect(names('rsha')).toEqual(['Marsham']);
    expect(names('  YNYS   mon ')).toEqual(['Ynys Môn']);
  });

  it('Enter takes the top match, or nothing when nothing matches or nothing is typed', () => {
    expect(topSeat(seats, 'ash')?.constituency).toBe('Ashby and Dale');
    expect(topSeat(seats, 'eve')?.constituency).toBe('Ynys Môn');
    expect(topSeat(seats, 'zzz')).toBeNull();
    expect(topSeat(seats, '   ')).toBeNull();
  });
});

describe('what stops the reader’s MP being saved', () => {
  it('asks for one of the two when neither is given', () => {
    expect(setupProblem('  ', null)).toEqual({
      field: 'either',
      message: 'Enter your postcode or choose your constituency.',
    });
  });

  it('names a postcode that is not one, and how to write it', () => {
    expect(setupProblem('BS1', 'Ashford')).toEqual({
      field: 'postcode',
      message: '"BS1" is not a UK postcode: write it like SW1A 1AA.',
    });
  });

  it('has nothing to say once either is right', () => {
    expect(setupProblem('bs1 4nd', null)).toBeNull();
    expect(setupProblem('', 'Ashford')).toBeNull();
  });
});
