/**
 * What mention is under the pointer, found without touching the page and
 * without a hit-test of Bevan's own: a pointer event's target is the element
 * the browser has just found under the pointer, the mention index gives the
 * mentions with text in it, and their boxes say whether the pointer is on
 * their words. (A caret or element test from a point costs about 1.5 ms on a
 * 5 MB article, whose 21,798 paragraphs are siblings: scripts/BENCHMARKS.md.)
 */
import type { Mention, MentionIndex } from './mention-index';

/**
 * The mention drawn at viewport point (`x`, `y`), or null. `target` is the element under the point, as a pointer
 * event gives it; without one (the page scrolled under a still pointer) the browser is asked.
 */
export function mentionAtPoint(
  document: Document,
  index: MentionIndex,
  x: number,
  y: number,
  target?: EventTarget | null,
): Mention | null {
  if (!index.size) return null;
  const element = target === undefined ? document.elementFromPoint(x, y) : target;
  if (!(element instanceof Element)) return null;
  for (const mention of index.inElement(element)) {
    for (const box of mention.range.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return mention;
    }
  }
  return null;
}

/** The first box of a mention, in viewport coordinates. */
export function firstBoxOf(mention: Mention): DOMRect {
  return mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
}
