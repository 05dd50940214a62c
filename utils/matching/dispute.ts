/**
 * The junior (resident) doctors' dispute in England, found by meaning: a fixed name of it, or a doctor term near an
 * action term in one sentence or headline ("Junior doctors prepare for longest strike in NHS history"). The words
 * that carry it are the mention, from the first of the two terms to the end of the last. A sentence that places the
 * doctors in Scotland, Wales or Northern Ireland is not England's dispute; whether a whole page is another nation's
 * is for the page to say (`disputePageOf`). The phrase lists are in dispute-phrases.ts.
 */
import { LETTER } from './packed-format';

/**
 * Words that may stand between a doctor term and its action term ("junior doctors prepare for longest strike"), with no
 * break of clause between them (dispute-phrases.ts, `CLAUSE_BREAK`).
 */
const MOST_WORDS_APART = 8;

interface Span {
  start: number;
  end: number;
}

export interface DisputeSpan extends Span {
  /**
   * Found by meaning: the doctor term and the action term, in text order. A name between them is the reader's to
   * hover ("Junior doctors, Jeremy Hunt said, will strike"), so the caller marks these two alone (`findMatches`).
   */
  terms?: readonly [Span, Span];
  /**
   * Said only of medics or doctors in training ("striking medics"): the dispute's only on a page that names junior or
   * resident doctors too.
   */
  needsNamedDoctors: boolean;
}

/** The "the" of "the doctors" (dispute-phrases.ts `THE`, which the content script does not carry). */
const THE_BEFORE = /^(?:[Tt]he|THE)\s+/;

const bounded = (source: string) => new RegExp(`(?<![${LETTER}])(?:${source})(?![${LETTER}])`, 'g');

/** The phrase lists' regexes, made once from the sources the background sent (`disputeSources`, in its order). */
interface DisputeRegexes {
  fixed: RegExp;
  doctors: RegExp;
  actions: RegExp;
  named: RegExp;
  otherNations: RegExp;
  england: RegExp;
  clauseBreak: RegExp;
}

let compiled: { sources: readonly string[]; regexes: DisputeRegexes } | undefined;

function regexesOf(sources: readonly string[]): DisputeRegexes | null {
  if (sources.length < 7) return null;
  if (compiled?.sources !== sources) {
    const [fixed, doctors, actions, named, otherNations, england, clauseBreak] = sources;
    compiled = {
      sources,
      regexes: {
        fixed: bounded(fixed),
        doctors: bounded(doctors),
        actions: bounded(actions),
        named: bounded(named),
        otherNations: bounded(otherNations),
        england: bounded(england),
        clauseBreak: new RegExp(clauseBreak),
      },
    };
  }
  return compiled.regexes;
}

/** Every doctor term holds one of these (`includes` is cheaper than any regex). */
const CLUES = ['octor', 'OCTOR', 'edics', 'EDICS'];
const NOT_FAIR_TAG = /#[Nn]ot[Ff]air/;

/** Whether a text may hold the dispute at all: most pages can skip its regexes (CSS colours are '#' too). */
export function mayNameDispute(text: string): boolean {
  return CLUES.some((clue) => text.includes(clue)) || NOT_FAIR_TAG.test(text);
}

