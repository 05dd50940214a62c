/**
 * Turns a MatcherSpec into a table from each surface form (a name, a bill's
 * title) to its entity at the article's date, and finds those forms in text.
 *
 * The work is split in two. The background resolves every name for a date
 * and packs the result into a few strings (`packMatcher`, cached there); a
 * content script only splits those strings (`unpackMatcher`).
 *
 * Finding names is a word-by-word table lookup, not one big regex: a
 * combined, escaped alternation of ~6,000 names scans fast once compiled, but
 * V8 spent ~30 ms compiling it on every page, which is most of Bevan's budget
 * on a page with nothing to annotate. Looking up each capitalised word, and
 * the few words after it, in a Map costs no compilation and about as much
 * scanning. Word boundaries come for free ("Hunter" is not "Hunt", and
 * "Corbynmania" is not "Corbyn"); a possessive ("Hunt's") and surrounding
 * punctuation are trimmed. The dispute's phrases, a handful of small
 * patterns, are a regex of their own.
 *
 * The first look at a whole page (`cueScanner`) is one regex after all, but
 * of first words only: about 600, a tenth of the forms, which V8 compiles and
 * runs over a typical page in under a millisecond. Those cues are the same at
 * every article date (`packCues`), so a content script asks for them alone,
 * and reads the article's date and asks for the rest only once they find
 * something: most pages name nobody. On a page not about UK politics, only a
 * bill can begin a mention, so the first look reads on for bills' first
 * words.
 */
import { DISPUTE_ID } from '../data/ids';
import type { PackedCues, PackedMatcher } from '../matcher/requests';
import { DISPUTE_PATTERNS } from './dispute-phrases';
import type { MatcherSpec } from './matcher-spec';

export type { PackedCues, PackedMatcher };

export type EntityRef =
  | { kind: 'mp'; candidates: { id: number; spells: [string | null, string | null][] }[] }
  /** A bare surname ("Hunt", "Mr Hunt"): it means an MP only if the page has already named exactly one of these in full. */
  | { kind: 'surname'; candidates: number[] }
  /** "the 2012 Act": the Act of that year among the bills the page has already named. */
  | { kind: 'actref'; candidates: string[] }
  | { kind: 'bill'; candidates: { id: string; since: string }[] }
  | { kind: 'dispute' };

/** What a surface form stands for at the article's date. */
export type FormTarget =
  ResolvedEntity | { kind: 'surname'; candidates: number[] } | { kind: 'actref'; candidates: string[] };

export interface CompiledMatcher {
  version: string;
  /** Global regex for the dispute's phrases. */
  readonly disputePattern: RegExp;
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
}

/** The first words of every name and bill title, and their first two words, for a quick look at a whole page. */
export interface Cues {
  /**
   * `<first word> <first three letters of the second>` (fewer for a shorter second word), in code-unit order;
   * split when a first word is found.
   */
  readonly pairs: readonly string[];
  /** `PackedMatcher.cuePattern`, made global; null when there is nothing to look for. */
  pattern: RegExp | null;
  /** `PackedMatcher.billCuePattern`, made global: for a page where people are not annotated. */
  billPattern: RegExp | null;
}

/** Word boundaries of the dispute patterns: Latin letters with accents, spelled out because flag `u` is slow. */
const LETTER = String.raw`A-Za-z0-9\u00C0-\u024F`;

/** Accents made optional: "Thérèse Coffey" is also written "Therese Coffey". */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The key a matched text is looked up by: curly apostrophes straightened, runs of spaces made one. */
function formKey(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** Honorifics and suffixes that are not part of a surname. */
const TITLES = /^(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Rt|Hon|Lord|Lady|Baroness|Baron|Prof|Professor)\.?$/;
const SUFFIXES = /^(?:MP|QC|KC|OBE|CBE|MBE|KBE|DBE|JP|PC|Junior|Jr|Jnr|Senior|Snr)\.?$/;

/**
 * The forms a surname may take alone: the last word of each name ("Hunt"),
 * and the last two for three-word names, for double surnames ("Duncan Smith").
 */
export function surnameForms(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((word) => !TITLES.test(word) && !SUFFIXES.test(word));
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (/^[A-ZÀ-Þ]/.test(last) && last.length >= 3) forms.add(last);
    if (words.length >= 3 && /^[A-ZÀ-Þ]/.test(words[words.length - 2])) forms.add(words.slice(-2).join(' '));
  }
  return [...forms];
}

