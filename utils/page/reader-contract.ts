/**
 * The contract between the content script and the page reader. Deciding what
 * a run of text names (annotate.ts, find.ts and their rules for roles, the
 * dispute, main text and press forms) is a script of its own, started in the
 * page's isolated world with the whole matcher, only once the first look finds
 * something: most pages name nobody, and every page paid to load it with the
 * content script. What shows mentions (highlights, and cards on hover, tap or
 * the keyboard) comes with it, as a page without a place to read has none.
 */
import type { CompiledMatcher } from '../matching/packed-format';
import type { PackedMatcher } from '../matcher/requests';
import type { AnnotateOptions, FoundInRun, PageState } from './page-state';
import type { Highlighter } from './highlights';
import type { MentionIndex } from './mention-index';
import type { PageCards } from './page-cards';

/** What shows a page's mentions: their highlights, and their cards on hover, tap or the keyboard. */
export interface PageUi {
  highlighter: Highlighter;
  cards: PageCards;
}

export interface PageReader {
  unpackMatcher(packed: PackedMatcher): CompiledMatcher;
  /** The mentions of one run, decided and counted against the per-page cap, or null when there are none. */
  findInRun(run: Text[], options: AnnotateOptions, state: PageState): FoundInRun | null;
  /** Whether a name or a bill's title may begin at `at` in a page's text (see find.ts). */
  formMayBeginAt(matcher: CompiledMatcher, text: string, at: number): boolean;
  /**
   * What shows the page's mentions (`found`), made once: it comes with the reader, as a page without a place to read
   * has no mention to show. `pageCharacters`: the length of the page's text, which decides how mentions are drawn.
   */
  pageUi(found: MentionIndex, readDate: () => string | null, pageCharacters: () => number): PageUi;
  /** How long loading the reader's script took on the page's thread, in ms: part of Bevan's script time. */
  readonly loadMs: number;
}

/** The whole matcher, with the reader that reads with it. */
export interface LoadedMatcher {
  matcher: CompiledMatcher;
  reader: PageReader;
  /** What loading them took on the page's thread, in ms (the reader's script, the first time only). */
  loadMs: number;
}

/** Where the page reader's script leaves itself, in the isolated world it shares with the content script. */
const KEY = 'bevanPageReader';

export function publishPageReader(reader: PageReader): void {
  (globalThis as Record<string, unknown>)[KEY] = reader;
}

export function publishedPageReader(): PageReader | null {
  return ((globalThis as Record<string, unknown>)[KEY] as PageReader | undefined) ?? null;
}
