/**
 * The first look at a page's whole text: where a name, a bill or the
 * dispute (a fixed phrase, or a doctor term a sentence may carry it with) may begin, found with a few regexes the engine runs in its
 * own code, long before anything is read block by block. Most pages have none
 * of them, and then nothing else is done.
 */
import { mayNameDispute } from './dispute';
import { LETTER, sortedLinesHoldStartOf, straightened, type Cues, type PackedCues } from './packed-format';
import { isAllCaps, titleCased } from './press-forms';
import { inParts, matchesBetween, partFor } from './text-parts';

/** The dispute's fixed phrases and its doctor terms, without their word boundaries: text joined across blocks may have none. */
let disputeAnywhere: RegExp | undefined;

const SECOND_WORD = /\s+(\S{1,3})/y;

/**
 * Where one of the dispute's phrases may begin in a text: each call gives the
 * first such place from `from` on, in the part for words beginning before `to`
 * (`inParts`), or -1. Every place is tried, overlapping ones included: a phrase
 * glued to the block before it must not hide one that begins inside it.
 */
export function disputeScanner(cues: Cues, text: string): (from: number, to?: number) => number {
  // Every mention of the dispute names the doctors or is the hashtag: most pages can skip the regex.
  if (!mayNameDispute(text) || cues.dispute.length < 2) return () => -1;
  const [fixed, doctors] = cues.dispute;
  if (disputeAnywhere?.source !== `${fixed}|${doctors}`) disputeAnywhere = new RegExp(`${fixed}|${doctors}`, 'g');
  const pattern = disputeAnywhere;
  return inParts(text, (from, limit) => {
    for (const { at } of matchesBetween(pattern, text, from, limit)) return at;
    return -1;
  });
}

/**
 * The first look in parts, for a long text: each call gives where the first
 * name or bill that may begin between `from` and `to` does, or -1.
 *
 * A first word is looked for anywhere, not only after a space: text joined
 * across blocks glues a name to the word before it ("BBCJeremy Hunt"). One
 * regex over the text does it in the engine's own code, which on a typical
 * page is many times quicker than looking up each capitalised word in script.
 * `allowPeople` is asked only once a name is found: reading a page's politics
 * costs time most pages need not spend.
 */
export function cueScanner(
  cues: Cues,
  text: string,
  allowPeople: () => boolean = () => true,
): (from: number, to: number) => number {
  let pattern = cues.pattern;
  return (from, to) => {
    if (!pattern) return -1;
    const part = partFor(text, from, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(part); match; match = pattern.exec(part)) {
      // Each place is tried: a word found in text glued across blocks must not hide a name that begins inside it.
      pattern.lastIndex = match.index + 1;
      // Group 1 is a first word (the pair decides); anything else is a name of one word.
      let at = from + match.index;
      if (match[1] !== undefined && pattern !== cues.billPattern) {
        // A first name after a surname and a comma ("Argar, Edward"): an inverted name in a list begins at the surname.
        const surname = invertedFrom(text, at);
        if (surname >= from) at = surname;
      }
      if (
        at === from + match.index &&
        match[1] !== undefined &&
        !cueAt(cues, text, straightened(match[1]), from + match.index + match[1].length)
      )
        continue;
      if (pattern === cues.billPattern || allowPeople()) return at;
      // On a page where no MP is annotated (not about UK politics), only a bill can begin a mention: read on, from
      // this same word and in later parts, for bills' first words alone.
      pattern = cues.billPattern;
      if (!pattern) return -1;
      pattern.lastIndex = match.index;
    }
    return -1;
  };
}

/** A surname, a comma and perhaps a title, just before a first name: "Argar, ", "Davies, Dr ". */
const SURNAME_COMMA_BEFORE = /(?<!\S)[A-ZÀ-Þ][^\s,]*,\s+(?:(?:Dr|Sir|Dame|Mr|Mrs|Ms|Miss)\.?\s+)?$/;
/** Characters before a first name read for an inverted name's surname. */
const SURNAME_REACH = 40;

/** Where the surname of an inverted name ending before `at` begins, or -1. */
function invertedFrom(text: string, at: number): number {
  const from = Math.max(0, at - SURNAME_REACH);
  const before = text.slice(from, at);
  // Most first names have no comma before them: one search of the engine's says so. (Searched back from the name in
  // the whole text, it read on to the last comma, however far: 0.3 ms a page.)
  if (!before.includes(',')) return -1;
  const found = SURNAME_COMMA_BEFORE.exec(before);
  return found ? from + found.index : -1;
}

