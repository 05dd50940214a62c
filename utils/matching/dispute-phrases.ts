/**
 * The one source of the words that mean the junior (resident) doctors' dispute in England. Each list is a small
 * pattern (regular-expression source, no flags: case is spelled out, as a word may open a sentence or stand in an
 * ALL-CAPS headline, and flag `i` makes V8's scans of a long page much slower).
 *
 * - `DISPUTE_PATTERNS`: fixed names, found wherever they stand (the campaign's hashtag, "junior doctors' strike").
 * - `DOCTOR_TERMS` near `ACTION_TERMS` in one sentence or headline: the dispute said in ordinary words ("Junior
 *   doctors prepare for longest strike in NHS history").
 * - `OTHER_NATIONS`: a sentence that places the doctors in Scotland, Wales or Northern Ireland is not England's
 *   dispute, nor is a page that names those nations more than England (`ENGLAND`).
 */

/** A word in the cases a page writes it: "strike", "Strike", "STRIKE". */
function anyCase(word: string): string {
  const first = word[0];
  return `(?:[${first.toUpperCase()}${first}]${word.slice(1)}|${word.toUpperCase()})`;
}

/** A stem and its endings, in the cases a page writes them: "strik" and "e|es|ing" ("Strikes", "STRIKING"). */
function inflected(stem: string, endings: string): string {
  return `(?:[${stem[0].toUpperCase()}${stem[0]}]${stem.slice(1)}(?:${endings})|${stem.toUpperCase()}(?:${endings.toUpperCase().replace(/\\S/g, '\\s')}))`;
}

/** Words in any case, as one alternation. */
const words = (...list: string[]) => `(?:${list.map(anyCase).join('|')})`;

const GAP = String.raw`\s+`;
const JUNIOR = words('junior', 'resident');
/** Before "doctors" that refers back to those a page named (dispute.ts drops it from the mention). */
const THE = words('the');
/** "doctors", "doctor", "doctors'" and "doctors’s" (the possessive the press writes). */
const DOCTOR = String.raw`${words('doctors', 'doctor')}(?:['’]s?)?`;
const FIXED_ACTION = String.raw`(?:strikes?|walk-?outs?|disputes?|contracts?|ballots?|pay\s+dispute|industrial\s+action|pay\s+row|row)`;

export const DISPUTE_PATTERNS: readonly string[] = [
  String.raw`${JUNIOR}${GAP}${DOCTOR}${GAP}${FIXED_ACTION}`,
  String.raw`(?:[Ss]trikes?|[Ww]alk-?outs?|[Ii]ndustrial\s+action)\s+by\s+(?:junior|resident)\s+doctors`,
  String.raw`#(?:[Nn]ot[Ff]air[Nn]ot[Ss]afe)`,
];

/**
 * The doctors of the dispute: junior or resident doctors (also "resident (formerly junior) doctors"), medics,
 * doctors in training, and the BMA's committee of them (which names them already).
 */
export const DOCTOR_TERMS = [
  String.raw`${JUNIOR}${GAP}(?:\([^()]{1,40}\)${GAP})?${DOCTOR}`,
  String.raw`${words('doctors', 'doctor')}${GAP}in${GAP}training`,
  words('medics'),
  // "the doctors": the doctors a page has named already, as the press refers back to them ("…resident doctors met
  // ministers. The doctors' strike goes ahead"). The mention begins at "doctors" (`findDisputes`).
  String.raw`${THE}${GAP}${DOCTOR}`,
].join('|');

/**
 * Medics, doctors in training and "the doctors" are the dispute's only on a page that names junior or resident doctors
 * too.
 */
export const NAMED_DOCTORS = String.raw`${JUNIOR}${GAP}(?:\([^()]{1,40}\)${GAP})?${DOCTOR}`;

/** What the doctors do in the dispute. */
export const ACTION_TERMS = [
  inflected('strik', 'e|es|ing|ers'),
  inflected('walk', '-?outs?|(?:ed|ing|s)?\\s+out'),
  inflected('stoppage', 's?'),
  String.raw`${words('industrial', 'joint', 'further', 'collective', 'coordinated')}${GAP}${words('action')}`,
  inflected('ballot', 's|ed|ing|'),
  inflected('picket', 's|ing|'),
  inflected('impos', 'e|ed|es|ing|ition'),
  inflected('dispute', 's?'),
  String.raw`${words('pay')}${GAP}${words('row')}`,
  words('mandate'),
].join('|');

/** Places that make doctors another nation's: their disputes are not England's. */
export const OTHER_NATIONS =
  words('Scotland', 'Scottish', 'Wales', 'Welsh', 'Holyrood', 'Senedd', 'Stormont') +
  String.raw`|${words('Northern')}${GAP}${words('Ireland')}`;

export const ENGLAND = words('England', 'English');

/** A new clause, with its own subject: "… emergency care only, and picket lines formed". */
export const CLAUSE_BREAK = String.raw`[;:]|,\s+(?:and|but|while|whereas)\s`;

/**
 * The lists as the content script receives them, in the packed cues (`PackedCues.dispute`): regular-expression
 * sources, one a line, in the order of `DisputeSource`. Built here, in the background, so that the content script
 * carries none of the words.
 */
export function disputeSources(): string {
  return [
    DISPUTE_PATTERNS.join('|'),
    DOCTOR_TERMS,
    ACTION_TERMS,
    NAMED_DOCTORS,
    OTHER_NATIONS,
    ENGLAND,
    CLAUSE_BREAK,
  ].join('\n');
}
