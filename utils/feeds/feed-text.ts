/**
 * Feed titles and summaries as plain text. Feeds carry HTML in their text
 * (escaped, wrapped in CDATA, or as Atom XHTML), and some carry scripts, so
 * everything here ends as text with no markup: tags and script bodies are
 * removed, entities decoded once per layer, whitespace collapsed, length
 * capped. The popup renders this as text, and there is never a tag to render.
 *
 * The XML parser leaves entities alone (see parse-feed.ts); they are decoded
 * here, with fixed tables and no definitions from the document, so no entity
 * can expand into more text than it is written with.
 */

const XML_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The HTML entities news feeds use; any other named entity is left as written. */
const HTML_ENTITIES = new Map([
  ...XML_ENTITIES,
  ['nbsp', '\u00a0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['sbquo', '‚'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bdquo', '„'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['hellip', '…'],
  ['bull', '•'],
  ['middot', '·'],
  ['prime', '′'],
  ['pound', '£'],
  ['euro', '€'],
  ['cent', '¢'],
  ['yen', '¥'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['deg', '°'],
  ['frac12', '½'],
  ['frac14', '¼'],
  ['frac34', '¾'],
  ['times', '×'],
  ['sect', '§'],
  ['para', '¶'],
  ['shy', '\u00ad'],
  ['aacute', 'á'],
  ['agrave', 'à'],
  ['acirc', 'â'],
  ['auml', 'ä'],
  ['ccedil', 'ç'],
  ['eacute', 'é'],
  ['egrave', 'è'],
  ['ecirc', 'ê'],
  ['euml', 'ë'],
  ['iacute', 'í'],
  ['iuml', 'ï'],
  ['ntilde', 'ñ'],
  ['oacute', 'ó'],
  ['ouml', 'ö'],
  ['uacute', 'ú'],
  ['uuml', 'ü'],
  ['szlig', 'ß'],
  ['Eacute', 'É'],
]);

/** Raw markup read per field: summaries are capped far below this, and regexes stay cheap. */
const MAX_RAW_LENGTH = 50_000;

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeEntities(text: string, named: ReadonlyMap<string, string>): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return named.get(name) ?? whole;
      const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
      const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : '';
    },
  );
}

/** Decodes the five XML entities and character references (attribute values, links, ids, dates). */
export function decodeXmlEntities(text: string): string {
  return decodeEntities(text, XML_ENTITIES);
}

const CDATA_SECTION = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/**
 * The text of an element from its raw inner XML: CDATA sections as written,
 * entities outside them decoded. Child elements stay as markup: in RSS (and
 * Atom `type="html"`) that text is HTML, whichever way it was escaped.
 */
export function xmlTextOf(rawInner: string): string {
  if (!rawInner.includes('<![CDATA[')) return decodeXmlEntities(rawInner);
  return rawInner
    .split(CDATA_SECTION)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

/** Atom XHTML content is markup already; only its CDATA sections (text) need escaping to join it. */
export function xhtmlMarkupOf(rawInner: string): string {
  return rawInner
    .split(CDATA_SECTION)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        : part,
    )
    .join('');
}

/** Block elements read as a word break ("<p>One</p><p>Two</p>" is "One Two"); inline ones join ("str<b>ike</b>"). */
const BLOCK_TAG =
  /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|figure|figcaption|dd|dt|hr|img)\b/i;

/**
 * Removes comments, elements whose content is never text (script, style…),
 * and every tag. An unclosed comment, script or tag runs to the end of the
 * text, as a browser would read it. Each pattern is linear in the text.
 */
function stripMarkup(html: string): string {
  if (!html.includes('<')) return html;
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|noscript|iframe|object|svg|math|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[/!?]?[A-Za-z][^<>]*(?:>|$)/g, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''))
    .replace(/<[!?][^<>]*>/g, ' ');
}

/** Control characters and bidirectional overrides (which can disguise a headline), dropped. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Last line of defence: whatever got past the passes above, no `<` is left
 * directly before a letter, `/`, `!` or `?`, so the text never holds a tag.
 */
function noTagOpeners(text: string): string {
  return text.replace(/<+(?=[A-Za-z/!?])/g, '');
}

/** Collapses whitespace and caps the length at a word break where one is near, with an ellipsis. */
function tidy(text: string, maxLength: number): string {
  const collapsed = noTagOpeners(text.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxLength) return collapsed;
  let cut = collapsed.slice(0, maxLength - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > maxLength * 0.7) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function capRaw(text: string): string {
  return text.length > MAX_RAW_LENGTH ? text.slice(0, MAX_RAW_LENGTH) : text;
}

/**
 * HTML (an RSS title or description, Atom `type="html"`) as plain text. Tags
 * are stripped before and after decoding, so markup escaped twice
 * (`&amp;lt;script&amp;gt;`) is removed as well, not shown.
 */
export function htmlToText(html: string, maxLength: number): string {
  return tidy(stripMarkup(decodeEntities(stripMarkup(capRaw(html)), HTML_ENTITIES)), maxLength);
}

/** Text that should hold no markup (Atom `type="text"`): any tag in it is still removed. */
export function plainText(text: string, maxLength: number): string {
  return tidy(stripMarkup(capRaw(text)), maxLength);
}