/** The forms of every MP's name and bill title: the only forms that can begin a mention. */
function nameForms(spec: MatcherSpec): Map<string, EntityRef> {
  const forms = new Map<string, EntityRef>();
  const addForm = (form: string, add: (existing: EntityRef | undefined) => EntityRef) => {
    const key = formKey(form.trim());
    if (key.length < 3) return;
    forms.set(key, add(forms.get(key)));
  };

  for (const person of spec.people) {
    for (const name of person.names) {
      for (const form of new Set([name, foldAccents(name)])) {
        addForm(form, (existing) => ({
          kind: 'mp',
          candidates: [
            ...(existing?.kind === 'mp' ? existing.candidates.filter((c) => c.id !== person.id) : []),
            { id: person.id, spells: person.spells },
          ],
        }));
      }
    }
  }
  for (const bill of spec.bills) {
    for (const name of bill.names) {
      // Bill names outrank a person's name spelled the same (none are today).
      addForm(name, (existing) => ({
        kind: 'bill',
        candidates: [
          ...(existing?.kind === 'bill' ? existing.candidates.filter((c) => c.id !== bill.id) : []),
          { id: bill.id, since: bill.since },
        ],
      }));
    }
  }
  return forms;
}

/** Background side: the first look's cues, the same at every article date. */
export function packCues(spec: MatcherSpec): PackedCues {
  return cuesOf(spec.version, nameForms(spec));
}

/**
 * The cues of these forms: a surname or "the 2012 Act" needs a full name or a bill before it, so they have none of
 * their own.
 */
function cuesOf(version: string, forms: ReadonlyMap<string, EntityRef>): PackedCues {
  const cues = new Set<string>();
  const firsts = { all: new Set<string>(), bills: new Set<string>() };
  const words = { all: new Set<string>(), bills: new Set<string>() };
  for (const [name, entity] of forms) {
    const [first, second] = name.split(' ');
    const [to, toBills] = second === undefined ? [words.all, words.bills] : [firsts.all, firsts.bills];
    to.add(first);
    if (entity.kind === 'bill') toBills.add(first);
    if (second !== undefined) cues.add(`${first} ${second.slice(0, 3)}`);
  }
  const pattern = (firstWords: Set<string>, oneWords: Set<string>) =>
    [
      ...(firstWords.size ? [`(${alternation(firstWords)})(?=\\s)`] : []),
      ...(oneWords.size ? [alternation(oneWords)] : []),
    ].join('|');
  return {
    version,
    cues: [...cues].sort().join('\n'),
    cuePattern: pattern(firsts.all, words.all),
    billCuePattern: pattern(firsts.bills, words.bills),
  };
}

