/**
 * Runs in a benchmark page's main world (bundled by scripts/bench.ts): the
 * baselines Bevan is measured against, and Bevan's own engine run directly,
 * each on a fresh copy of the page's body.
 */
import Mark from 'mark.js';
import { annotatePage, textRuns } from '../utils/matching/annotate';
import { findMatches, unpackMatcher, type PackedMatcher } from '../utils/matching/compile';
import { hasUkPoliticalContext } from '../utils/matching/article';

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
  /** Bevan's engine, whole page at once, with its parts timed separately. */
  bevan(packed: PackedMatcher) {
    const body = freshBody();
    let matcher = unpackMatcher(packed);
    const unpack = time(() => (matcher = unpackMatcher(packed)));
    let runs: Text[][] = [];
    const walk = time(() => (runs = [...textRuns(body)]));
    const texts = runs.map((run) => run.map((node) => node.data).join(''));
    const scan = time(() => texts.forEach((text) => findMatches(matcher, text)));
    const full = time(() =>
      annotatePage(freshBody(), {
        matcher,
        allowPeople: hasUkPoliticalContext(body.textContent ?? ''),
        maxPerEntity: 5,
      }),
    );
    return { unpack, walk, scan, full };
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