/** Whether `first`, ending at `end`, and the word after it begin a name of two words or more. */
function cueAt(cues: Cues, text: string, first: string, end: number): boolean {
  SECOND_WORD.lastIndex = end;
  const found = SECOND_WORD.exec(text)?.[1];
  if (!found) return false;
  const second = straightened(found);
  if (cues.hasPair(first, second)) return true;
  // A name in capitals ("KELVIN HOPKINS", "WES Streeting"), as its MP's is written.
  return (isAllCaps(first) || isAllCaps(second)) && cues.hasPair(titleCased(first), titleCased(second));
}

/** Content-script side: the cues, for a first look at a page before anything is known about it. */
export function unpackCues(packed: PackedCues): Cues {
  return {
    hasPair: (first, second) => sortedLinesHoldStartOf(packed.cues, `${first} ${second.slice(0, 3)}`, first.length + 2),
    pattern: packed.cuePattern ? new RegExp(packed.cuePattern, 'g') : null,
    billPattern: packed.billCuePattern ? new RegExp(packed.billCuePattern, 'g') : null,
    anyCaseBills: packed.anyCaseBills ? packed.anyCaseBills.split('\n') : [],
    dispute: packed.dispute ? packed.dispute.split('\n') : [],
  };
}

const LOWER_LETTER_OR_DIGIT = new RegExp(`[${LETTER}]`);
/**
 * As BILL_OR_ACT, for text joined across blocks, where the next block may begin right after the word, in any case
 * ("…BILL" + "Kelvin Hopkins", "…bill" + "the next"): nothing after it is asked for. The "billion"s and "action"s
 * this finds too (ten a saved page, against one) are passed over by the word before them.
 */
const BILL_OR_ACT_GLUED = new RegExp(`(?<![${LETTER}])(?:[Bb]ill|BILL|[Aa]ct|ACT)`, 'g');

/**
 * The longest of `titles` (lower case, longest first) that ends at `end` in `text`, in any case, with any white
 * space between its words and either apostrophe: the title and where it starts, or null.
 */
export function titleEndingAt(
  titles: readonly string[],
  text: string,
  end: number,
  atWordStart = true,
): { start: number; title: string } | null {
  for (const title of titles) {
    let at = end - 1;
    let index = title.length - 1;
    for (; index >= 0 && at >= 0; index--) {
      const wanted = title.charCodeAt(index);
      if (wanted === 32) {
        // One space in the title: a run of any white space on the page.
        if (!/\s/.test(text[at])) break;
        while (at > 0 && /\s/.test(text[at - 1])) at--;
        at--;
        continue;
      }
      let found = text[at].toLowerCase();
      if (found === '’' || found === '‘') found = "'";
      if (found.charCodeAt(0) !== wanted) break;
      at--;
    }
    // The whole title, and a word's start before it.
    if (index < 0 && (at < 0 || !atWordStart || !LOWER_LETTER_OR_DIGIT.test(text[at]))) return { start: at + 1, title };
  }
  return null;
}

/**
 * Where a bill's title may be written in any case in a text: each call gives the start of the first one that
 * begins from `from` on, in the part for words beginning before `to` (`inParts`), or -1.
 */
export function anyCaseBillScanner(cues: Cues, text: string): (from: number, to?: number) => number {
  const titles = cues.anyCaseBills;
  if (!titles.length) return () => -1;
  const pattern = new RegExp(BILL_OR_ACT_GLUED);
  const wordsBefore = wordsBeforeLast(titles);
  return inParts(text, (from, limit) => {
    // A title beginning in the part ends at a "bill" or "act" after it, which may be just past the part.
    for (const { at, match } of matchesBetween(pattern, text, from, limit + LONGEST_TITLE)) {
      // Most of a page's "act"s are no title's: the word before tells, before each title is compared. It may be glued
      // to the word before it too.
      const before = wordBefore(text, at);
      if (!wordsBefore.some((word) => before.endsWith(word))) continue;
      // Text joined across blocks may glue a title to the word before it ("Hopkinsnational health service bill").
      const title = titleEndingAt(titles, text, at + match[0].length, false);
      if (title && title.start >= from) return title.start < limit ? title.start : -1;
    }
    return -1;
  });
}

/** Characters a title in any case may run on past its first word's part to its "bill" or "act". */
const LONGEST_TITLE = 300;

/** The word before each title's last ("service" of "national health service bill"), in lower case. */
function wordsBeforeLast(titles: readonly string[]): string[] {
  return [...new Set(titles.map((title) => title.split(' ').at(-2) ?? ''))];
}

/** Characters read back for the word before a "bill" or an "act": a title's word is short, text glued may not be. */
const WORD_BEFORE_REACH = 60;

/**
 * The word that ends before `at` and the white space after it (its last `WORD_BEFORE_REACH` characters), in lower
 * case and with straight apostrophes.
 */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > Math.max(0, end - WORD_BEFORE_REACH) && !/\s/.test(text[start - 1])) start--;
  return straightened(text.slice(start, end).toLowerCase());
}