/** Background side: every form and what it means at `articleDate`, packed for sending. */
export function packMatcher(spec: MatcherSpec, articleDate: string): PackedMatcher {
  const forms = nameForms(spec);
  const cues = cuesOf(spec.version, forms);
  const surnamesOf = new Map<number, string[]>();

  // Surnames last: a full name or a bill spelled the same always wins.
  const surnames = new Map<string, number[]>();
  for (const person of spec.people) {
    const keys = [...new Set(surnameForms(person.names).flatMap((form) => [form, foldAccents(form)]))].map(formKey);
    surnamesOf.set(person.id, keys);
    for (const key of keys) surnames.set(key, [...(surnames.get(key) ?? []), person.id]);
  }
  for (const [key, candidates] of surnames) if (!forms.has(key)) forms.set(key, { kind: 'surname', candidates });

  // "the 2012 Act", for bills that became Acts.
  const actRefs = new Map<string, string[]>();
  for (const bill of spec.bills) {
    for (const name of bill.names) {
      const year = name.match(/ Act (\d{4})$/)?.[1];
      if (year) actRefs.set(`${year} Act`, [...new Set([...(actRefs.get(`${year} Act`) ?? []), bill.id])]);
    }
  }
  for (const [key, candidates] of actRefs) if (!forms.has(key)) forms.set(key, { kind: 'actref', candidates });

  // In code-unit order: a content script finds a form by binary search, with no table to build.
  const names = [...forms.keys()].sort();
  const targets = names.map((name) => {
    const entity = forms.get(name)!;
    if (entity.kind === 'surname' || entity.kind === 'actref') return `${entity.kind} ${entity.candidates.join(',')}`;
    const resolved = resolveEntity(entity, articleDate);
    return `${resolved.kind}${resolved.ambiguous ? '?' : ''} ${resolved.id}`;
  });
  return {
    ...cues,
    articleDate,
    names: names.join('\n'),
    targets: targets.join('\n'),
    surnames: [...surnamesOf]
      .filter(([, keys]) => keys.length)
      .map(([id, keys]) => `${id} ${keys.join('|')}`)
      .sort()
      .join('\n'),
  };
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

/**
 * Content-script side: the regexes and tables from a packed matcher, each
 * made on first use. A page the first look (`cueScanner`) passes over needs
 * only the cues.
 */
export function unpackMatcher(packed: PackedMatcher): CompiledMatcher {
  let names: string[] | undefined;
  let targets: string[] | undefined;
  let surnameLines: string[] | undefined;
  let disputePattern: RegExp | undefined;
  let cues: Cues | undefined;
  return {
    version: packed.version,
    get cues() {
      return (cues ??= unpackCues(packed));
    },
    get names() {
      return (names ??= packed.names ? packed.names.split('\n') : []);
    },
    get targets() {
      return (targets ??= packed.targets.split('\n'));
    },
    get surnameLines() {
      return (surnameLines ??= packed.surnames ? packed.surnames.split('\n') : []);
    },
    get disputePattern() {
      return (disputePattern ??= new RegExp(`(?<![${LETTER}])(?:${DISPUTE_PATTERNS.join('|')})(?![${LETTER}])`, 'g'));
    },
  };
}

/** Content-script side: the cues, for a first look at a page before anything is known about it. */
export function unpackCues(packed: PackedCues): Cues {
  // The pairs wait until a first word is found.
  let pairs: string[] | undefined;
  return {
    get pairs() {
      return (pairs ??= packed.cues.split('\n'));
    },
    pattern: packed.cuePattern ? new RegExp(packed.cuePattern, 'g') : null,
    billPattern: packed.billCuePattern ? new RegExp(packed.billCuePattern, 'g') : null,
  };
}

const NOT_FAIR_TAG = /#[Nn]ot[Ff]air/;
/** The dispute's phrases, without their word boundaries: text joined across blocks may have none. */
let disputeAnywhere: RegExp | undefined;

const SECOND_WORD = /\s+(\S{1,3})/y;
const WHITESPACE = /\s/g;

/**
 * Where one of the dispute's phrases may begin in a text: each call gives the
 * first such place from `from` on, or -1. Every place is tried, overlapping
 * ones included: a phrase glued to the block before it must not hide one that
 * begins inside it. Read lazily, so that a long text is read once over all
 * calls, a piece at a time.
 */
export function disputeScanner(text: string): (from: number) => number {
  // Every phrase names the doctors or is the hashtag: most pages can skip the regex (CSS colours are '#' too).
  if (!text.includes('octors') && !text.includes('OCTORS') && !NOT_FAIR_TAG.test(text)) return () => -1;
  disputeAnywhere ??= new RegExp(DISPUTE_PATTERNS.join('|'), 'g');
  const pattern = disputeAnywhere;
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    pattern.lastIndex = from;
    found = pattern.exec(text)?.index ?? -1;
    return found;
  };
}

/**
 * A long text's part for looking for words that begin between `from` and `to`: it runs on to the first white space
 * after `to`, so that a word begun there is read whole.
 */
export function partFor(text: string, from: number, to: number): string {
  return text.slice(from, partEnd(text, to));
}

/** Where a part that reads the words beginning before `to` ends: just after the first white space from there. */
export function partEnd(text: string, to: number): number {
  WHITESPACE.lastIndex = to;
  const space = to < text.length ? WHITESPACE.exec(text) : null;
  return space ? space.index + 1 : text.length;
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
      if (
        match[1] !== undefined &&
        !cueAt(cues.pairs, text, straightened(match[1]), from + match.index + match[1].length)
      )
        continue;
      if (pattern === cues.billPattern || allowPeople()) return from + match.index;
      // On a page where no MP is annotated (not about UK politics), only a bill can begin a mention: read on, from
      // this same word and in later parts, for bills' first words alone.
      pattern = cues.billPattern;
      if (!pattern) return -1;
      pattern.lastIndex = match.index;
    }
    return -1;
  };
}

