/**
 * Names as the press writes them, beside the forms in Bevan's data: in capitals ("WES Streeting", "BORIS JOHNSON"),
 * inverted in a list ("Argar, Edward (Melton and Syston)"), and misspelt by one letter ("Diane Abbot"). find.ts reads
 * these only where a name written as the data has it is not found.
 */

/** A word of two letters or more, all capitals: "WES", "STREETING", "O'NEILL". Regular-expression source. */
export const WORD_IN_CAPITALS = String.raw`[A-ZÀ-Þ][A-ZÀ-Þ'’-]+`;
const ALL_CAPS = new RegExp(`^${WORD_IN_CAPITALS}$`);

export function isAllCaps(word: string): boolean {
  return ALL_CAPS.test(word);
}

/**
 * A word in capitals as a name is written: "STREETING" → "Streeting", "RAYNER-SMITH" → "Rayner-Smith", and the
 * capitals at the start of a word with more after them ("HOPKINS's" → "Hopkins's").
 */
export function titleCased(word: string): string {
  const capitals = LEADING_CAPITALS.exec(word)?.[0];
  if (!capitals) return word;
  const named = capitals
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return named + word.slice(capitals.length);
}

/** Two capital letters or more at the start of a word, with apostrophes and hyphens between. */
const LEADING_CAPITALS = /^[A-ZÀ-Þ](?:[A-ZÀ-Þ'’-]*[A-ZÀ-Þ])/;

/** Words joined by spaces, each in capitals written as a name; the same string when none is in capitals. */
export function capitalsAsName(words: string): string {
  return words.includes(' ') ? words.split(' ').map(titleCased).join(' ') : titleCased(words);
}

/**
 * Whether two words differ by one letter: one changed, added or left out ("Abbot" and "Abbott", "Greenwiod" and
 * "Greenwood"). Equal words do not.
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** Titles between an inverted name's surname and given names: "Davies, Dr James". */
export const TITLE_WORD = /^(?:Dr|Sir|Dame|Mr|Mrs|Ms|Miss|Rt|Hon|Lord|Lady)\.?$/;

/**
 * What may follow an inverted name in a list: a seat or a post in brackets, the next entry after a semicolon or a
 * mark, or the end of the line. Prose ("After meeting Hunt, Jeremy Corbyn said") goes on with words.
 */
export const AFTER_INVERTED = /^[^\S\n]*(?:$|\n|[()[\];†‡*|])/;