/** The characters read either side of a doctor term for its sentence: a sentence is rarely longer. */
const SENTENCE_REACH = 240;
const SENTENCE_END = /[.!?](?=["”’')\]]*(?:\s|$))/g;

/** The sentence around `start`..`end` in `text`: from after the last sentence end before it to the next one after. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - SENTENCE_REACH);
  SENTENCE_END.lastIndex = from;
  for (let found = SENTENCE_END.exec(text); found && found.index < start; found = SENTENCE_END.exec(text)) {
    from = found.index + 1;
  }
  const limit = Math.min(text.length, end + SENTENCE_REACH);
  SENTENCE_END.lastIndex = end;
  const after = SENTENCE_END.exec(text);
  const to = after && after.index < limit ? after.index + 1 : limit;
  return { from, to };
}

const SPACE_RUNS = /\s+/g;
/** Words in a stretch of text between two terms. */
function wordsIn(text: string): number {
  const trimmed = text.trim();
  return trimmed ? (trimmed.match(SPACE_RUNS)?.length ?? 0) + 1 : 0;
}

/** Whether a piece of text matches a global regex somewhere. */
function holds(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** The dispute's mentions in a text, left to right, with the phrase lists' sources (`Cues.dispute`). */
export function findDisputes(sources: readonly string[], text: string): DisputeSpan[] {
  const regexes = mayNameDispute(text) ? regexesOf(sources) : null;
  if (!regexes) return [];
  const { fixed, doctors, actions, named, otherNations, clauseBreak } = regexes;
  const namesOtherNation = (words: string) => holds(otherNations, words);
  const found: DisputeSpan[] = [];
  const inEngland = (start: number, end: number, hashtag: boolean) => {
    if (hashtag) return true;
    const { from, to } = sentenceAround(text, start, end);
    return !namesOtherNation(text.slice(from, to));
  };

  fixed.lastIndex = 0;
  for (let match = fixed.exec(text); match; match = fixed.exec(text)) {
    const end = match.index + match[0].length;
    if (inEngland(match.index, end, match[0].startsWith('#'))) {
      found.push({ start: match.index, end, needsNamedDoctors: false });
    }
  }
  const overlapsFound = (start: number, end: number) => found.some((span) => span.start < end && start < span.end);

  doctors.lastIndex = 0;
  for (let match = doctors.exec(text); match; match = doctors.exec(text)) {
    // "the doctors" is marked from "doctors".
    const start = match.index + (THE_BEFORE.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length;
    if (overlapsFound(start, end)) continue;
    const sentence = sentenceAround(text, start, end);
    const words = text.slice(sentence.from, sentence.to);
    if (namesOtherNation(words)) continue;
    // The nearest action term in the sentence, either side, close enough to be said of these doctors.
    let best: { start: number; end: number; apart: number } | null = null;
    actions.lastIndex = 0;
    for (let action = actions.exec(words); action; action = actions.exec(words)) {
      const actionStart = sentence.from + action.index;
      const actionEnd = actionStart + action[0].length;
      if (actionStart < end && start < actionEnd) continue;
      const between = actionStart >= end ? text.slice(end, actionStart) : text.slice(actionEnd, start);
      const apart = wordsIn(between);
      if (apart > MOST_WORDS_APART || (best && apart >= best.apart) || clauseBreak.test(between)) continue;
      best = { start: actionStart, end: actionEnd, apart };
    }
    if (!best) continue;
    const doctorTerm = { start, end };
    const actionTerm = { start: best.start, end: best.end };
    const terms: [Span, Span] = start < best.start ? [doctorTerm, actionTerm] : [actionTerm, doctorTerm];
    // The terms never overlap (an action term inside the doctor term is passed over above).
    const span = { start: terms[0].start, end: terms[1].end };
    if (overlapsFound(span.start, span.end)) continue;
    found.push({ ...span, terms, needsNamedDoctors: !holds(named, match[0]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What a page's text says of the dispute as a whole. */
export interface DisputePage {
  /** The page names Scotland, Wales or Northern Ireland at least twice, and more often than England. */
  otherNation: boolean;
  /** The page names junior or resident doctors. */
  namesDoctors: boolean;
  /** The page names the NHS, the BMA, England or Westminster: resident doctors elsewhere (America's) are another story. */
  namesNhs: boolean;
}

/** Words that place a page in the NHS of England's politics. */
const NHS =
  /NHS|BMA|British Medical Association|Westminster|Downing Street|Whitehall|House of Commons|\bMPs?\b|[Hh]ealth [Ss]ecretary|Department of Health/;

/** How much of a page's text is read for it: enough for any article, bounded on huge pages. */
const PAGE_SAMPLE = 200_000;

export function disputePageOf(sources: readonly string[], pageText: string): DisputePage {
  const regexes = regexesOf(sources);
  if (!regexes) return { otherNation: false, namesDoctors: false, namesNhs: false };
  const text = pageText.length > PAGE_SAMPLE ? pageText.slice(0, PAGE_SAMPLE) : pageText;
  const count = (pattern: RegExp) => {
    pattern.lastIndex = 0;
    let found = 0;
    while (pattern.exec(text)) found++;
    return found;
  };
  const others = count(regexes.otherNations);
  const englandCount = count(regexes.england);
  return {
    otherNation: others >= 2 && others > englandCount,
    namesDoctors: holds(regexes.named, text),
    namesNhs: englandCount > 0 || NHS.test(text),
  };
}
