/**
 * The page's half of matching: finds the forms the background packed (pack.ts)
 * in a page's text. The page only splits the packed strings (`unpackMatcher`).
 * This module comes to a page with the page reader (utils/page/reader-contract.ts),
 * once the first look (first-look.ts, in the content script) finds something.
 *
 * Finding names is a word-by-word table lookup, not one big regex: a
 * combined, escaped alternation of ~6,000 names scans fast once compiled, but
 * V8 spent ~30 ms compiling it on every page, which is most of Bevan's budget
 * on a page with nothing to annotate. Looking up each capitalised word, and
 * the few words after it, in a Map costs no compilation and about as much
 * scanning. Word boundaries come for free ("Hunter" is not "Hunt", and
 * "Corbynmania" is not "Corbyn"); a possessive ("Hunt's") and surrounding
 * punctuation are trimmed. The dispute is found by meaning (dispute.ts).
 *
 * The first look at a whole page (`cueScanner`) is one regex after all, but
 * of first words only: about 600, a tenth of the forms, which V8 compiles and
 * runs over a typical page in under a millisecond. Those cues are the same at
 * every article date (`packCues`), so a content script asks for them alone,
 * and reads the article's date and asks for the rest only once they find
 * something: most pages name nobody. On a page not about UK politics, only a
 * bill can begin a mention, so the first look reads on for bills' first
 * words.
 *
 * Bills' titles of three words or more that end in "Bill" or "Act" are also
 * found in any case ("the health and social care bill", "THE NHS REINSTATEMENT
 * BILL"): from each "bill" or "act", the words before it are compared with
 * those titles (`titleEndingAt`). A regex of the titles with flag `i` read a
 * 5 MB text six times slower than the same regex without it, and flags `i`
 * and `u` together are slower still in V8; "bill" and "act" are found by a
 * regex with their cases spelled out, and the few titles compared in script.
 * Shorter titles keep their capitals: "care bill" and "NHS bill" are also
 * ordinary words.
 */
import { DISPUTE_ID } from '../data/ids';
import { findRoleMentions, unpackHolders, type Holders } from './roles';
import { findDisputes } from './dispute';
import { AFTER_INVERTED, TITLE_WORD, capitalsAsName, isAllCaps, oneLetterApart, titleCased } from './press-forms';
import { titleEndingAt, unpackCues } from './first-look';
import {
  LETTER,
  lowerBound,
  straightened,
  type CompiledMatcher,
  type Cues,
  type FormTarget,
  type PackedMatcher,
  type ResolvedEntity,
} from './packed-format';

/**
 * Content-script side: the regexes and tables from a packed matcher, each
 * made on first use. A page the first look (`cueScanner`) passes over needs
 * only the cues.
 */
export function unpackMatcher(packed: PackedMatcher): CompiledMatcher {
  let names: string[] | undefined;
  let targets: string[] | undefined;
  let surnameLines: string[] | undefined;
  let cues: Cues | undefined;
  let anyCaseBillTargets: Map<string, FormTarget> | undefined;
  let roleHolders: Holders | undefined;
  return {
    version: packed.version,
    get roleHolders() {
      return (roleHolders ??= typeof packed.roles === 'string' ? unpackHolders(packed.roles) : new Map());
    },
    get anyCaseBillTargets() {
      if (!anyCaseBillTargets) {
        anyCaseBillTargets = new Map();
        const wanted = new Set(this.cues.anyCaseBills);
        const names = this.names;
        this.targets.forEach((line, index) => {
          if (!line.startsWith('bill ')) return;
          const key = names[index].toLowerCase();
          if (wanted.has(key) && !anyCaseBillTargets!.has(key)) anyCaseBillTargets!.set(key, parseTarget(line)!);
        });
      }
      return anyCaseBillTargets;
    },
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
  };
}

/** "bill" and "act" as words, in the cases a page writes them. */
const BILL_OR_ACT = new RegExp(`(?<![${LETTER}])(?:[Bb]ill|BILL|[Aa]ct|ACT)(?![${LETTER}])`, 'g');
/** Bills' titles written in any case in a text, left to right. */
function findAnyCaseBills(matcher: CompiledMatcher, text: string): TextMatch[] {
  const titles = matcher.cues.anyCaseBills;
  const found: TextMatch[] = [];
  if (!titles.length) return found;
  const pattern = new RegExp(BILL_OR_ACT);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const title = titleEndingAt(titles, text, end);
    const entity = title && matcher.anyCaseBillTargets.get(title.title);
    if (title && entity) found.push({ start: title.start, end, text: text.slice(title.start, end), entity });
  }
  return found;
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
  if (formBeginsAt(matcher, text, at, straightened)) return true;
  // A name in capitals ("KELVIN HOPKINS", "I DUNCAN SMITH") is read as its MP's is written.
  return (
    CAPITALS_AHEAD.test(text.slice(at, at + 40)) &&
    formBeginsAt(matcher, text, at, (word) => titleCased(straightened(word)))
  );
}

