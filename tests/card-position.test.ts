import { describe, expect, it } from 'vitest';
import { placeCard } from '@/utils/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below its mention when it fits', () => {
    expect(placeCard({ top: 100, left: 200, width: 80, height: 20 }, card, viewport)).toEqual({ top: 126, left: 200 });
  });

  it('puts it above when there is no room below', () => {
    expect(placeCard({ top: 700, left: 200, width: 80, height: 20 }, card, viewport)).toEqual({ top: 394, left: 200 });
  });

  it('keeps it inside the viewport at the right edge and when nothing fits', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport).left).toBe(1000 - 8 - 360);
    const tall = { width: 360, height: 790 };
    expect(placeCard({ top: 400, left: 10, width: 40, height: 20 }, tall, viewport)).toEqual({ top: 8, left: 10 });
  });
});
