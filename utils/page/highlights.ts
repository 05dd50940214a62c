/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per kind
 * over the mentions' live ranges, styled by `::highlight(bevan-*)` rules in
 * the content script's manifest CSS (entrypoints/annotator.content/
 * mentions.css, injected before the page is laid out, so drawing never
 * recalculates the page's style). The page's nodes, text and layout stay as
 * they were: a highlight only paints.
 *
 * Any change to a highlight repaints the page, and an underline makes that
 * dearest: a decoration is the text's ink overflow, which Chromium recomputes
 * for every range drawn and up the page's whole tree. Adding 2,000 underlined
 * ranges to a 5 MB article took a 64 to 68 ms frame, ten of them 23 to 34,
 * 1,000 on a 250 KB page 27 to 35; the 2,000 as a tint, which is paint
 * alone, 26 to 28 ms (scripts/BENCHMARKS.md). So a very long page, or one with
 * hundreds of mentions, is drawn as a tint (`UNDERLINE_LIMITS`), and mentions
 * are drawn in as few frames as possible: those found while the page is still
 * being read wait for the rest (a long page's reading is many slices), what is
 * waiting goes in one frame, at most once a second, those from the viewport
 * down first should a page find more than a frame takes.
 */
import type { Mention } from './mention-index';

export const HIGHLIGHT_NAMES = { mp: 'bevan-mp', bill: 'bevan-bill', dispute: 'bevan-dispute' } as const;
/** The mention reached from the keyboard or the popup, or whose card is open. */
export const FOCUS_HIGHLIGHT = 'bevan-focus';
/** The same highlights drawn as a tint, on pages past `UNDERLINE_LIMITS`. */
export const TINT_NAMES = { mp: 'bevan-mp-tint', bill: 'bevan-bill-tint', dispute: 'bevan-dispute-tint' } as const;
export const FOCUS_TINT = 'bevan-focus-tint';

/**
 * Past either limit a page's mentions are drawn as a tint, for good. Below both, an underline's frame stayed under
 * 30 ms (300 ranges on a 1 MB article, 21 to 29 ms); past them it reached 50 (2,000 on a 2 MB one, 50 to 56; 1,000
 * on a 5 MB one, 37 to 55).
 */
export const UNDERLINE_LIMITS = { pageCharacters: 1_000_000, ranges: 500 };

/**
 * Most ranges drawn in one frame. On the 5 MB article, frames drawing 1, 2,000, 3,000 and 5,000 ranges at once took
 * 60 to 80, 48, 61 and 79 ms (7 December, a busy machine): the repaint costs the frame, not the ranges.
 */
export const RANGES_PER_FRAME = 5000;
/** Least time between two frames that draw: each repaints the whole page. */
export const DRAW_INTERVAL_MS = 1000;
/** Longest that mentions found wait for the rest of a page's reading: a 5 MB article is read in about 2 s. */
export const MAX_HOLD_MS = 3000;

export interface Highlighter {
  /**
   * Draws mentions, over the next frames. While the page is still being read (`moreToRead`), they wait for the rest
   * (`readingDone`), at most `MAX_HOLD_MS`.
   */
  draw(mentions: readonly Mention[], moreToRead?: boolean): void;
  /** The page's reading has caught up: what waits for it is drawn. */
  readingDone(): void;
  erase(mentions: readonly Mention[]): void;
  /** Marks one mention apart from the rest (null: none). */
  focus(mention: Mention | null): void;
  /** Takes every highlight of Bevan's off the page. */
  clear(): void;
}

/** What drawing needs of the browser: `CSS.highlights` and the `Highlight` constructor. */
export interface HighlightApi {
  registry: Map<string, Highlight>;
  create(): Highlight;
  /** Runs work before the next frame is painted. */
  frame(work: () => void): void;
  /** Runs work after `ms`. */
  later(work: () => void, ms: number): void;
  now(): number;
}

/** Whether this browser can draw highlights: where it cannot, Bevan leaves pages alone. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function browserHighlightApi(): HighlightApi {
  return {
    // Read when first drawn to: touching `CSS.highlights` costs a fifth of a millisecond on every page otherwise.
    get registry() {
      return CSS.highlights as unknown as Map<string, Highlight>;
    },
    create: () => new Highlight(),
    frame: (work) => requestAnimationFrame(() => work()),
    later: (work, ms) => setTimeout(work, ms),
    now: () => performance.now(),
  };
}

export interface HighlighterOptions {
  rangesPerFrame?: number;
  /** The length of the page's text (0 while unknown): a long page is drawn as a tint. */
  pageCharacters?: () => number;
}

