/**
 * Annotates a live page without ever holding the main thread for long: the
 * work is cut into slices of a few milliseconds, one block of text at a time,
 * with the page free to run between slices. Content the page adds later
 * (infinite scroll, single-page navigation) is picked up by a debounced
 * MutationObserver; mutations Bevan causes itself are discarded.
 *
 * The first look at a page needs only the matcher's cues. The rest of the
 * matcher is asked for when the first look finds something: reading stops
 * until it comes.
 */
import {
  allowsPeople,
  createPageState,
  findInRun,
  wrapFound,
  type AnnotateOptions,
  type FoundInRun,
  type Mention,
} from './matching/annotate';
import { type CompiledMatcher, type Cues } from './matching/compile';
import { NEEDS_MATCHER, pageText, runsAtCues } from './matching/cued-reading';

/** Longest a slice may run before giving the page its thread back (a long task is 50 ms). */
export const SLICE_BUDGET_MS = 8;
export const MUTATION_DEBOUNCE_MS = 300;
/**
 * How often, at most, a long page's mentions are wrapped while it is being read. Each wrapping makes the
 * browser lay the page out again (over 100 ms on a 5 MB article), so mentions are wrapped together when a
 * root is done, and in between only this often.
 */
export const WRAP_INTERVAL_MS = 1000;
/** Longest a slice that wraps may run: fewer, longer wrapping slices mean fewer layouts of a long page. */
export const WRAP_SLICE_BUDGET_MS = 25;
const OBSERVED_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Characters of a page's text searched per step for places a mention may begin (`runsAtCues`). */
const CUE_STEP_CHARACTERS = 200_000;

/** Where the annotator's matcher comes from. */
export interface MatcherSource {
  /** What the first look at a page needs. */
  cues: Cues;
  /** The whole matcher, asked for once the first look finds something; null when it cannot be had. */
  load(): Promise<CompiledMatcher | null>;
}

/** A matcher already at hand, as a source. */
export function matcherAtHand(matcher: CompiledMatcher): MatcherSource {
  return { cues: matcher.cues, load: () => Promise.resolve(matcher) };
}

export interface PageAnnotatorOptions extends Omit<AnnotateOptions, 'matcher'> {
  matcher: MatcherSource;
  /** Runs `work` soon (an idle callback in browsers). */
  schedule?: (work: () => void) => void;
  now?: () => number;
  /** Told after each slice that wrapped something, e.g. to count mentions. */
  onMentions?: (mentions: Mention[]) => void;
  /** Told each root's text as the first look read it (`pageText`): the content script shares the page's. */
  onText?: (root: Node, text: string) => void;
}

export interface PageAnnotator {
  /** Queues `root` for annotation; resolves when the queue is empty. */
  annotate(root: Node): Promise<void>;
  /** Uses a new matcher (campaigners added a bill) and goes over the whole page again. */
  replaceMatcher(source: MatcherSource, root: Node): Promise<void>;
  /** Watches `root` for added content. */
  observe(root: Node): void;
  stop(): void;
}

/** Runs `work` in an idle callback (soon, at the latest). */
const idleSchedule = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 200 });
  else setTimeout(work, 0);
};

/**
 * A schedule whose first slice runs at once, in the caller's task, and the rest as `then` runs them. On most pages
 * the first slice is the only one, and an idle callback would add its own cost and a wait to it.
 */
export function firstAtOnce(then: (work: () => void) => void = idleSchedule): (work: () => void) => void {
  let started = false;
  return (work) => {
    if (started) return then(work);
    started = true;
    work();
  };
}

