/**
 * Finds mentions in a page, each as a live `Range` over the page's own text
 * nodes. Text is read per block (a paragraph, a list item, a heading), not per
 * text node, so that a name split across inline elements
 * (`<a>Wes</a> Streeting`) is still found, as one range.
 *
 * Nothing in the page is changed: Bevan draws its ranges as highlights
 * (utils/page/highlights.ts). A page's framework keeps every node it made, so
 * it can go on updating them. Text already found is skipped on later runs
 * (`MentionIndex`), so annotating twice finds nothing new. Work comes one block
 * at a time (`textRuns`), so that the content script can spread a long page
 * over short idle slices.
 */
import { findMatches, surnamesOf, type TextMatch } from '../matching/find';
import { disputePageOf, findDisputes } from '../matching/dispute';
import { formKey, type CompiledMatcher, type ResolvedEntity } from '../matching/packed-format';
import { hasUkPoliticalContext } from './article';
import { MONTHS } from '../dates';
import { inMainText, mainTextOf, mainTextSample } from './main-text';
import {
  allowsPeople,
  createPageState,
  entityKey,
  mentionsOf,
  type AnnotateOptions,
  type FoundInRun,
  type Mention,
  type PageState,
  type TextPosition,
} from './page-state';
import { textRuns } from './text-walkers';

/** Whether `a` comes before `b` in the page. A place no longer in the page (removed content) counts as before. */
function comesBefore(a: TextPosition, b: TextPosition): boolean {
  if (a.node === b.node) return a.offset < b.offset;
  const relation = a.node.compareDocumentPosition(b.node);
  return Boolean(relation & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_DISCONNECTED));
}

/** Annotates one run of text; returns the mentions it found, each as a range over the run's nodes. */
export function annotateRun(run: Text[], options: AnnotateOptions, state: PageState): Mention[] {
  const found = findInRun(run, options, state);
  return found ? mentionsOf(found, state) : [];
}

/**
 * The mentions of one run, decided (and counted against the per-page cap),
 * or null when there are none. `mentionsOf` makes them ranges.
 */
export function findInRun(run: Text[], options: AnnotateOptions, state: PageState): FoundInRun | null {
  // Each node's text is read once: reading `data` is a call into the browser.
  const datas = run.map((node) => node.data);
  const text = datas.join('');
  const starts: number[] = [];
  let offset = 0;
  for (const data of datas) {
    starts.push(offset);
    offset += data.length;
  }
  const positionOf = (at: number): TextPosition => {
    let index = starts.length - 1;
    while (index > 0 && starts[index] > at) index--;
    return { node: run[index], offset: at - starts[index] };
  };
  const found: FoundInRun['found'] = [];
  // Text found before stays in the run, so that the words around a mention read the same on a second pass;
  // nothing that overlaps a mention already found is found again.
  const overlapsFound = (match: TextMatch) => {
    for (let index = 0; index < run.length && starts[index] < match.end; index++) {
      if (match.start >= starts[index] + datas[index].length) continue;
      for (const mention of state.found.on(run[index])) {
        const from = offsetInRun(mention.range.startContainer, mention.range.startOffset, run, starts);
        const to = offsetInRun(mention.range.endContainer, mention.range.endOffset, run, starts);
        // A mention reaching outside this run (the page moved text) counts as overlapping: it is checked again
        // when the page's change is read.
        if (from === null || to === null || (from < match.end && match.start < to)) return true;
      }
    }
    return false;
  };
  // Left to right: a full name earlier in the text licenses a surname later.
  for (const match of findMatches(options.matcher, text)) {
    if (overlapsFound(match)) continue;
    const entity = decide(match, text, options, state, positionOf(match.start));
    if (!entity) continue;
    const key = entityKey(entity);
    const seen = state.counts.get(key) ?? 0;
    if (seen >= options.maxPerEntity) continue;
    state.counts.set(key, seen + 1);
    found.push({ match, entity });
  }
  return found.length ? { run, text, starts, found } : null;
}

/** Where a boundary point is in a run's text, or null when its node is not one of the run's. */
function offsetInRun(node: Node, offset: number, run: Text[], starts: number[]): number | null {
  const index = run.indexOf(node as Text);
  return index < 0 ? null : starts[index] + offset;
}

