/**
 * Annotates a live page without ever holding the main thread for long: the
 * work is cut into slices of a few milliseconds, one block of text at a time,
 * with the page free to run between slices. Bevan never changes the page, so
 * every mutation is the page's own: a debounced MutationObserver drops the
 * mentions a change broke and reads again only the blocks that changed (live
 * blogs, re-renders, infinite scroll, single-page navigation).
 *
 * The first look at a page needs only the matcher's cues. The rest of the
 * matcher is asked for when the first look finds something: reading stops
 * until it comes.
 */
import {
  allowsPeople,
  createPageState,
  mentionsOf,
  uncount,
  type AnnotateOptions,
  type FoundInRun,
  type Mention,
  type PageState,
} from './page-state';
import type { Cues } from '../matching/packed-format';
import type { LoadedMatcher } from './reader-contract';
import { NEEDS_MATCHER, pageText, runsAtCues } from './cued-reading';
import { idleSchedule } from './scheduler';
import { followPageChanges, type PageChanges } from './page-changes';

/** Longest a slice may run before giving the page its thread back (a long task is 50 ms). */
export const SLICE_BUDGET_MS = 8;

/**
 * Characters of a page's text searched per step for places a mention may begin (`runsAtCues`): a step of 200,000 took
 * up to 15 ms on a 5 MB page, the longest of its slices. Most pages' text is shorter: one step.
 */
const CUE_STEP_CHARACTERS = 100_000;

/** Where the annotator's matcher comes from. */
export interface MatcherSource {
  /** What the first look at a page needs. */
  cues: Cues;
  /**
   * The whole matcher and the reader that reads with it (reader-contract.ts), asked for once the first look finds
   * something; null when it cannot be had.
   */
  load(): Promise<LoadedMatcher | null>;
}

export interface PageAnnotatorOptions extends Omit<AnnotateOptions, 'matcher'> {
  matcher: MatcherSource;
  /** Runs `work` soon (an idle callback in browsers). */
  schedule?: (work: () => void) => void;
  now?: () => number;
  /** Told the mentions each slice found, in page order, to draw them, and whether more of the page is to be read. */
  onMentions?: (mentions: Mention[], moreToRead: boolean) => void;
  /** Told when reading has caught up with the page (the last slice may have found nothing). */
  onReadingDone?: () => void;
  /** Told the mentions a change of the page broke (their text changed or went): they are no longer in `found`. */
  onRemoved?: (mentions: Mention[]) => void;
  /** Told each root's text as the first look read it (`pageText`): the content script shares the page's. */
  onText?: (root: Node, text: string) => void;
}

/** The whole matcher and its reader, and the options reading with them uses. */
interface Loaded extends LoadedMatcher {
  options: AnnotateOptions;
}

export interface PageAnnotator {
  /** Queues `root` for annotation; resolves when the queue is empty. */
  annotate(root: Node): Promise<void>;
  /** Uses a new matcher (campaigners added a bill) and goes over the whole page again. */
  replaceMatcher(source: MatcherSource, root: Node): Promise<void>;
  /** Watches `root` for the page's changes. */
  observe(root: Node): void;
  /** What the page has been found to name so far. */
  readonly state: PageState;
  stop(): void;
}