/** Curly apostrophes made straight in one word: the first look does it word by word, as a long page's text is megabytes. */
function straightened(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word;
}

/** Whether `first`, ending at `end`, and the word after it begin a name of two words or more. */
function cueAt(pairs: readonly string[], text: string, first: string, end: number): boolean {
  SECOND_WORD.lastIndex = end;
  const found = SECOND_WORD.exec(text)?.[1];
  if (!found) return false;
  const second = straightened(found);
  for (let length = Math.min(3, second.length); length >= 1; length--) {
    const pair = `${first} ${second.slice(0, length)}`;
    if (pairs[lowerBound(pairs, pair)] === pair) return true;
  }
  return false;
}

/**
 * Targets of forms that name someone or something only after the page has named them in full ("Hunt", "the 2012
 * Act"). Such a mention is read from the place of its surname or year, so a first look's place need not be read for it.
 */
const NAMED_BEFORE = /^(?:surname|actref) /;
/** A word after a place, and the space before it: `formMayBeginAt` reads a page's text from the place on. */
const WORD_AFTER = /\s*(\S+)/y;

/**
 * Whether a name or a bill's title may begin at `at` in a page's text (`pageText`), whose words the first look
 * (`cueScanner`) only knows the start of. It says false only when no form can: before a place is traced to the page,
 * which on a long page costs a walk over its text nodes. A run of the page is a piece of that text, ending where a
 * block does, with the next block's text glued on: a form's last word is therefore looked for as the start of a word.
 */
export function formMayBeginAt(matcher: CompiledMatcher, text: string, at: number): boolean {
  const names = matcher.names;
  let before = '';
  WORD_AFTER.lastIndex = at;
  for (let found = WORD_AFTER.exec(text); found; found = WORD_AFTER.exec(text)) {
    const word = straightened(found[1]);
    // A form whose last word begins this word ("Hunt's", "Hunt" + a glued block).
    for (let length = 1; length <= word.length; length++) {
      const form = before + word.slice(0, length);
      const index = lowerBound(names, form);
      if (names[index] === form && !NAMED_BEFORE.test(matcher.targets[index])) return true;
      // No form goes on from here, so no longer piece of the word is one: a long word is not read to its end.
      if (!names[index]?.startsWith(form)) return false;
    }
    before += `${word} `;
    // Read on only while some form goes on with these words.
    if (!names[lowerBound(names, before)]?.startsWith(before)) return false;
  }
  return false;
}

/** Entries kept in `wordsMet` and `formsMet` at most, so that a page of endless new words cannot grow them for ever. */
const MOST_WORDS_MET = 50_000;

