/**
 * What reading a page has learned so far, and what makes found text into
 * mentions: the light half of annotating, in the content script from the
 * start. Deciding what a run of text names (annotate.ts) comes with the whole
 * matcher, only once the first look finds something (entrypoints/page-reader.ts).
 */
import type { TextMatch } from '../matching/find';
import type { CompiledMatcher, ResolvedEntity } from '../matching/packed-format';
import type { DisputePage } from '../matching/dispute';
import { MentionIndex, type Mention } from './mention-index';

export type { Mention } from './mention-index';

export interface AnnotateOptions {
  /** Compiled for the article's date: names already mean the MP or bill of that date. */
  matcher: CompiledMatcher;
  /**
   * Whether MP names may be annotated at all (the page is about UK politics). A function is asked only when
   * a name is first found: reading a whole page's text to decide costs milliseconds most pages need not spend.
   */
  allowPeople: boolean | (() => boolean);
  /** Most wrapped mentions per entity on one page; later ones are left plain. */
  maxPerEntity: number;
}

export function allowsPeople(options: Pick<AnnotateOptions, 'allowPeople'>): boolean {
  return typeof options.allowPeople === 'function' ? options.allowPeople() : options.allowPeople;
}

/** What annotating a page has learned so far, kept across blocks and across later additions to the page. */
export interface PageState {
  /** Mentions found per entity (`kind:id`), for the per-page cap; a mention the page takes away no longer counts. */
  counts: Map<string, number>;
  /** The mentions found, by the text nodes they cover. */
  found: MentionIndex;
  /**
   * Surname form → the MPs this page has named in full with it, each with where it first did. A surname alone
   * counts only after that place in the page, so that going over the same text again (a new matcher, a changed
   * block) never links a surname that comes before the full name.
   */
  namedBySurname: Map<string, Map<number, TextPosition>>;
  /** Bills the page has named, each with where it first did, so that "the 2012 Act" can follow (only after it). */
  namedBills: Map<string, TextPosition>;
  /** The page's whole text as the first look read it (`pageText`), when it has been: page-wide rules read it. */
  pageText?: string;
  /** The elements of the page's main text (null: the page has none to go by), found when first needed. */
  mainText?: Element[] | null;
  /**
   * Surname form → the MPs of that surname the page's main text names in full anywhere, found when first needed: a
   * headline's surname may come before the article's full name ("Contract will be imposed - Hunt").
   */
  namedInMainText?: Map<string, Set<number>>;
  /**
   * The main text's elements' text (`mainTextSample`), read once when a surname is first looked up in it: a long page
   * asks for many.
   */
  mainTextTexts?: string[];
  /** What the page as a whole says of the dispute, read when the dispute is first found. */
  disputePage?: DisputePage;
  /** Whether the page names the dispute anywhere, read when a surname alone first needs it. */
  aboutTheDispute?: boolean;
}

/** A place in the page: a text node and a character offset in it. */
export interface TextPosition {
  node: Text;
  offset: number;
}

export function createPageState(): PageState {
  return { counts: new Map(), found: new MentionIndex(), namedBySurname: new Map(), namedBills: new Map() };
}

/** Mentions found in one run of text: the run as it was read, and where each mention is in its text. */
export interface FoundInRun {
  run: Text[];
  text: string;
  starts: number[];
  found: { match: TextMatch; entity: ResolvedEntity }[];
}

/** An entity's key in the per-page cap. */
export function entityKey(entity: Pick<ResolvedEntity, 'kind' | 'id'>): string {
  return `${entity.kind}:${entity.id}`;
}

/**
 * Makes what `findInRun` found into ranges over the run's text nodes, and
 * adds them to the page's index. A run the page has changed since it was read
 * gives none, and its mentions no longer count (the page's own change brings
 * it back to be read again).
 */
export function mentionsOf({ run, text, starts, found }: FoundInRun, state: PageState): Mention[] {
  if (!run.every((node) => node.parentNode) || run.map((node) => node.data).join('') !== text) {
    for (const { entity } of found) uncount(entity, state);
    return [];
  }
  const document = run[0].ownerDocument;
  const pointAt = (at: number, end: boolean): [Text, number] => {
    // An end point that falls on a node's edge stays in the node before it: the range then covers no empty node.
    let index = run.length - 1;
    while (index > 0 && (end ? starts[index] >= at : starts[index] > at)) index--;
    return [run[index], at - starts[index]];
  };
  return found.map(({ match, entity }) => {
    const range = document.createRange();
    range.setStart(...pointAt(match.start, false));
    range.setEnd(...pointAt(match.end, true));
    const nodes = run.filter(
      (node, index) => starts[index] < match.end && starts[index] + node.data.length > match.start,
    );
    const mention: Mention = { entity, text: match.text, range, nodes };
    state.found.add(mention);
    return mention;
  });
}

/** A mention the page has taken away, or one never drawn, no longer counts against its entity's cap. */
export function uncount(entity: Pick<ResolvedEntity, 'kind' | 'id'>, state: PageState): void {
  const key = entityKey(entity);
  const seen = state.counts.get(key) ?? 0;
  if (seen > 1) state.counts.set(key, seen - 1);
  else state.counts.delete(key);
}
