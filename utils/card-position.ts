/**
 * Where a card goes: below its mention when it fits, else above, else
 * wherever it is most visible; always inside the viewport, with a margin.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const CARD_MARGIN = 8;
const GAP = 6;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
) {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - CARD_MARGIN) top = below;
  else if (above >= CARD_MARGIN) top = above;
  else top = Math.max(CARD_MARGIN, viewport.height - CARD_MARGIN - card.height);
  const widest = viewport.width - CARD_MARGIN - card.width;
  const left = Math.max(CARD_MARGIN, Math.min(anchor.left, widest));
  return { top: Math.round(top), left: Math.round(left) };
}