export function createHighlighter(
  api: HighlightApi = browserHighlightApi(),
  { rangesPerFrame = RANGES_PER_FRAME, pageCharacters = () => 0 }: HighlighterOptions = {},
): Highlighter {
  const byKind = new Map<Mention['entity']['kind'], Highlight>();
  let focusHighlight: Highlight | null = null;
  let tinted = false;
  /** Found since the last frame, in page order. */
  let fresh: Mention[] = [];
  /** In the order they will be drawn. */
  let waiting: Mention[] = [];
  let scheduled = false;
  /** While mentions wait for reading to catch up: the wait, which its timer ends unless a later wait replaced it. */
  let hold: object | null = null;
  let lastDrawn = -Infinity;

  const highlightOf = (mention: Mention) => {
    const kind = mention.entity.kind;
    let highlight = byKind.get(kind);
    if (!highlight) {
      highlight = api.create();
      byKind.set(kind, highlight);
      api.registry.set((tinted ? TINT_NAMES : HIGHLIGHT_NAMES)[kind], highlight);
    }
    return highlight;
  };

  /** From now on this page is drawn as a tint: what is drawn already moves across, in the same frame. */
  const tint = () => {
    tinted = true;
    for (const [kind, highlight] of byKind) {
      api.registry.delete(HIGHLIGHT_NAMES[kind]);
      api.registry.set(TINT_NAMES[kind], highlight);
    }
    if (focusHighlight) {
      api.registry.delete(FOCUS_HIGHLIGHT);
      api.registry.set(FOCUS_TINT, focusHighlight);
    }
  };

  /**
   * Where drawing starts among mentions in page order: the first not above the viewport, found by halving, so that
   * a long article's boxes are read a dozen times, not thousands. Read in a frame callback, when layout is usually
   * clean.
   */
  const firstInView = (mentions: Mention[]) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (mentions[middle].range.getBoundingClientRect().bottom < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const drawBatch = () => {
    scheduled = false;
    if (!fresh.length && !waiting.length) return;
    lastDrawn = api.now();
    if (fresh.length > rangesPerFrame) {
      // Those from the viewport down first, then those above it, nearest first.
      const from = firstInView(fresh);
      fresh = [...fresh.slice(from), ...fresh.slice(0, from).reverse()];
    }
    waiting = [...fresh, ...waiting];
    fresh = [];
    const batch = waiting.slice(0, rangesPerFrame);
    waiting = waiting.slice(rangesPerFrame);
    const drawn = [...byKind.values()].reduce((count, highlight) => count + highlight.size, 0);
    const ranges = drawn + batch.length + waiting.length;
    if (!tinted && (pageCharacters() > UNDERLINE_LIMITS.pageCharacters || ranges > UNDERLINE_LIMITS.ranges)) tint();
    for (const mention of batch) highlightOf(mention).add(mention.range);
    if (waiting.length) schedule();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = lastDrawn + DRAW_INTERVAL_MS - api.now();
    if (wait > 0) api.later(() => api.frame(drawBatch), wait);
    else api.frame(drawBatch);
  };

  const readingDone = () => {
    hold = null;
    if (fresh.length) schedule();
  };

  return {
    draw(mentions, moreToRead = false) {
      if (!mentions.length) return;
      fresh.push(...mentions);
      if (!moreToRead) return readingDone();
      if (hold) return;
      const wait = (hold = {});
      api.later(() => {
        if (hold === wait) readingDone();
      }, MAX_HOLD_MS);
    },
    readingDone,
    erase(mentions) {
      const gone = new Set(mentions);
      fresh = fresh.filter((mention) => !gone.has(mention));
      waiting = waiting.filter((mention) => !gone.has(mention));
      for (const mention of mentions) {
        byKind.get(mention.entity.kind)?.delete(mention.range);
        focusHighlight?.delete(mention.range);
      }
    },
    focus(mention) {
      if (!focusHighlight) {
        if (!mention) return;
        focusHighlight = api.create();
        // Above the kind's own underline where both apply.
        focusHighlight.priority = 1;
        api.registry.set(tinted ? FOCUS_TINT : FOCUS_HIGHLIGHT, focusHighlight);
      }
      focusHighlight.clear();
      if (mention) focusHighlight.add(mention.range);
    },
    clear() {
      fresh = [];
      waiting = [];
      hold = null;
      for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT, ...Object.values(TINT_NAMES), FOCUS_TINT])
        api.registry.delete(name);
      byKind.clear();
      focusHighlight = null;
      tinted = false;
    },
  };
}
