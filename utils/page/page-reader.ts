/**
 * The page reader as one object (see reader-contract.ts): published in a page
 * by entrypoints/page-reader.ts, and used directly where everything is loaded
 * at once (unit tests, the benchmark's scripts).
 */
import { formMayBeginAt, unpackMatcher } from '../matching/find';
import type { CompiledMatcher } from '../matching/packed-format';
import { findInRun } from './annotate';
import type { LoadedMatcher, PageReader } from './reader-contract';
import type { MatcherSource } from './page-annotator';
import { createHighlighter } from './highlights';
import { createPageCards } from './page-cards';

export function pageReader(loadMs = 0): PageReader {
  return {
    unpackMatcher,
    findInRun,
    formMayBeginAt,
    pageUi(found, readDate, pageCharacters) {
      const highlighter = createHighlighter(undefined, { pageCharacters });
      return { highlighter, cards: createPageCards({ found, highlighter, readDate }) };
    },
    loadMs,
  };
}

/** A matcher already at hand, with the reader, as reading needs it. */
export function loadedMatcher(matcher: CompiledMatcher): LoadedMatcher {
  return { matcher, reader: pageReader(), loadMs: 0 };
}

/** A matcher already at hand, as a source. */
export function matcherAtHand(matcher: CompiledMatcher): MatcherSource {
  const loaded = loadedMatcher(matcher);
  return { cues: matcher.cues, load: () => Promise.resolve(loaded) };
}
