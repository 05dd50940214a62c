/**
 * Where a card goes: below its mention when it fits, else above. When it fits
 * on neither side (a tall card on a short screen), it goes on the side with
 * more room and no taller than that room, scrolling inside, so that it never
 * covers the words the reader pointed at. Always inside the viewport, with a
 * margin.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const CARD_MARGIN = 8;
const GAP = 6;
/** Less room than this on either side, and the card is shown whole, over its mention: a sliver helps nobody. */
const LEAST_ROOM = 160;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight?: number } {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - CARD_MARGIN - below;
  const roomAbove = anchor.top - GAP - CARD_MARGIN;
  const widest = viewport.width - CARD_MARGIN - card.width;
  const left = Math.round(Math.max(CARD_MARGIN, Math.min(anchor.left, widest)));
  if (card.height <= roomBelow) return { top: Math.round(below), left };
  if (card.height <= roomAbove) return { top: Math.round(anchor.top - GAP - card.height), left };
  if (Math.max(roomBelow, roomAbove) >= LEAST_ROOM) {
    return roomBelow >= roomAbove
      ? { top: Math.round(below), left, maxHeight: Math.floor(roomBelow) }
      : { top: CARD_MARGIN, left, maxHeight: Math.floor(roomAbove) };
  }
  return { top: Math.round(Math.max(CARD_MARGIN, viewport.height - CARD_MARGIN - card.height)), left };
}
