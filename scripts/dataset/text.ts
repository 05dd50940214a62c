/** Text as the dataset ships it: plain (no tags or entities), and free of quoted speech. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  agrave: 'à',
  egrave: 'è',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Euml: 'Ë',
  Iuml: 'Ï',
  Ouml: 'Ö',
  Uuml: 'Ü',
  ccedil: 'ç',
  ntilde: 'ñ',
};
const ENTITY = /&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g;
export const HAS_ENTITY = new RegExp(ENTITY.source);

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, body: string) => {
    if (body.startsWith('#')) {
      const code = /^#[xX]/.test(body) ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[body] ?? match;
  });
}

/** Plain text as the schema wants it: tags stripped (TWFY uses `<b>`), entities decoded, spaces collapsed. */
export function plain(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export function plainOrNull(text: string | undefined): string | null {
  const value = text === undefined ? '' : plain(text);
  return value === '' ? null : value;
}

/**
 * Quoted speech: text in double or curly quotes, or in straight single quotes
 * that open after a space or bracket and close before a space or punctuation
 * (so possessives such as "doctors' contracts" are not mistaken for quotes).
 */
const QUOTATIONS = [/"[^"]+"/, /“[^”]+”/, /‘[^’]+’/, /(^|[\s([{:;,])'[^']+'(?=$|[\s)\]}.,;:!?])/];

export function containsQuotation(text: string): boolean {
  return QUOTATIONS.some((pattern) => pattern.test(text));
}

/**
 * Free text is shipped only without quoted speech. A trailing parenthetical
 * that carries the quotation is cut off when the rest stands on its own;
 * otherwise the whole text is dropped.
 */
export function withoutQuotations(text: string | null): string | null {
  if (text === null || !containsQuotation(text)) return text;
  const split = splitTrailingParenthetical(text);
  if (split && containsQuotation(split.inner) && !containsQuotation(split.head)) return split.head;
  return null;
}

/** "2nd reading (talked out)" → { head: "2nd reading", inner: "talked out" }; null without one. */
export function splitTrailingParenthetical(text: string): { head: string; inner: string } | null {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  const head = match?.[1] ?? '';
  const inner = match?.[2] ?? '';
  return head === '' ? null : { head, inner };
}
