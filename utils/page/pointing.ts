/**
 * What mention is under the pointer, found without touching the page: the
 * browser's caret hit-test gives a text node and an offset, the mention index
 * says which mention holds that place, and the mention's own boxes confirm
 * the pointer is on its words (the caret test snaps to the nearest text, even
 * from the margin beside a line).
 */
import type { Mention, MentionIndex } from './mention-index';

/** A caret place under a point: Firefox and Chromium 128+ have `caretPositionFromPoint`, older Chromium the other. */
function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The mention drawn at viewport point (`x`, `y`), or null. */
export function mentionAtPoint(document: Document, index: MentionIndex, x: number, y: number): Mention | null {
  if (!index.size) return null;
  const caret = caretAt(document, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const mention = index.at(caret.node, caret.offset);
  if (!mention) return null;
  for (const box of mention.range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return mention;
  }
  return null;
}

/** The first box of a mention, in viewport coordinates. */
export function firstBoxOf(mention: Mention): DOMRect {
  return mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
}
