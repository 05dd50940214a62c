/**
 * Reads a page only where its text may name something. The page's whole text
 * (`textContent`, one call into the engine) is searched for the places a
 * mention can begin: the first word of a name or bill (the cues), one of the
 * dispute's phrases, and, once the page has named an MP or a bill, that MP's
 * surname or an Act's year. Each place is traced back to its text node, and
 * only the run of text around it is read (`runAround`). A long page about
 * politics is then read in a few hundred small pieces, not block by block.
 *
 * It finds what reading every block finds (`textRuns`): a mention begins with
 * one of those words, and the search runs over the same text. Should the page
 * change under it so that its text no longer lines up with what was searched,
 * it reads the rest block by block.
 */
import { insideSkipped, runAround, skippedBelow, textRuns, type PageState } from './annotate';
import { alternation, cueScanner, disputeScanner, partEnd, partFor, type Cues } from './compile';

export interface CuedReading {
  cues: Cues;
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

/**
 * The runs of `root` that may hold a mention, in page order, given the
 * root's text as read (`text`, its `textContent`). Lazy: each run is read
 * (and the page's state updated) before the next is looked for.
 */
export function* runsAtCues(root: Node, text: string, reading: CuedReading): Generator<Text[] | null> {
  const nextCue = cueScanner(reading.cues, text, reading.allowPeople);
  const nextDispute = disputeScanner(text);
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
    // Each search reads on from `cursor` to the next place it finds, which is kept until the reading passes it.
    let cue = -2;
    for (;;) {
      if (cue !== -1 && cue < cursor) cue = nextCue(cursor, to);
      const at = earliest(cue, nextDispute(cursor), named.next(cursor, to));
      if (at < 0 || at >= end) break;
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
      let runEnd = at - place.offset;
      for (let index = run.indexOf(place.node); index < run.length; index++) runEnd += run[index].data.length;
      for (const node of run) read.add(node);
      yield run;
      offsets.resumeAfter(run[run.length - 1], runEnd);
      cursor = Math.max(cursor, runEnd);
      // Nearly every block names something (a long debate): reading them all in order costs less than finding each.
      if (++runsRead >= (reading.denseAfterRuns ?? DENSE_AFTER_RUNS) && runsRead * DENSE_CHARACTERS_PER_RUN > cursor)
        return yield* blockByBlock();
    }
    cursor = Math.max(cursor, end);
    yield null;
  }
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
 * Where the root's text is in its text nodes, read forwards: a place is found
 * by adding up node lengths (`CharacterData.length`, which makes no string).
 */
class TextOffsets {
  private readonly walker: TreeWalker;
  private node: CharacterData | null;
  /** Where `node` begins in the root's text. */
  private start = 0;

  constructor(root: Node) {
    // Text and CDATA sections: what `textContent` joins.
    this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 | 8);
    this.node = this.walker.nextNode() as CharacterData | null;
  }

  /** The node holding character `at`, and where in it; null past the end. Places are asked for in order. */
  find(at: number): { node: Text; offset: number } | null {
    while (this.node && this.start + this.node.length <= at) {
      this.start += this.node.length;
      this.node = this.walker.nextNode() as CharacterData | null;
    }
    return this.node && at >= this.start ? { node: this.node as Text, offset: at - this.start } : null;
  }

  /**
   * Goes on from the node after `node`, which ends at `end`. Wrapping a run splits its nodes; the pieces split off
   * come before that next node, and are not counted again.
   */
  resumeAfter(node: Text, end: number): void {
    this.walker.currentNode = node;
    this.node = this.walker.nextNode() as CharacterData | null;
    this.start = end;
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
        const words = new Set([...state.namedBySurname.keys()].map((surname) => surname.split(' ')[0]));
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
