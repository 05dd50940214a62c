/**
 * What the background's packing (pack.ts) and the page's finding (find.ts) share: how a name is keyed, what a form
 * stands for, and the matcher as a content script holds it. The packed strings themselves are described where they
 * travel (PackedCues and PackedMatcher, utils/matcher/requests.ts).
 */
import type { PackedCues, PackedMatcher } from '../matcher/requests';

export type { PackedCues, PackedMatcher };

/** What a surface form stands for at the article's date. */
export type FormTarget =
  | (ResolvedEntity & {
      /** An MP's name whose MPs were all first elected well after the article's date: likelier a namesake's. */
      electedLater?: boolean;
      /** A name several sessions' bills share ("the NHS Bill"): all of them, latest first; the page may name one in full. */
      sharedBy?: string[];
    })
  | { kind: 'surname'; candidates: number[] }
  | { kind: 'actref'; candidates: string[] };

export interface CompiledMatcher {
  version: string;
  /** Every form (words joined by one space, straight apostrophes), in code-unit order. */
  readonly names: readonly string[];
  /** What each form stands for, aligned with `names`, as packed (parsed when a form is found). */
  readonly targets: readonly string[];
  /** `<MNIS id> <form>|<form>…` lines, in code-unit order: an MP's line is found by binary search (`surnamesOf`). */
  readonly surnameLines: readonly string[];
  /** Capitalised words already looked up on this page, as found, with the most words of a form they begin (0 for none). */
  wordsMet?: Map<string, number>;
  /** Forms already looked up on this page, with what each stands for (null for no form). */
  formsMet?: Map<string, FormTarget | null>;
  /** What the first look (`cueScanner`) looks for; made on first use. */
  readonly cues: Cues;
  /** What each title found in any case stands for, by its lower-case form; made on first use. */
  readonly anyCaseBillTargets: ReadonlyMap<string, FormTarget>;
  /** Who held each post pages name by role ("the Health Secretary") on the article's date (utils/matching/roles.ts). */
  readonly roleHolders?: ReadonlyMap<string, number>;
}

/** The first words of every name and bill title, and their first two words, for a quick look at a whole page. */
export interface Cues {
  /**
   * Whether a name or a title begins with `first`, a space and the start of `second`: its pair, `<first word> <first
   * three letters of the second>` (fewer for a shorter second word), is `first`, a space and one to three of
   * `second`'s first letters.
   */
  hasPair(first: string, second: string): boolean;
  /** `PackedMatcher.cuePattern`, made global; null when there is nothing to look for. */
  pattern: RegExp | null;
  /** `PackedMatcher.billCuePattern`, made global: for a page where people are not annotated. */
  billPattern: RegExp | null;
  /** Bills' titles found in any case, in lower case, longest first (`PackedMatcher.anyCaseBills`). */
  readonly anyCaseBills: readonly string[];
  /** The dispute's phrase lists, as regular-expression sources (`PackedCues.dispute`). */
  readonly dispute: readonly string[];
}

/** Where a resolved mention points: the values of `data-entity-kind` and `data-entity-id`. */
export interface ResolvedEntity {
  kind: 'mp' | 'bill' | 'dispute';
  /** An MNIS id, a bill id or the dispute's id; several ids, comma-separated, for an ambiguous name. */
  id: string;
  ambiguous: boolean;
}

/** Word boundaries of the dispute patterns: Latin letters with accents, spelled out because flag `u` is slow. */
export const LETTER = String.raw`A-Za-z0-9\u00C0-\u024F`;

/** Accents made optional: "Thérèse Coffey" is also written "Therese Coffey". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The key a matched text is looked up by: curly apostrophes straightened, runs of spaces made one. */
export function formKey(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Words as one alternation, in order (V8 then shares their common starts), with either apostrophe where a word has
 * one: the first look reads the page's text as it is.
 */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort()
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘]"))
    .join('|');
}

/** Curly apostrophes made straight in one word: the first look does it word by word, as a long page's text is megabytes. */
export function straightened(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word;
}

/**
 * Whether `lines`, lines joined by "\n" in code-unit order, hold `key` or one of its beginnings at least `shortest`
 * characters long: a binary search over the joined text itself (a first look at a page need not split thousands of
 * lines to ask about a few), for the shortest, and then the few lines after it that begin with it, where each length
 * was a search of its own: up to three for every first word a page holds.
 */
export function sortedLinesHoldStartOf(lines: string, key: string, shortest: number): boolean {
  const least = key.slice(0, shortest);
  let low = 0;
  let high = lines.length;
  // The start of the first line not below `least`: the lines beginning with it follow it, one after another.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = lines.lastIndexOf('\n', middle - 1) + 1;
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    if (lines.slice(start, end) < least) low = end + 1;
    else high = start;
  }
  for (let start = low; start < lines.length && lines.startsWith(least, start);) {
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    if (end - start <= key.length && key.startsWith(lines.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/** The index of the first name not below `key`. */
export function lowerBound(names: readonly string[], key: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
