/**
 * Runs in a benchmark page's main world (bundled by scripts/bench/page.ts): the
 * baselines Bevan is measured against, each on a fresh copy of the page's
 * body, and the parts of a hit test on the page itself.
 */
import Mark from 'mark.js';

function freshBody(): HTMLElement {
  const copy = document.body.cloneNode(true) as HTMLElement;
  return copy;
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const probe = {
  /** The floor: visiting every text node of the page once. */
  bareWalk(): number {
    const body = freshBody();
    return time(() => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let characters = 0;
      while (walker.nextNode()) characters += (walker.currentNode as Text).data.length;
      if (characters < 0) throw new Error('unreachable');
    });
  },
  /**
   * The parts of Bevan's hit test (utils/page/pointing.ts), one call at a time at each viewport point, warm: the browser's
   * caret hit test; the element hit test every pointer event already pays; and the caret with the boxes of a range
   * there, as Bevan confirms a mention.
   */
  pointing(points: [number, number][]) {
    const caret: number[] = [];
    const element: number[] = [];
    const caretAndBoxes: number[] = [];
    const boxes: number[] = [];
    const rangeAt = (x: number, y: number) => {
      const position = document.caretPositionFromPoint(x, y);
      if (position?.offsetNode.nodeType !== Node.TEXT_NODE) return null;
      const range = document.createRange();
      range.setStart(position.offsetNode, 0);
      range.setEnd(position.offsetNode, Math.min((position.offsetNode as Text).length, 12));
      return range;
    };
    // The first hit test after a scroll brings the page's rendering up to date: paid once, not counted here.
    document.elementFromPoint(0, 0);
    // One kind of call at a time over all the points: the browser keeps the last hit tests' answers by point, and a
    // second call at the same point would read them.
    for (const [x, y] of points) caret.push(time(() => document.caretPositionFromPoint(x, y)));
    for (const [x, y] of points) element.push(time(() => document.elementFromPoint(x, y)));
    for (const [x, y] of points) caretAndBoxes.push(time(() => rangeAt(x, y)?.getClientRects()));
    // A range's boxes alone: the cost of checking a mention found some other way than by a hit test.
    for (const range of points.map(([x, y]) => rangeAt(x, y)))
      if (range) boxes.push(time(() => range.getClientRects()));
    return { caret, element, caretAndBoxes, boxes };
  },
  /** What most highlighters do: mark.js, given the same names. */
  markJs(names: string[], budgetMs: number): { ms: number; names: number } {
    const body = freshBody();
    const marker = new Mark(body);
    const start = performance.now();
    let done = 0;
    // mark.js walks the page once per name: stop at the budget and report how far it got.
    for (const name of names) {
      marker.mark(name, { separateWordSearch: false, accuracy: 'exactly', acrossElements: true });
      done++;
      if (performance.now() - start > budgetMs) break;
    }
    return { ms: performance.now() - start, names: done };
  },
};

(globalThis as unknown as { bevanProbe: typeof probe }).bevanProbe = probe;