/** Two capitals together: a name may be written in capitals there. */
const CAPITALS_AHEAD = /[A-ZÀ-Þ]{2}/;

function formBeginsAt(matcher: CompiledMatcher, text: string, at: number, spell: (word: string) => string): boolean {
  const names = matcher.names;
  let before = '';
  WORD_AFTER.lastIndex = at;
  for (let found = WORD_AFTER.exec(text); found; found = WORD_AFTER.exec(text)) {
    const word = spell(found[1]);
    // A surname and a comma may begin an inverted name in a list ("Argar, Edward"), read with the words after it.
    if (!before && word.endsWith(',') && names[lowerBound(names, word.slice(0, -1))] === word.slice(0, -1)) return true;
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
  if (kind.startsWith('mp')) {
    // "mp?" ambiguous, "mp+" first elected well after the article's date (pack.ts).
    const entity: FormTarget = { kind: 'mp', id, ambiguous: kind.includes('?') };
    return kind.endsWith('+') ? { ...entity, electedLater: true } : entity;
  }
  if (kind === 'bill') {
    const [chosen, shared] = id.split('|');
    return shared
      ? { kind, id: chosen, ambiguous: false, sharedBy: shared.split(',') }
      : { kind, id, ambiguous: false };
  }
  return null;
}

const DISPUTE: ResolvedEntity = { kind: 'dispute', id: DISPUTE_ID, ambiguous: false };

/** A match in a text: where it is and which entity it names. */
export interface TextMatch {
  start: number;
  end: number;
  text: string;
  entity: FormTarget;
  /** Set when the words name a post ("the Health Secretary"), not the person: utils/matching/roles.ts. */
  role?: string;
  /** The dispute said only of medics or doctors in training: it counts on a page that names junior doctors too. */
  needsNamedDoctors?: boolean;
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
      // A first name in capitals ("WES Streeting", "BORIS JOHNSON"), as a name of its MP is written.
      if (isAllCaps(bare)) longest = Math.max(longest, longestFormFrom(matcher, titleCased(bare)));
      if (met.size >= MOST_WORDS_MET) met.clear();
      met.set(match[0], longest);
    }
    if (!longest) continue;
    // "Argar, Edward (Melton and Syston)": a surname and a comma may begin an inverted name in a list.
    if (head.charCodeAt(head.length - 1) === 44 && !glued.cut) {
      // A capitalised word before is part of the surname ("Kyrke Smith, Laura" is Laura Kyrke-Smith, not Laura Smith).
      const before = lead ? undefined : WORD_BEFORE.exec(source.slice(Math.max(0, match.index - 40), match.index));
      const surname = head.slice(0, -1);
      const surnames = before ? [`${before[1]}-${surname}`, `${before[1]} ${surname}`] : [surname];
      const inverted = invertedName(matcher, source, match.index + match[0].length, surnames);
      if (inverted) {
        const start = before ? match.index - before[0].length + before[0].search(/\S/) : match.index + lead;
        found.push({ start, end: inverted.end, text: text.slice(start, inverted.end), entity: inverted.entity });
        FORM_START.lastIndex = inverted.end;
        continue;
      }
    }
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
    let named = false;
    for (let length = following.length + 1; length >= 1; length--) {
      const joined = length === 1 ? head : [head, ...following.slice(0, length - 1).map((next) => next.word)].join(' ');
      const key = withoutClosingPunctuation(joined);
      // White space between words may be anything: measure the end from the last word, less its trimmed punctuation.
      const lastEnd = length === 1 ? match.index + first.length : following[length - 2].end;
      const end = lastEnd - (joined.length - key.length);
      const entity = key ? (formTarget(matcher, key) ?? headlineCapitals(matcher, key, source, end)) : undefined;
      if (!entity) continue;
      named = true;
      const start = match.index + lead;
      found.push({ start, end, text: text.slice(start, end), entity });
      // Carry on after the form: its words are used up.
      FORM_START.lastIndex = lastEnd;
      break;
    }
    // "Diane Abbot": a first name, and a surname one letter from the only MP's of that first name it can be.
    if (!named && following.length && longest >= 2) {
      const surname = withoutClosingPunctuation(following[0].word);
      const entity = misspeltName(matcher, withoutClosingPunctuation(head), surname);
      if (entity) {
        const start = match.index + lead;
        const end = following[0].end - (following[0].word.length - surname.length);
        found.push({ start, end, text: text.slice(start, end), entity });
        FORM_START.lastIndex = end;
      }
    }
  }
  return found;
}

