/**
 * Reads a page only where its text may name something. The page's whole text
 * (`pageText`: its `textContent`, less its long scripts) is searched for the
 * places a mention can begin: the first word of a name or bill (the cues), one of the
 * dispute's phrases, and, once the page has named an MP or a bill, that MP's
 * surname or an Act's year. A cue's place counts only where a whole name or
 * title may begin there in that text (`formMayBeginAt`): on most pages, the
 * first name found is followed by someone else's surname. Each place is
 * traced back to its text node, and only the run of text around it is read
 * (`runAround`). A long page about politics is then read in a few hundred
 * small pieces, not block by block.
 *
 * It finds what reading every block finds (`textRuns`): a mention begins with
 * one of those words, and the search runs over the same text. Should the page
 * change under it so that its text no longer lines up with what was searched,
 * it reads the rest block by block.
 */
import { insideSkipped, isSkipped, runAround, skippedBelow, textRuns } from './text-walkers';
import type { PageState } from './page-state';
import { alternation, type Cues } from '../matching/packed-format';
import { roleScanner } from '../matching/roles';
import { anyCaseBillScanner, cueScanner, disputeScanner } from '../matching/first-look';
import { partEnd, partFor } from '../matching/text-parts';
import type { LoadedMatcher } from './reader-contract';

export interface CuedReading {
  cues: Cues;
  /**
   * The whole matcher and its reader, once they are at hand: reading asks for them (`NEEDS_MATCHER`) at the first
   * place it finds.
   */
  matcher: () => LoadedMatcher | null;
  /** Asked once a name is found (`cueScanner`): where people are not annotated, only bills are looked for. */
  allowPeople: () => boolean;
  /** What the page has named so far: its MPs' surnames and its bills' years become places to read too. */
  state: PageState;
  /** Characters of text searched per step; a step ends with a `null`, so that a caller can pause between. */
  stepCharacters: number;
  /** Runs read before reading may switch to block by block where nearly every block names something. */
  denseAfterRuns?: number;
}

/**
 * Reading switches to block by block once it has read this many runs, at least one per this many characters: each
 * place found costs more than a block read in order.
 */
const DENSE_AFTER_RUNS = 64;
const DENSE_CHARACTERS_PER_RUN = 1000;

/** Characters compared where a place is traced to its node, to be sure the page still has the text searched. */
const CHECKED_CHARACTERS = 16;

/** Yielded by `runsAtCues` until `CuedReading.matcher` gives the whole matcher. */
export const NEEDS_MATCHER = Symbol('needs the matcher');

/**
 * The runs of `root` that may hold a mention, in page order, given the
 * root's text as read (`text`, its `textContent`). Lazy: each run is read
 * (and the page's state updated) before the next is looked for.
 */
export function* runsAtCues(
  root: Node,
  text: string,
  reading: CuedReading,
): Generator<Text[] | null | typeof NEEDS_MATCHER> {
  const nextCue = cueScanner(reading.cues, text, reading.allowPeople);
  const nextDispute = disputeScanner(reading.cues, text);
  const nextBill = anyCaseBillScanner(reading.cues, text);
  // "the Health Secretary": a place to read where people are annotated (utils/matching/roles.ts). As for a name,
  // whether they are is asked only once one is found; null once the answer is no.
  let nextRole: ((from: number, to: number) => number) | null | undefined;
  const rolePlace = (from: number, to: number): number => {
    if (nextRole === null) return -1;
    const at = (nextRole ??= roleScanner(text))(from, to);
    if (at >= 0 && !reading.allowPeople()) nextRole = null;
    return nextRole === null ? -1 : at;
  };
  const named = namedWords(text, reading.state);
  // Made when the first place is found: most pages have none.
  let offsets: TextOffsets | undefined;
  const read = new Set<Text>();
  /** The rest, block by block: the runs not read yet. */
  const blockByBlock = function* () {
    for (const run of textRuns(root)) if (!read.has(run[0])) yield run;
  };
  let runsRead = 0;
  for (let cursor = 0; cursor < text.length;) {
    const to = Math.min(text.length, cursor + reading.stepCharacters);
    const end = partEnd(text, to);
    // Each search reads this step's part from `cursor` (and a little past it) to the next place it finds, which is kept
    // until the reading passes it.
    let cue = -2;
    for (;;) {
      if (cue !== -1 && cue < cursor) cue = nextCue(cursor, to);
      const dispute = nextDispute(cursor, to);
      const bill = nextBill(cursor, to);
      const namedWord = named.next(cursor, to);
      const role = rolePlace(cursor, to);
      const at = earliest(cue, dispute, bill, namedWord, role);
      if (at < 0 || at >= end) break;
      let loaded = reading.matcher();
      while (!loaded) {
        yield NEEDS_MATCHER;
        loaded = reading.matcher();
      }
      // Only a cue's place is checked: a dispute's or a bill's in any case is a whole phrase already, and "the 2012
      // Act" begins before its year's place.
      if (
        at !== dispute &&
        at !== bill &&
        at !== namedWord &&
        at !== role &&
        !loaded.reader.formMayBeginAt(loaded.matcher, text, at)
      ) {
        cursor = at + 1;
        continue;
      }
      if (!offsets) {
        if (insideSkipped(root)) return;
        offsets = new TextOffsets(root);
      }
      const place = offsets.find(at);
      // The page changed since its text was read: what is left is read block by block.
      if (!place || !linesUp(place, text, at)) return yield* blockByBlock();
      cursor = at + 1;
      if (place.node.nodeType !== 3 || skippedBelow(place.node, root)) continue;
      const run = runAround(place.node, root);
      const last = run[run.length - 1];
      let runEnd = at - place.offset;
      for (let index = run.indexOf(place.node); index < run.length; index++) runEnd += run[index].data.length;
      // Taken before the run is handed out: wrapping it may split its last node.
      const lastStart = runEnd - last.data.length;
      for (const node of run) read.add(node);
      yield run;
      offsets.resumeAt(last, lastStart);
      cursor = Math.max(cursor, runEnd);
      // Nearly every block names something (a long debate): reading them all in order costs less than finding each.
      if (++runsRead >= (reading.denseAfterRuns ?? DENSE_AFTER_RUNS) && runsRead * DENSE_CHARACTERS_PER_RUN > cursor)
        return yield* blockByBlock();
    }
    cursor = Math.max(cursor, end);
    yield null;
  }
  yield* surnamesBefore(root, text, reading, read);
}