export function createPageAnnotator(options: PageAnnotatorOptions): PageAnnotator {
  const schedule = options.schedule ?? idleSchedule;
  const now = options.now ?? (() => performance.now());
  let source = options.matcher;
  /** Null until the first look finds something. */
  let annotateOptions: AnnotateOptions | null = null;
  /** Reading waits for the matcher (`source.load()`); the slice that found it needed will not schedule another. */
  let waitingForMatcher = false;
  const state = createPageState();
  const queue: Generator<FoundInRun | null | typeof NEEDS_MATCHER>[] = [];
  /** Found, not yet wrapped. */
  let unwrapped: FoundInRun[] = [];
  let wrapping = false;
  let lastWrapped = -Infinity;
  let waiting: (() => void)[] = [];
  let running = false;
  let stopped = false;
  let observer: MutationObserver | null = null;
  let observedRoot: Node | null = null;
  let pending = new Set<Node>();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  // Bevan's own script time on this page, and its longest slice: published as
  // performance measures so that tests and the benchmark can read them.
  let scriptMs = 0;
  let longestSliceMs = 0;

  function slice() {
    if (stopped) return;
    const start = now();
    if (lastWrapped === -Infinity) lastWrapped = start;
    if (wrapping) wrapSome(start + WRAP_SLICE_BUDGET_MS);
    else if (queue.length) {
      const end = start + SLICE_BUDGET_MS;
      // At least one step per slice: on a busy machine the clock may pass the budget before the first, and a
      // slice that did nothing would only schedule another like it.
      do {
        const next = queue[0].next();
        if (next.done) queue.shift();
        else if (next.value === NEEDS_MATCHER) loadMatcher();
        else if (next.value) unwrapped.push(next.value);
      } while (queue.length && !waitingForMatcher && now() < end);
      // Mentions are wrapped once reading is done (a short page's, in this same slice), or now and then on a very
      // long page.
      if (unwrapped.length && (!queue.length || now() - lastWrapped >= WRAP_INTERVAL_MS)) {
        wrapping = true;
        if (now() < end) wrapSome(end);
      }
    }
    const took = now() - start;
    scriptMs += took;
    longestSliceMs = Math.max(longestSliceMs, took);
    if (waitingForMatcher) return;
    if (queue.length || wrapping) schedule(slice);
    else {
      running = false;
      publishTimings(scriptMs, longestSliceMs);
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  }

  /** Wraps found mentions until `end`, at least one run's. */
  function wrapSome(end: number) {
    const found: Mention[] = [];
    unwatched(() => {
      do found.push(...wrapFound(unwrapped.shift()!));
      while (unwrapped.length && now() < end);
    });
    if (!unwrapped.length) {
      wrapping = false;
      lastWrapped = now();
    }
    if (found.length) options.onMentions?.(found);
  }

  /** Asks for the whole matcher; reading goes on once it is here, or stops for now if it cannot be had. */
  function loadMatcher() {
    waitingForMatcher = true;
    const asked = source;
    void asked.load().then(
      (matcher) => arrived(asked, matcher),
      () => arrived(asked, null),
    );
  }

  function arrived(asked: MatcherSource, matcher: CompiledMatcher | null) {
    // A newer source replaced this one while it loaded: it has asked for its own.
    if (stopped || asked !== source) return;
    waitingForMatcher = false;
    if (matcher) annotateOptions = { ...options, matcher };
    // Content added later looks again, and asks again.
    else queue.length = 0;
    schedule(slice);
  }

  function annotate(root: Node): Promise<void> {
    if (stopped) return Promise.resolve();
    queue.push(annotateRoot(root));
    const finished = new Promise<void>((resolve) => waiting.push(resolve));
    if (!running) {
      running = true;
      schedule(slice);
    }
    return finished;
  }

  /**
   * One root's work, a step at a time: one look at its whole text, and then
   * only the runs of text around the places a mention may begin
   * (`runsAtCues`). Most pages name no MP, bill or dispute, and then no block
   * is visited at all.
   */
  function* annotateRoot(root: Node): Generator<FoundInRun | null | typeof NEEDS_MATCHER> {
    const text = pageText(root);
    options.onText?.(root, text);
    yield null;
    const reading = {
      cues: source.cues,
      // Asked for when the first place is found, and again if a new source replaces it.
      matcher: () => annotateOptions?.matcher ?? null,
      allowPeople: () => allowsPeople(options),
      state,
      stepCharacters: CUE_STEP_CHARACTERS,
    };
    for (const run of runsAtCues(root, text, reading)) {
      yield run === NEEDS_MATCHER || !run ? run : findInRun(run, annotateOptions!, state);
    }
  }

  /**
   * Runs Bevan's own changes to the page with the observer off: they are not
   * new content, and thousands of wraps would otherwise queue thousands of
   * records. The page's own changes before them still count.
   */
  function unwatched<T>(work: () => T): T {
    if (!observer || !observedRoot) return work();
    noteMutations(observer.takeRecords());
    observer.disconnect();
    try {
      return work();
    } finally {
      observer.observe(observedRoot, OBSERVED_CHANGES);
    }
  }

  function noteMutations(records: MutationRecord[]) {
    if (!records.length) return;
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target.parentNode ?? record.target);
      else for (const node of record.addedNodes) if (!isBevans(node)) pending.add(node);
    }
    clearTimeout(debounce);
    debounce = setTimeout(flushMutations, MUTATION_DEBOUNCE_MS);
  }

  function flushMutations() {
    const roots = [...pending].filter((node) => node.isConnected);
    pending = new Set();
    // Only the outermost added nodes: a node inside another added node is covered by it.
    for (const root of roots) if (!roots.some((other) => other !== root && other.contains(root))) void annotate(root);
  }

  return {
    annotate,
    replaceMatcher(next, root) {
      source = next;
      annotateOptions = null;
      // A load in flight is for the old source: the next root read asks the new one.
      if (waitingForMatcher) {
        waitingForMatcher = false;
        schedule(slice);
      }
      return annotate(root);
    },
    observe(root) {
      observer = new MutationObserver(noteMutations);
      observedRoot = root;
      observer.observe(root, OBSERVED_CHANGES);
    },
    stop() {
      stopped = true;
      unwrapped = [];
      wrapping = false;
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
