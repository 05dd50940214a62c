/**
 * Annotates a live page without ever holding the main thread for long: the
 * work is cut into slices of a few milliseconds, one block of text at a time,
 * with the page free to run between slices. Content the page adds later
 * (infinite scroll, single-page navigation) is picked up by a debounced
 * MutationObserver; mutations Bevan causes itself are discarded.
 */
import { annotateRun, createPageState, textRuns, type AnnotateOptions, type Mention } from './matching/annotate';
import type { CompiledMatcher } from './matching/compile';

/** Longest a slice may run before giving the page its thread back (a long task is 50 ms). */
export const SLICE_BUDGET_MS = 8;
export const MUTATION_DEBOUNCE_MS = 300;

export interface PageAnnotatorOptions extends AnnotateOptions {
  /** Runs `work` soon (an idle callback in browsers). */
  schedule?: (work: () => void) => void;
  now?: () => number;
  /** Told after each slice that wrapped something, e.g. to count mentions. */
  onMentions?: (mentions: Mention[]) => void;
}

export interface PageAnnotator {
  /** Queues `root` for annotation; resolves when the queue is empty. */
  annotate(root: Node): Promise<void>;
  /** Uses a new matcher (campaigners added a bill) and goes over the whole page again. */
  replaceMatcher(matcher: CompiledMatcher, root: Node): Promise<void>;
  /** Watches `root` for added content. */
  observe(root: Node): void;
  stop(): void;
}

const defaultSchedule = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 200 });
  else setTimeout(work, 0);
};

export function createPageAnnotator(options: PageAnnotatorOptions): PageAnnotator {
  const schedule = options.schedule ?? defaultSchedule;
  const now = options.now ?? (() => performance.now());
  let annotateOptions: AnnotateOptions = options;
  const state = createPageState();
  const queue: Generator<Text[]>[] = [];
  let waiting: (() => void)[] = [];
  let running = false;
  let stopped = false;
  let observer: MutationObserver | null = null;
  let pending = new Set<Node>();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  // Bevan's own script time on this page, and its longest slice: published as
  // performance measures so that tests and the benchmark can read them.
  let scriptMs = 0;
  let longestSliceMs = 0;

  function slice() {
    if (stopped) return;
    const start = now();
    const end = start + SLICE_BUDGET_MS;
    const found: Mention[] = [];
    // At least one step per slice: on a busy machine the clock may pass the budget before the first, and a
    // slice that did nothing would only schedule another like it.
    do {
      const next = queue[0].next();
      if (next.done) queue.shift();
      else found.push(...annotateRun(next.value, annotateOptions, state));
    } while (queue.length && now() < end);
    // What changed in this slice was Bevan's own wrapping: don't treat it as new content.
    observer?.takeRecords();
    if (found.length) options.onMentions?.(found);
    const took = now() - start;
    scriptMs += took;
    longestSliceMs = Math.max(longestSliceMs, took);
    if (queue.length) schedule(slice);
    else {
      running = false;
      publishTimings(scriptMs, longestSliceMs);
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  }

  function annotate(root: Node): Promise<void> {
    if (stopped) return Promise.resolve();
    queue.push(textRuns(root));
    const finished = new Promise<void>((resolve) => waiting.push(resolve));
    if (!running) {
      running = true;
      schedule(slice);
    }
    return finished;
  }

  function flushMutations() {
    const roots = [...pending].filter((node) => node.isConnected);
    pending = new Set();
    // Only the outermost added nodes: a node inside another added node is covered by it.
    for (const root of roots) if (!roots.some((other) => other !== root && other.contains(root))) void annotate(root);
  }

  return {
    annotate,
    replaceMatcher(matcher, root) {
      annotateOptions = { ...annotateOptions, matcher };
      return annotate(root);
    },
    observe(root) {
      observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') pending.add(record.target.parentNode ?? record.target);
          else for (const node of record.addedNodes) if (!isBevans(node)) pending.add(node);
        }
        clearTimeout(debounce);
        debounce = setTimeout(flushMutations, MUTATION_DEBOUNCE_MS);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    stop() {
      stopped = true;
      clearTimeout(debounce);
      observer?.disconnect();
    },
  };
}

function isBevans(node: Node): boolean {
  return node.nodeType === 1 && /^(BEVAN-MENTION|BEVAN-CARD)$/.test((node as Element).tagName.toUpperCase());
}

/** `bevan:script` and `bevan:longest-slice` performance measures, replaced on each update. */
function publishTimings(scriptMs: number, longestSliceMs: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  for (const [name, duration] of [
    ['bevan:script', scriptMs],
    ['bevan:longest-slice', longestSliceMs],
  ] as const) {
    performance.clearMeasures(name);
    performance.measure(name, { start: 0, duration });
  }
}