/**
 * The runs not read yet that hold the surname of an MP the page named in full: those before the full name (a
 * headline's "Hunt" above "Jeremy Hunt"), as the places after it were read already. Read once the rest of the root
 * has been, so that what reading finds does not depend on where the full name stands; whether such a surname names
 * the MP is for the whole matcher to say (utils/page/annotate.ts).
 */
function* surnamesBefore(
  root: Node,
  text: string,
  reading: CuedReading,
  read: Set<Text>,
): Generator<Text[] | null | typeof NEEDS_MATCHER> {
  const surnames = reading.state.namedBySurname;
  if (!surnames.size || insideSkipped(root)) return;
  const pattern = new RegExp(alternation(surnameFirstWords(reading.state)), 'g');
  const offsets = new TextOffsets(root);
  for (let cursor = 0; cursor < text.length;) {
    const to = Math.min(text.length, cursor + reading.stepCharacters);
    const part = partFor(text, cursor, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(part); match; match = pattern.exec(part)) {
      const at = cursor + match.index;
      const place = offsets.find(at);
      // The page changed since its text was read: its change is read when it is noticed.
      if (!place || !linesUp(place, text, at)) return;
      if (read.has(place.node) || place.node.nodeType !== 3 || skippedBelow(place.node, root)) continue;
      const run = runAround(place.node, root);
      for (const node of run) read.add(node);
      yield run;
    }
    cursor = to;
    yield null;
  }
}

/** The first words of the surnames the page has named MPs by in full ("Duncan" of "Duncan Smith"): places to read. */
function surnameFirstWords(state: PageState): Set<string> {
  return new Set([...state.namedBySurname.keys()].map((surname) => surname.split(' ')[0]));
}

/** The smallest of some places, -1 for none. */
function earliest(...places: number[]): number {
  let found = -1;
  for (const place of places) if (place >= 0 && (found < 0 || place < found)) found = place;
  return found;
}

function linesUp({ node, offset }: { node: Text; offset: number }, text: string, at: number): boolean {
  const length = Math.min(CHECKED_CHARACTERS, node.length - offset);
  return node.data.substr(offset, length) === text.substr(at, length);
}

/**
 * A root's text for a first look at it (`runsAtCues`): every text node in order, with nothing between blocks, as
 * `textContent` joins them (the engine's own walk, many times quicker than one in script), but without the elements
 * directly below the root that are never read (`leftOut`). Pages keep their scripts there: on some, a megabyte of
 * JSON that the first look would otherwise search.
 */
export function pageText(root: Node): string {
  if (root.nodeType === 3) return (root as Text).data;
  const left = leftOut(root);
  if (!left.size) return root.textContent ?? '';
  let text = '';
  for (let child = root.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    // Text and CDATA sections, as `textContent` joins them (comments are left out there too).
    if (type === 3 || type === 4) text += (child as CharacterData).data;
    else if (type === 1 && !left.has(child)) text += child.textContent;
  }
  return text;
}

