import { describe, expect, it } from 'vitest';
import { placeCard } from '@/utils/page/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below its mention when it fits', () => {
    expect(placeCard({ top: 100, left: 200, width: 80, height: 20 }, card, viewport)).toEqual({ top: 126, left: 200 });
  });

  it('puts it above when there is no room below', () => {
    expect(placeCard({ top: 700, left: 200, width: 80, height: 20 }, card, viewport)).toEqual({ top: 394, left: 200 });
  });

  it('keeps it inside the viewport at the right edge', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport).left).toBe(1000 - 8 - 360);
  });

  it('never covers its mention when it fits on neither side: it takes the side with more room, and no more', () => {
    const tall = { width: 360, height: 600 };
    // 366 px below the mention, 386 above: above, from the top margin to just over the mention.
    const high = placeCard({ top: 400, left: 10, width: 40, height: 20 }, tall, viewport);
    expect(high).toEqual({ top: 8, left: 10, maxHeight: 386 });
    expect(high.top + high.maxHeight!).toBeLessThanOrEqual(400);
    // Higher up the screen there is more room below: it starts just under the mention.
    const low = placeCard({ top: 250, left: 10, width: 40, height: 20 }, tall, viewport);
    expect(low).toEqual({ top: 276, left: 10, maxHeight: 800 - 8 - 276 });
  });

  it('shows a card whole, over its mention, only where either side would be a sliver', () => {
    const tiny = { width: 400, height: 300 };
    expect(placeCard({ top: 140, left: 10, width: 40, height: 20 }, card, tiny)).toEqual({ top: 8, left: 10 });
  });
});