/** The index of the first name not below `key`. */
function lowerBound(names: readonly string[], key: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What a form stands for, or undefined when it is no form. */
function formTarget(matcher: CompiledMatcher, key: string): FormTarget | undefined {
  const known = (matcher.formsMet ??= new Map());
  let target = known.get(key);
  if (target === undefined) {
    if (known.size >= MOST_WORDS_MET) known.clear();
    const index = lowerBound(matcher.names, key);
    target = matcher.names[index] === key ? parseTarget(matcher.targets[index] ?? '') : null;
    known.set(key, target);
  }
  return target ?? undefined;
}

/** The most words of any form that begins with the word `head` (0 when none does). */
function longestFormFrom(matcher: CompiledMatcher, head: string): number {
  let longest = 0;
  // Forms equal to `head` sort first, then those continuing with a space (the lowest character), then others.
  for (let index = lowerBound(matcher.names, head); index < matcher.names.length; index++) {
    const name = matcher.names[index];
    if (name === head) longest = Math.max(longest, 1);
    else if (name.startsWith(head) && name.charCodeAt(head.length) === 32) {
      let words = 1;
      for (let at = head.length; at !== -1; at = name.indexOf(' ', at + 1)) words++;
      longest = Math.max(longest, words);
    } else break;
  }
  return longest;
}

/**
 * The surname forms of an MP, for remembering who a page has named in full. Found by binary search: a table of all
 * 1,449 MPs' lines, built the first time a page named one, cost that page 1 to 2 ms.
 */
export function surnamesOf(matcher: CompiledMatcher, personId: number): string[] {
  // "591 " sorts before "591 Brown", and that before "5910 …", as a space is lower than any digit.
  const prefix = `${personId} `;
  const line = matcher.surnameLines[lowerBound(matcher.surnameLines, prefix)];
  return line?.startsWith(prefix) ? line.slice(prefix.length).split('|') : [];
}

function parseTarget(line: string): FormTarget | null {
  const space = line.indexOf(' ');
  const kind = line.slice(0, space);
  const id = line.slice(space + 1);
  if (kind === 'surname') return { kind, candidates: id.split(',').map(Number) };
  if (kind === 'actref') return { kind, candidates: id.split(',') };
  if (kind === 'mp' || kind === 'mp?') return { kind: 'mp', id, ambiguous: kind === 'mp?' };
  if (kind === 'bill') return { kind, id, ambiguous: false };
  return null;
}

const DISPUTE: ResolvedEntity = { kind: 'dispute', id: DISPUTE_ID, ambiguous: false };

/** Both halves at once, for tests and tools that hold the spec. */
export function compileMatcher(spec: MatcherSpec, articleDate: string): CompiledMatcher {
  return unpackMatcher(packMatcher(spec, articleDate));
}

/** A match in a text: where it is and which entity it names. */
export interface TextMatch {
  start: number;
  end: number;
  text: string;
  entity: FormTarget;
}

const LEADING_PUNCTUATION = /^[(["“‘']+/;
/** Closing punctuation, and a possessive before it: "Hunt's," → "Hunt". */
const TRAILING_PUNCTUATION = /(?:'s|')?[,.;:!?)\]"”’']*$/;

/**
 * A word that may begin a form: at a word start, after any opening
 * punctuation, a capital letter or a digit. Found by the regex engine, so that
 * the many lower-case words of a page cost no JavaScript at all.
 */
const FORM_START = /(?<!\S)[(["“‘']*[A-Z0-9À-Þ]\S*/g;
/** The next word after a position. */
const NEXT_WORD = /\s+(\S+)/y;
/**
 * Closing punctuation with a letter straight after it: "Hopkins.Junior", where
 * markup put two sentences together without a space. The word ends at it, and
 * the words after belong to another sentence. (Apostrophes are left alone:
 * they are inside names such as O'Neill.)
 */
const GLUED_SENTENCE = /(?<=[A-Za-z0-9À-ÿ])[,.;:!?)\]"”](?=[A-Za-zÀ-ÿ])/;

/** A word cut at a glued sentence break, and whether it was cut. */
function cutAtGluedSentence(word: string): { word: string; cut: boolean } {
  const at = word.search(GLUED_SENTENCE);
  return at < 0 ? { word, cut: false } : { word: word.slice(0, at + 1), cut: true };
}

function withoutClosingPunctuation(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const letterOrDigit =
    (last >= 48 && last <= 57) || (last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last > 191;
  // Most words end in a letter and are no possessive: skip the regex for them.
  const possessive = last === 115 && word.charCodeAt(word.length - 2) === 39;
  return letterOrDigit && !possessive ? word : word.replace(TRAILING_PUNCTUATION, '');
}

/** Names and bills in a text: at each capitalised word, the longest run of words that is a form. */
function findForms(matcher: CompiledMatcher, text: string): TextMatch[] {
  const found: TextMatch[] = [];
  // A matcher for the dispute alone (the background's, for news feeds) remembers no words.
  if (!matcher.names.length) return found;
  const source = text.includes('’') || text.includes('‘') ? text.replace(/[’‘]/g, "'") : text;
  // A page's capitalised words repeat ("The", "Ministers"), and most begin no form: each is looked up once.
  const met = (matcher.wordsMet ??= new Map());
  FORM_START.lastIndex = 0;
  for (let match = FORM_START.exec(source); match; match = FORM_START.exec(source)) {
    let longest = met.get(match[0]);
    if (longest === 0) continue;
    const glued = cutAtGluedSentence(match[0]);
    const first = glued.word;
    const lead = first.match(LEADING_PUNCTUATION)?.[0].length ?? 0;
    const head = lead ? first.slice(lead) : first;
    if (longest === undefined) {
      const bare = withoutClosingPunctuation(head);
      longest = Math.max(longestFormFrom(matcher, head), bare === head ? 0 : longestFormFrom(matcher, bare));
      if (met.size >= MOST_WORDS_MET) met.clear();
      met.set(match[0], longest);
    }
    if (!longest) continue;
    // The words that follow, as far as the longest form could reach.
    const following: { word: string; end: number }[] = [];
    NEXT_WORD.lastIndex = match.index + match[0].length;
    for (
      let next = glued.cut ? null : NEXT_WORD.exec(source);
      next && following.length < longest - 1;
      next = NEXT_WORD.exec(source)
    ) {
      const word = cutAtGluedSentence(next[1]);
      following.push({ word: word.word, end: NEXT_WORD.lastIndex - (next[1].length - word.word.length) });
      if (word.cut) break;
    }
    for (let length = following.length + 1; length >= 1; length--) {
      const joined = length === 1 ? head : [head, ...following.slice(0, length - 1).map((next) => next.word)].join(' ');
      const key = withoutClosingPunctuation(joined);
      const entity = key ? formTarget(matcher, key) : undefined;
      if (!entity) continue;
      // White space between words may be anything: measure the end from the last word, less its trimmed punctuation.
      const lastEnd = length === 1 ? match.index + first.length : following[length - 2].end;
      const start = match.index + lead;
      const end = lastEnd - (joined.length - key.length);
      found.push({ start, end, text: text.slice(start, end), entity });
      // Carry on after the form: its words are used up.
      FORM_START.lastIndex = lastEnd;
      break;
    }
  }
  return found;
}

/** Every mention in a text, left to right; a dispute phrase wins over a name it overlaps ("Junior doctors' strike"). */
export function findMatches(matcher: CompiledMatcher, text: string): TextMatch[] {
  const names = findForms(matcher, text);
  // Every dispute phrase names the doctors or is a hashtag: most text can skip the regex.
  if (!text.includes('octors') && !text.includes('OCTORS') && !text.includes('#')) return names;
  const disputes: TextMatch[] = [];
  for (const match of text.matchAll(matcher.disputePattern)) {
    disputes.push({ start: match.index, end: match.index + match[0].length, text: match[0], entity: DISPUTE });
  }
  if (!disputes.length) return names;
  const outside = names.filter(
    (name) => !disputes.some((dispute) => dispute.start < name.end && name.start < dispute.end),
  );
  return [...disputes, ...outside].sort((a, b) => a.start - b.start);
}
/** Where a resolved mention points: the values of `data-entity-kind` and `data-entity-id`. */
export interface ResolvedEntity {
  kind: 'mp' | 'bill' | 'dispute';
  /** An MNIS id, a bill id or the dispute's id; several ids, comma-separated, for an ambiguous name. */
  id: string;
  ambiguous: boolean;
}

/** Picks the entity a name means at the article's date: the one MP then in the Commons, the bill of that session. */
function resolveEntity(
  entity: Exclude<EntityRef, { kind: 'surname' } | { kind: 'actref' }>,
  articleDate: string,
): ResolvedEntity {
  if (entity.kind === 'dispute') return { kind: 'dispute', id: DISPUTE_ID, ambiguous: false };
  if (entity.kind === 'bill') {
    // The latest bill of that name already before Parliament at the article's date, else the earliest.
    const latestFirst = [...entity.candidates].sort((a, b) => b.since.localeCompare(a.since));
    const chosen = latestFirst.find((bill) => bill.since <= articleDate) ?? latestFirst[latestFirst.length - 1];
    return { kind: 'bill', id: chosen.id, ambiguous: false };
  }
  if (entity.candidates.length === 1) return { kind: 'mp', id: String(entity.candidates[0].id), ambiguous: false };
  const serving = entity.candidates.filter((candidate) =>
    candidate.spells.some(([from, to]) => (from === null || from <= articleDate) && (to === null || articleDate <= to)),
  );
  if (serving.length === 1) return { kind: 'mp', id: String(serving[0].id), ambiguous: false };
  const pool = serving.length ? serving : entity.candidates;
  return { kind: 'mp', id: pool.map((candidate) => candidate.id).join(','), ambiguous: true };
}