/** Text an element never read must hold for `pageText` to leave it out: joining the rest costs more than a call. */
const LEFT_OUT_CHARACTERS = 2000;

/**
 * The elements directly below `root` whose text `pageText` leaves out: scripts, styles and the rest never read, where
 * they hold much text (their first text node's length, which makes no string).
 */
function leftOut(root: Node): Set<Node> {
  const left = new Set<Node>();
  for (let child = (root as ParentNode).firstElementChild; child; child = child.nextElementSibling) {
    const first = child.firstChild;
    if (first?.nodeType === 3 && (first as Text).length >= LEFT_OUT_CHARACTERS && isSkipped(child)) left.add(child);
  }
  return left;
}

/**
 * Where the root's text (`pageText`) is in its text nodes, read forwards: a place is found by adding up node lengths
 * (`CharacterData.length`, which makes no string), one child of the root at a time, past those left out.
 */
class TextOffsets {
  /** The root's child being read, and a walk over its text when it is an element. */
  private child: ChildNode | null;
  private walker: TreeWalker | null = null;
  private node: CharacterData | null;
  /** Where `node` begins in the root's text. */
  private start = 0;
  private readonly leftOut: Set<Node>;

  constructor(private readonly root: Node) {
    this.leftOut = leftOut(root);
    this.child = root.firstChild;
    this.node = this.readChild();
  }

  /** The node holding character `at`, and where in it; null past the end. Places are asked for in order. */
  find(at: number): { node: Text; offset: number } | null {
    while (this.node && this.start + this.node.length <= at) {
      this.start += this.node.length;
      this.node = this.nextNode();
    }
    return this.node && at >= this.start ? { node: this.node as Text, offset: at - this.start } : null;
  }

  /**
   * Goes on from `node`, which began at `start` when it was read. Wrapping it since may have split it: the pieces
   * split off follow it, and with it they still hold its text.
   */
  resumeAt(node: Text, start: number): void {
    let child: Node = node;
    while (child.parentNode && child.parentNode !== this.root) child = child.parentNode;
    this.child = child as ChildNode;
    this.walker = child === node ? null : this.walkerIn(child);
    if (this.walker) this.walker.currentNode = node;
    this.node = node;
    this.start = start;
  }

  private nextNode(): CharacterData | null {
    const next = this.walker?.nextNode() as CharacterData | null | undefined;
    if (next) return next;
    this.child = this.child?.nextSibling ?? null;
    return this.readChild();
  }

  /** The first text node from `child` on, in it or in the children after it. */
  private readChild(): CharacterData | null {
    for (; this.child; this.child = this.child.nextSibling) {
      const type = this.child.nodeType;
      // Text and CDATA sections: what `textContent` joins.
      if (type === 3 || type === 4) {
        this.walker = null;
        return this.child as CharacterData;
      }
      if (type !== 1 || this.leftOut.has(this.child)) continue;
      this.walker = this.walkerIn(this.child);
      const first = this.walker.nextNode() as CharacterData | null;
      if (first) return first;
    }
    this.walker = null;
    return null;
  }

  private walkerIn(element: Node): TreeWalker {
    return (this.root.ownerDocument ?? (this.root as Document)).createTreeWalker(element, 4 | 8);
  }
}

/**
 * Where the first word of a surname of an MP the page has named may begin, or an Act's year once it has named a
 * bill ("the 2012 Act"): a surname or a year alone may name one only after that. Made again as the page names more.
 */
function namedWords(text: string, state: PageState) {
  let pattern: RegExp | null = null;
  let madeFor = '';
  let found = -1;
  let foundBefore = -1;
  return {
    /** As `cueScanner`'s: the next such place from `from`, among words that begin before `to`. */
    next(from: number, to: number): number {
      if (!state.namedBySurname.size && !state.namedBills.size) return -1;
      const key = `${state.namedBySurname.size} ${state.namedBills.size}`;
      if (key !== madeFor) {
        madeFor = key;
        const words = surnameFirstWords(state);
        const sources = [
          ...(words.size ? [alternation(words)] : []),
          // "2012 Act" may run past the part searched: the year at its very end is a place too.
          ...(state.namedBills.size ? [String.raw`\d{4}(?:\s+Act|\s*$)`] : []),
        ];
        pattern = sources.length ? new RegExp(sources.join('|'), 'g') : null;
        found = -2;
      }
      if (!pattern) return -1;
      if (to === foundBefore && (found === -1 || found >= from)) return found;
      foundBefore = to;
      const part = partFor(text, from, to);
      pattern.lastIndex = 0;
      const match = pattern.exec(part);
      found = match ? from + match.index : -1;
      return found;
    },
  };
}
