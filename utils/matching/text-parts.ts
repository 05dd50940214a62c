/**
 * A long page's text searched a part at a time (`runsAtCues` reads 100,000
 * characters a step). A search that found nothing in its part must not read on
 * to the end of the text: on a 5 MB page, one such search in the first step
 * took a long task of its own.
 */

const WHITESPACE = /\s/g;

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

/** Gives the first place from `from` on that begins before `limit`, or -1, reading only the text near them. */
export type BoundedSearch = (from: number, limit: number) => number;

/**
 * A search made lazy and read in parts: each call gives the first place from `from` on that begins in the part for
 * words beginning before `to` (the whole text when `to` is left out), or -1 for none there. Calls go forwards; no
 * text is searched twice.
 */
export function inParts(text: string, search: BoundedSearch): (from: number, to?: number) => number {
  let found = -1;
  /** Where nothing was found up to, from where the last search began. */
  let searchedTo = 0;
  return (from, to = text.length) => {
    if (found >= from) return found;
    const limit = partEnd(text, to);
    const start = Math.max(from, searchedTo);
    if (start >= limit) return -1;
    found = search(start, limit);
    searchedTo = found >= 0 ? found : limit;
    return found;
  };
}

/** Characters kept before a part searched, for a pattern's look behind (a word boundary reads one). */
const LOOK_BEHIND = 16;
/**
 * Characters kept after a part, so that a phrase begun in it ends in what is searched: the longest phrase or title is
 * under 100, with room for runs of white space between its words.
 */
const RUN_ON = 1000;

/** The text around `from`..`limit` for a search there, and where it begins in `text`. */
function textAround(text: string, from: number, limit: number, runOn = RUN_ON): { part: string; offset: number } {
  const offset = Math.max(0, from - LOOK_BEHIND);
  return { part: text.slice(offset, Math.min(text.length, limit + runOn)), offset };
}

/**
 * `pattern`'s matches (flag `g`) in `text` that begin from `from` and before `limit`, in order, with their place in
 * `text`. Each is tried from the character after the last's start, so overlapping ones are too. A match may run on
 * past `limit` by `runOn` characters at most.
 */
export function* matchesBetween(
  pattern: RegExp,
  text: string,
  from: number,
  limit: number,
  runOn = RUN_ON,
): Generator<{ at: number; match: RegExpExecArray }> {
  const { part, offset } = textAround(text, from, limit, runOn);
  pattern.lastIndex = from - offset;
  for (let match = pattern.exec(part); match && match.index + offset < limit; match = pattern.exec(part)) {
    yield { at: match.index + offset, match };
    pattern.lastIndex = match.index + 1;
  }
}