/** Characters either side of a surname that its tests read ("… between February and May"). The "…" that stands for cut text matches none of them, so `^` still means the start of the block. */
const CONTEXT_WINDOW = 60;
const TITLE_BEFORE = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$/;
const SENTENCE_START = /(?:^|[.!?:;]["”’']?|["“‘])\s*$/;
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an|The|A|An)\s+$/;
const CAPITALISED_WORD_BEFORE = /[A-ZÀ-Þ][\p{L}'’-]*\s+$/u;
const CAPITALISED_WORD_AFTER = /^\s+[A-ZÀ-Þ]/;
/** A post before a surname reads like a title: "Health Secretary Hunt", "Lewisham East MP Alexander". */
const POST_BEFORE = /(?:^|\s)(?:MP|Secretary|Minister|Chancellor|Leader|Speaker)\s+$/;
/**
 * A possessive and a capitalised word: "Harper's Bazaar" is a magazine, not Mark Harper's. A party, an acronym and
 * a few words of government still follow an MP's name ("Streeting's Labour colleagues", "Hunt's NHS plan").
 */
const NAMED_THING_AFTER =
  /^['’]s\s+(?!(?:Labour|Conservative|Tory|Tories|Liberal|Reform|Green|Government|Cabinet|[A-ZÀ-Þ]{2,}\b))[A-ZÀ-Þ]/;
/** Another one-word name and "and" before: "Eugenie and Jack" are two people's first names. */
const NAME_AND_BEFORE = /(?:^|[^A-Za-zÀ-ÿ'’-])([A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:and|&)\s+$/;
/** "a dog called Norman": a name given, not an MP's. */
const GIVEN_NAME_BEFORE = /(?:^|\s)(?:called|named|dubbed|nicknamed)\s+$/;
/**
 * What a person does, after a surname that opens a sentence: "Streeting said", "Flynn raises". Without it, a word
 * opening a sentence is as likely an ordinary word ("Hunt for the killer").
 */
const PERSON_VERB_AFTER =
  /^\s+(?:said|says|told|tells|wrote|writes|ha[sd]|was|will|would|also|(?:add|insist|claim|warn|vow|call|admit|respond|confirm|defend|suggest)(?:ed|s)|(?:argue|urge|pledge|promise|raise|announce|accuse)[ds]|(?:repl|den)(?:ied|ies)|stress(?:ed|es))\b/;
const MONTH_WORDS = new Set<string>(MONTHS);
const MONTH_NAMES = MONTHS.join('|');
/** "in May", "5 May", "between February and May", "April or May": the month, not the MP. */
const DATE_CONTEXT_BEFORE = new RegExp(
  String.raw`(?:\d|\b(?:in|since|until|till|by|of|last|next|early|late|mid|this|from|to|during|before|after|between)|\b(?:${MONTH_NAMES}),?\s+(?:and|or|to|until|till))\s*$`,
  'i',
);
const DATE_CONTEXT_AFTER = new RegExp(String.raw`^(?:\s*\d|,?\s+(?:and|or|to|until|till)\s+(?:${MONTH_NAMES})\b)`);

/** Characters either side of a name read for politics around it. */
const POLITICS_WINDOW = 200;

/** Which entity a match stands for here, or null when it should be left plain. */
function decide(
  match: TextMatch,
  text: string,
  options: AnnotateOptions,
  state: PageState,
  at: TextPosition,
): ResolvedEntity | null {
  const { entity } = match;
  if (entity.kind === 'dispute') {
    // The campaign's hashtag is the dispute anywhere. Otherwise, a page about Scotland's or Wales's doctors, or one
    // that never names the NHS, is not England's dispute; medics alone are only on a page of junior doctors.
    if (match.text.startsWith('#')) return entity;
    const page = (state.disputePage ??= disputePageOf(
      options.matcher.cues.dispute,
      state.pageText ?? textOfPage(at.node),
    ));
    if (page.otherNation || !page.namesNhs) return null;
    return match.needsNamedDoctors && !page.namesDoctors ? null : entity;
  }
  if (entity.kind === 'actref') {
    // As with surnames: only after where the page first named the bill, so that a second pass links no more.
    const named = entity.candidates.filter(
      (id) => state.namedBills.has(id) && comesBefore(state.namedBills.get(id)!, at),
    );
    const before = text.slice(Math.max(0, match.start - 4), match.start);
    return named.length === 1 && /\bthe $/i.test(before) ? { kind: 'bill', id: named[0], ambiguous: false } : null;
  }
  if (entity.kind === 'bill') {
    const id = entity.sharedBy ? sharedBillMeant(entity.id, entity.sharedBy, options.matcher, state, at) : entity.id;
    if (!state.namedBills.has(id)) state.namedBills.set(id, at);
    return { kind: 'bill', id, ambiguous: false };
  }
  if (entity.kind !== 'surname') {
    if (entity.kind !== 'mp') return entity;
    if (!allowsPeople(options)) return null;
    // A name whose MP was first elected years after the article: a namesake's, unless politics is said around it.
    if (entity.electedLater) {
      const around = text.slice(Math.max(0, match.start - POLITICS_WINDOW), match.end + POLITICS_WINDOW);
      if (!hasUkPoliticalContext(around, 1)) return null;
    }
    // A post ("the Health Secretary") is not the MP named in full: their surname alone is not licensed by it.
    if (!entity.ambiguous && !match.role) remember(Number(entity.id), options.matcher, state, at);
    return { kind: entity.kind, id: entity.id, ambiguous: entity.ambiguous };
  }
  if (!allowsPeople(options)) return null;
  // A bare surname: only for the one MP of that surname the page has named in full, and only where it reads as a name.
  const named = state.namedBySurname.get(formKey(match.text));
  let candidates = named ? entity.candidates.filter((id) => named.has(id) && comesBefore(named.get(id)!, at)) : [];
  // Only in the page's main text, where the MP was named in full: not in a sidebar's or a teaser's words.
  const mainText = mainTextFor(state, at.node);
  if (!inMainText(mainText, at.node)) return null;
  // None named before: one the main text names in full further on (a headline's or a standfirst's surname).
  if (!candidates.length && mainText) {
    const later = namedInFullIn(mainText, match.text, options.matcher, state);
    candidates = entity.candidates.filter((id) => later.has(id));
  }
  // None named in full: on a page about the dispute, the Health Secretary of the article's date, whom such pages
  // name by surname alone ("Streeting called for an end to the dispute").
  if (!candidates.length) {
    const secretary = options.matcher.roleHolders?.get(DISPUTE_MINISTER);
    if (secretary !== undefined && entity.candidates.includes(secretary) && aboutTheDispute(options, state, at)) {
      candidates = [secretary];
    }
  }
  if (candidates.length !== 1) return null;
  // The few words around the surname decide; a window keeps each test short on long paragraphs.
  const from = Math.max(0, match.start - CONTEXT_WINDOW);
  const before = (from > 0 ? '…' : '') + text.slice(from, match.start);
  const after = text.slice(match.end, match.end + CONTEXT_WINDOW);
  if (MONTH_WORDS.has(match.text) && (DATE_CONTEXT_BEFORE.test(before) || DATE_CONTEXT_AFTER.test(after))) return null;
  if (CAPITALISED_WORD_AFTER.test(after) || NAMED_THING_AFTER.test(after) || GIVEN_NAME_BEFORE.test(before))
    return null;
  const otherName = before.match(NAME_AND_BEFORE)?.[1];
  if (otherName && !state.namedBySurname.has(otherName) && !TITLE_BEFORE.test(`${otherName} `)) return null;
  if (!TITLE_BEFORE.test(before) && !POST_BEFORE.test(before)) {
    const opensSentence = SENTENCE_START.test(before);
    if (opensSentence && (MONTH_WORDS.has(match.text) || !PERSON_VERB_AFTER.test(after))) return null;
    if (ARTICLE_BEFORE.test(before) || (!opensSentence && CAPITALISED_WORD_BEFORE.test(before))) return null;
  }
  return { kind: 'mp', id: String(candidates[0]), ambiguous: false };
}

/**
 * Which bill a name several sessions' bills share ("the NHS Bill") means on this page: the one the page last named
 * before it, else the latest the page names in full anywhere ("the National Health Service Bill 2015-16"), else the
 * one for the article's date (`chosen`). `sharedBy` lists them all, latest first.
 */
function sharedBillMeant(
  chosen: string,
  sharedBy: readonly string[],
  matcher: CompiledMatcher,
  state: PageState,
  at: TextPosition,
): string {
  let last: [string, TextPosition] | null = null;
  for (const id of sharedBy) {
    const named = state.namedBills.get(id);
    if (named && comesBefore(named, at) && (!last || comesBefore(last[1], named))) last = [id, named];
  }
  if (last) return last[0];
  const text = formKey(state.pageText ?? textOfPage(at.node));
  const fullNames = fullBillNames(matcher);
  return sharedBy.find((id) => fullNames.get(id)?.some((name) => text.includes(name))) ?? chosen;
}

/** Each bill's names that are its alone (a title with its session, "… Act 2012"), read once per matcher. */
const fullNamesOf = new WeakMap<CompiledMatcher, Map<string, string[]>>();
function fullBillNames(matcher: CompiledMatcher): Map<string, string[]> {
  let names = fullNamesOf.get(matcher);
  if (!names) {
    const found = new Map<string, string[]>();
    matcher.targets.forEach((target, index) => {
      if (!target.startsWith('bill ') || target.includes('|')) return;
      const id = target.slice('bill '.length);
      found.set(id, [...(found.get(id) ?? []), matcher.names[index]]);
    });
    fullNamesOf.set(matcher, (names = found));
  }
  return names;
}

/** The text of the page a node is in, for page-wide rules where the first look's text is not at hand. */
function textOfPage(node: Node): string {
  return node.ownerDocument?.body?.textContent ?? node.textContent ?? '';
}

/** The page's main text, found the first time a rule needs it. */
function mainTextFor(state: PageState, node: Node): Element[] | null {
  if (state.mainText === undefined) {
    const body = node.ownerDocument?.body;
    state.mainText = body ? mainTextOf(body) : null;
  }
  return state.mainText;
}

/** The post the dispute was with: its holder is who a page about the dispute means by their surname. */
const DISPUTE_MINISTER = 'health-secretary';

const DISPUTE_PAGE_SAMPLE = 200_000;

/** Whether the page as a whole names England's doctors' dispute, read once. */
function aboutTheDispute(options: AnnotateOptions, state: PageState, at: TextPosition): boolean {
  if (state.aboutTheDispute === undefined) {
    // As much of the page as any article: a huge page is not searched whole.
    const text = (state.pageText ?? textOfPage(at.node)).slice(0, DISPUTE_PAGE_SAMPLE);
    const sources = options.matcher.cues.dispute;
    const page = (state.disputePage ??= disputePageOf(sources, text));
    state.aboutTheDispute =
      !page.otherNation &&
      page.namesNhs &&
      findDisputes(sources, text).some((span) => !span.needsNamedDoctors || page.namesDoctors);
  }
  return state.aboutTheDispute;
}

/** Words before a surname read for the full name that ends with it: a given name, a middle name, a title. */
const FULL_NAME_REACH = 40;

/** The MPs the main text names in full with this surname, anywhere in it. */
function namedInFullIn(mainText: Element[], surname: string, matcher: CompiledMatcher, state: PageState): Set<number> {
  const known = (state.namedInMainText ??= new Map());
  const key = formKey(surname);
  let named = known.get(key);
  if (named) return named;
  named = new Set();
  for (const text of (state.mainTextTexts ??= mainTextSample(mainText))) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      // Only the forms that end with this surname: the full name it stands for.
      for (const found of findMatches(matcher, text.slice(Math.max(0, at - FULL_NAME_REACH), end))) {
        const { entity } = found;
        if (
          entity.kind === 'mp' &&
          !entity.ambiguous &&
          !found.role &&
          found.text.includes(' ') &&
          found.end === Math.min(at, FULL_NAME_REACH) + surname.length
        )
          named.add(Number(entity.id));
      }
    }
  }
  known.set(key, named);
  return named;
}

function remember(personId: number, matcher: CompiledMatcher, state: PageState, at: TextPosition): void {
  // A surname alone counts only where the page named the MP in full in its main text.
  if (!inMainText(mainTextFor(state, at.node), at.node)) return;
  for (const surname of surnamesOf(matcher, personId)) {
    const named = state.namedBySurname.get(surname) ?? new Map<number, TextPosition>();
    if (!named.has(personId)) named.set(personId, at);
    state.namedBySurname.set(surname, named);
  }
}

/** Annotates everything under `root` at once (tests and small additions); the content script slices the same work. */
export function annotatePage(root: Node, options: AnnotateOptions, state = createPageState()): Mention[] {
  const mentions: Mention[] = [];
  for (const run of textRuns(root)) mentions.push(...annotateRun(run, options, state));
  return mentions;
}