export function createPageAnnotator(options: PageAnnotatorOptions): PageAnnotator {
  const schedule = options.schedule ?? idleSchedule;
  const now = options.now ?? (() => performance.now());
  let source = options.matcher;
  /** Null until the first look finds something. */
  let loaded: Loaded | null = null;
  /** Reading waits for the matcher (`source.load()`); the slice that found it needed will not schedule another. */
  let waitingForMatcher = false;
  const state = createPageState();
  const queue: Generator<FoundInRun | null | typeof NEEDS_MATCHER>[] = [];
  const waiting: (() => void)[] = [];
  let running = false;
  let stopped = false;
  let changes: PageChanges | null = null;
  const times = new SliceTimes();

  function slice() {
    if (stopped) return;
    const start = now();
    const end = start + SLICE_BUDGET_MS;
    const found: Mention[] = [];
    // At least one step per slice: on a busy machine the clock may pass the budget before the first, and a
    // slice that did nothing would only schedule another like it. (The queue is empty after a matcher that could
    // not be had.)
    while (queue.length) {
      const next = queue[0].next();
      if (next.done) queue.shift();
      else if (next.value === NEEDS_MATCHER) loadMatcher();
      else if (next.value) found.push(...mentionsOf(next.value, state));
      if (waitingForMatcher || now() >= end) break;
    }
    if (found.length) options.onMentions?.(found, waitingForMatcher || queue.length > 0);
    times.add(now() - start);
    if (waitingForMatcher) return;
    if (queue.length) return schedule(slice);
    running = false;
    times.publish();
    options.onReadingDone?.();
    for (const resolve of waiting.splice(0)) resolve();
  }

  /** Asks for the whole matcher; reading goes on once it is here, or stops for now if it cannot be had. */
  function loadMatcher() {
    waitingForMatcher = true;
    const asked = source;
    const arrived = (matcher: LoadedMatcher | null) => {
      // A newer source replaced this one while it loaded: it has asked for its own.
      if (stopped || asked !== source) return;
      waitingForMatcher = false;
      if (matcher) {
        // Loading the reader's script ran on the page's thread: it is Bevan's time too.
        times.add(matcher.loadMs, false);
        loaded = { ...matcher, options: { ...options, matcher: matcher.matcher } };
      }
      // Content added later looks again, and asks again.
      else queue.length = 0;
      schedule(slice);
    };
    void asked.load().then(arrived, () => arrived(null));
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

  // The whole matcher is asked for when the first place is found, and again if a new source replaces it.
  const annotateRoot = (root: Node) => readRoot(root, { options, state, cues: source.cues, loaded: () => loaded });

  return {
    annotate,
    replaceMatcher(next, root) {
      source = next;
      loaded = null;
      // A load in flight is for the old source: the next root read asks the new one.
      if (waitingForMatcher) {
        waitingForMatcher = false;
        schedule(slice);
      }
      return annotate(root);
    },
    observe(root) {
      changes = followPageChanges(root, {
        now,
        changed(blocks) {
          dropBroken(state, blocks, options.onRemoved);
          for (const block of blocks) void annotate(block);
        },
      });
    },
    state,
    stop() {
      stopped = true;
      queue.length = 0;
      changes?.stop();
    },
  };
}

/** The page changed these blocks: the mentions its changes broke go, and count no more. */
function dropBroken(state: PageState, blocks: Node[], onRemoved?: (mentions: Mention[]) => void): void {
  const broken = state.found.prune((node) => !node.isConnected || blocks.some((block) => block.contains(node)));
  for (const mention of broken) uncount(mention.entity, state);
  if (broken.length) onRemoved?.(broken);
}

/**
 * One root's work, a step at a time: one look at its whole text, and then
 * only the runs of text around the places a mention may begin
 * (`runsAtCues`). Most pages name no MP, bill or dispute, and then no block
 * is visited at all.
 */
function* readRoot(
  root: Node,
  reading: {
    options: PageAnnotatorOptions;
    state: PageState;
    cues: Cues;
    /** Null until the whole matcher is here. */
    loaded: () => Loaded | null;
  },
): Generator<FoundInRun | null | typeof NEEDS_MATCHER> {
  const { options, state } = reading;
  const text = pageText(root);
  // The first root is the page: its text is what page-wide rules read.
  if (state.pageText === undefined && root === root.ownerDocument?.body) state.pageText = text;
  options.onText?.(root, text);
  yield null;
  const cued = {
    cues: reading.cues,
    matcher: reading.loaded,
    allowPeople: () => allowsPeople(options),
    state,
    stepCharacters: CUE_STEP_CHARACTERS,
  };
  for (const run of runsAtCues(root, text, cued)) {
    if (run === NEEDS_MATCHER || !run) yield run;
    else {
      const { options, reader } = reading.loaded()!;
      yield reader.findInRun(run, options, state);
    }
  }
}

/**
 * Bevan's own script time on this page, and its longest slice: published as `bevan:script` and
 * `bevan:longest-slice` performance measures (replaced on each update), so that tests and the benchmark can read
 * them.
 */
class SliceTimes {
  private scriptMs = 0;
  private longestMs = 0;

  /** `slice`: whether the time was one slice's (the reader's loading counts in the script time, but is no slice). */
  add(took: number, slice = true): void {
    this.scriptMs += took;
    if (slice) this.longestMs = Math.max(this.longestMs, took);
  }

  publish(): void {
    if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
    for (const [name, duration] of [
      ['bevan:script', this.scriptMs],
      ['bevan:longest-slice', this.longestMs],
    ] as const) {
      performance.clearMeasures(name);
      performance.measure(name, { start: 0, duration });
    }
  }
}