/** A full name in capitals, as `inCapitals`, where it reads as one the press wrote so (`readAsHeadline`). */
function headlineCapitals(matcher: CompiledMatcher, key: string, source: string, end: number): FormTarget | undefined {
  const entity = inCapitals(matcher, key);
  return entity && readAsHeadline(key, source, end) ? entity : undefined;
}

/**
 * Two capitals at a word's start, as `titleCased` changes: most runs of words have none, and then no word of theirs is
 * written in capitals.
 */
const CAPITALS_AT_WORD_START = /(?<!\S)[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]/;

/** A full name written in capitals, or partly, as its MP's: "WES Streeting". Never a surname alone or a bill. */
function inCapitals(matcher: CompiledMatcher, key: string): FormTarget | undefined {
  if (!key.includes(' ') || !CAPITALS_AT_WORD_START.test(key)) return undefined;
  const asName = capitalsAsName(key);
  if (asName === key) return undefined;
  const entity = formTarget(matcher, asName);
  return entity?.kind === 'mp' ? entity : undefined;
}

/** A capitalised word just before a word, and the space between: "Kyrke " in "Kyrke Smith, Laura". */
const WORD_BEFORE = /(?:^|\s)([A-ZÀ-Þ][A-Za-zÀ-ÿ'-]*)\s+$/;

/**
 * The next two words, in capitals: a headline goes on after a name ("BORIS JOHNSON FACES REBELLION"); a report's
 * first word in capitals after a byline ("TOM ELLIOTT IT'S nice to think") is one word.
 */
const CAPITALS_AFTER = /^\S*\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?![a-zà-ÿ])/;

/**
 * Whether a name in capitals reads as one the press wrote so: a first name in capitals opening a report ("WES
 * Streeting has pledged"), or a name in a headline of capitals. A name in capitals alone (a byline, "TOM ELLIOTT") is
 * more often a writer's or a photographer's.
 */
function readAsHeadline(key: string, source: string, end: number): boolean {
  return !key.split(' ').every(isAllCaps) || CAPITALS_AFTER.test(source.slice(end, end + 60));
}

/** The words of an inverted name that may follow a surname and its comma, as far as a list's entry goes. */
const MOST_GIVEN_NAMES = 3;
const CAPITALISED = /^[A-ZÀ-Þ]/;

/**
 * An inverted name in a list, from after its surname's comma ("Argar, Edward", "Davies, Dr James"): where it ends and
 * whom it names, or null. Only where the entry ends with it: "After meeting Hunt, Jeremy Corbyn said" is prose.
 */
function invertedName(
  matcher: CompiledMatcher,
  source: string,
  from: number,
  surnames: readonly string[],
): { end: number; entity: FormTarget } | null {
  const given: { word: string; end: number }[] = [];
  NEXT_WORD.lastIndex = from;
  for (let next = NEXT_WORD.exec(source); next && given.length < MOST_GIVEN_NAMES; next = NEXT_WORD.exec(source)) {
    const word = next[1];
    if (!given.length && TITLE_WORD.test(word)) continue;
    const bare = withoutClosingPunctuation(word);
    if (!CAPITALISED.test(bare)) break;
    given.push({ word: bare, end: NEXT_WORD.lastIndex - (word.length - bare.length) });
    if (bare !== word) break;
  }
  for (let count = given.length; count >= 1; count--) {
    const end = given[count - 1].end;
    if (!AFTER_INVERTED.test(source.slice(end, end + 8))) continue;
    const names = given
      .slice(0, count)
      .map((name) => name.word)
      .join(' ');
    for (const surname of surnames) {
      const key = `${names} ${surname}`;
      const entity = formTarget(matcher, key) ?? inCapitals(matcher, key);
      if (entity?.kind === 'mp') return { end, entity };
    }
  }
  return null;
}

/** Surnames this short are left alone: one letter changes them into too many other names. */
const SHORTEST_MISSPELT = 5;

/**
 * The MP of a two-word name written with a one-letter slip in its surname ("Diane Abbot", "Margaret Greenwiod"), when
 * exactly one MP of that first name is that close. A misspelt form that is itself an MP's name is that MP's, found
 * before this is asked.
 */
function misspeltName(matcher: CompiledMatcher, first: string, surname: string): FormTarget | undefined {
  if (surname.length < SHORTEST_MISSPELT || !CAPITALISED.test(surname) || isAllCaps(surname)) return undefined;
  const prefix = `${first} `;
  let found: string | undefined;
  for (let index = lowerBound(matcher.names, prefix); index < matcher.names.length; index++) {
    const name = matcher.names[index];
    if (!name.startsWith(prefix)) break;
    const rest = name.slice(prefix.length);
    if (rest.includes(' ') || !oneLetterApart(rest, surname)) continue;
    if (found) return undefined;
    found = name;
  }
  const entity = found ? formTarget(matcher, found) : undefined;
  return entity?.kind === 'mp' ? entity : undefined;
}

/**
 * Every mention in a text, left to right. The dispute wins over a name it overlaps ("Junior doctors' strike"), but a
 * name that stands between its two terms stays the name's, and the terms are marked on their own.
 */
export function findMatches(matcher: CompiledMatcher, text: string): TextMatch[] {
  const names = withRoles(matcher, withAnyCaseBills(findForms(matcher, text), findAnyCaseBills(matcher, text)), text);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const disputes: TextMatch[] = findDisputes(matcher.cues.dispute, text).flatMap((span) => {
    const { terms, needsNamedDoctors } = span;
    const nameBetween =
      terms &&
      names.some(
        (name) => name.start >= span.start && name.end <= span.end && !terms.some((term) => overlaps(term, name)),
      );
    return (nameBetween ? terms : [span]).map(({ start, end }) => ({
      start,
      end,
      text: text.slice(start, end),
      entity: DISPUTE,
      ...(needsNamedDoctors ? { needsNamedDoctors } : {}),
    }));
  });
  if (!disputes.length) return names;
  const outside = names.filter((name) => !disputes.some((dispute) => overlaps(dispute, name)));
  return [...disputes, ...outside].sort((a, b) => a.start - b.start);
}

/** Only punctuation and "the" between two mentions: "Jeremy Hunt, the health secretary" or "the Prime Minister, David Cameron". */
const APPOSITION = /^[\s,(–—-]*(?:the\s+)?$/i;

/** Whether two mentions stand side by side, with only punctuation and "the" between. */
function nextTo(a: { start: number; end: number }, b: { start: number; end: number }, text: string): boolean {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return to >= from && to - from <= 8 && APPOSITION.test(text.slice(from, to));
}

/** Whether a name found stands (or may stand) for this MP. */
function standsFor(match: TextMatch, personId: number): boolean {
  const { entity } = match;
  if (entity.kind === 'surname') return entity.candidates.includes(personId);
  return entity.kind === 'mp' && entity.id.split(',').includes(String(personId));
}

/**
 * Names found, with the roles ("the Health Secretary") that overlap none of them: each stands for the MP then in
 * post. A role set beside the MP's own name ("Jeremy Hunt, the health secretary") adds nothing and is left out.
 */
function withRoles(matcher: CompiledMatcher, found: TextMatch[], text: string): TextMatch[] {
  const holders = matcher.roleHolders;
  if (!holders?.size) return found;
  const roles: TextMatch[] = findRoleMentions(text, holders)
    .filter((role) => !found.some((name) => name.start < role.end && role.start < name.end))
    .filter((role) => !found.some((name) => standsFor(name, role.personId) && nextTo(name, role, text)))
    .map(({ start, end, text: words, personId, role }) => ({
      start,
      end,
      text: words,
      entity: { kind: 'mp', id: String(personId), ambiguous: false },
      role,
    }));
  return roles.length ? [...found, ...roles].sort((a, b) => a.start - b.start) : found;
}

/** Forms found as written, with the bills' titles found in any case that overlap none of them, left to right. */
function withAnyCaseBills(names: TextMatch[], bills: TextMatch[]): TextMatch[] {
  const more = bills.filter((bill) => !names.some((name) => name.start < bill.end && bill.start < name.end));
  return more.length ? [...names, ...more].sort((a, b) => a.start - b.start) : names;
}
