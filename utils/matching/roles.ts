/**
 * Roles in the text: "the Health Secretary", "the Prime Minister" and a few
 * other posts the press names instead of the person. On a page with a date,
 * each means the MP who held the post that day (from the bundled posts: the
 * IfG Ministers Database and the health roles list); on a page without one, a
 * role means nobody, as the day is unknown.
 *
 * Found in any capitalisation ("the health secretary", "THE PRIME MINISTER"),
 * but only straight after "the", so that "the former Health Secretary", "the
 * German Chancellor" or "the shadow Chancellor" are not taken for the post's
 * holder, nor "the Deputy Prime Minister" for the Prime Minister. A flag-`i`
 * regex over a long page is slow in V8, so the last word of each role
 * ("secretary", "minister", …) is found by a regex with its cases spelled out,
 * and the words before it are compared in lower case.
 */
import type { Post } from '../data/schema';
import { formatDate } from '../dates';
import { inParts, matchesBetween } from './text-parts';

export interface RoleName {
  /** The post's stable key in the posts store. */
  role: string;
  /** How a card names it: "Health Secretary on 14 March 2016". */
  label: string;
  /** The ways pages write it after "the", in lower case. */
  phrases: readonly string[];
  /** Words after the phrase that make it another post ("the Chancellor of the Duchy of Lancaster"). */
  notFollowedBy?: RegExp;
  /** Words after the phrase that keep it this post although `notFollowedBy` matches ("of the Exchequer"). */
  unlessFollowedBy?: RegExp;
}

export const ROLE_NAMES: readonly RoleName[] = [
  {
    role: 'shadow-health-secretary',
    label: 'Shadow Health Secretary',
    phrases: [
      'shadow health secretary',
      'shadow health and social care secretary',
      'shadow secretary of state for health',
      'shadow secretary of state for health and social care',
    ],
  },
  {
    role: 'health-secretary',
    label: 'Health Secretary',
    phrases: [
      'health secretary',
      'health and social care secretary',
      'secretary of state for health',
      'secretary of state for health and social care',
    ],
  },
  { role: 'prime-minister', label: 'Prime Minister', phrases: ['prime minister'], notFollowedBy: /^\s+of\b/i },
  {
    role: 'chancellor',
    label: 'Chancellor',
    phrases: ['chancellor', 'chancellor of the exchequer'],
    notFollowedBy: /^\s+of\b/i,
    unlessFollowedBy: /^\s+of\s+the\s+exchequer\b/i,
  },
  {
    role: 'leader-of-the-opposition',
    label: 'Leader of the Opposition',
    phrases: ['leader of the opposition', 'opposition leader'],
  },
  {
    role: 'chancellor-of-the-duchy-of-lancaster',
    label: 'Chancellor of the Duchy of Lancaster',
    phrases: ['chancellor of the duchy of lancaster'],
  },
  { role: 'deputy-prime-minister', label: 'Deputy Prime Minister', phrases: ['deputy prime minister'] },
  {
    role: 'chief-secretary-to-the-treasury',
    label: 'Chief Secretary to the Treasury',
    phrases: ['chief secretary to the treasury'],
  },
  {
    role: 'leader-of-the-house',
    label: 'Leader of the House of Commons',
    phrases: ['leader of the house', 'leader of the house of commons', 'commons leader'],
    // The Leader of the House of Lords is a peer, never an MP.
    notFollowedBy: /^\s+of\s+(?:the\s+)?lords\b/i,
  },
  // The Secretaries of State as the press names them ("the Home Secretary"), each across its department's renamings
  // (scripts/dataset/posts.ts). Their long titles are left to the card: pages rarely write them.
  ...secretaries({
    'home-secretary': ['Home Secretary', 'home secretary'],
    'foreign-secretary': ['Foreign Secretary', 'foreign secretary'],
    'justice-secretary': ['Justice Secretary', 'justice secretary', 'lord chancellor'],
    'defence-secretary': ['Defence Secretary', 'defence secretary'],
    'education-secretary': ['Education Secretary', 'education secretary'],
    'work-and-pensions-secretary': ['Work and Pensions Secretary', 'work and pensions secretary'],
    'business-secretary': ['Business Secretary', 'business secretary', 'business and trade secretary'],
    'trade-secretary': ['International Trade Secretary', 'international trade secretary', 'trade secretary'],
    'energy-secretary': ['Energy Secretary', 'energy secretary'],
    'environment-secretary': ['Environment Secretary', 'environment secretary'],
    'transport-secretary': ['Transport Secretary', 'transport secretary'],
    'culture-secretary': ['Culture Secretary', 'culture secretary'],
    'communities-secretary': [
      'Housing and Communities Secretary',
      'communities secretary',
      'housing secretary',
      'levelling up secretary',
    ],
    'science-secretary': ['Science Secretary', 'science secretary', 'technology secretary'],
    'international-development-secretary': [
      'International Development Secretary',
      'international development secretary',
      'development secretary',
    ],
    'brexit-secretary': ['Brexit Secretary', 'brexit secretary'],
    'northern-ireland-secretary': ['Northern Ireland Secretary', 'northern ireland secretary'],
    'scottish-secretary': ['Scottish Secretary', 'scottish secretary', 'scotland secretary'],
    'welsh-secretary': ['Welsh Secretary', 'welsh secretary', 'wales secretary'],
  }),
];

/** Roles from `key: [label, ...phrases]`. */
function secretaries(byRole: Record<string, readonly [string, ...string[]]>): RoleName[] {
  return Object.entries(byRole).map(([role, [label, ...phrases]]) => ({ role, label, phrases }));
}

/**
 * The tables the scanners read, made at the first page that may name a role: a content script evaluates this module
 * on every news page, and most name none.
 */
interface RoleTables {
  byRole: ReadonlyMap<string, RoleName>;
  /** The phrases, longest first: "secretary of state for health and social care" before "secretary of state for health". */
  phrases: readonly { phrase: string; name: RoleName }[];
  /** The last words of the phrases, in the cases pages write them. */
  lastWord: RegExp;
  /**
   * "the" and the first word of a phrase ("the Health", "THE PRIME"), in the cases pages write them: rarer on a page
   * than a phrase's last word ("care", "health", "leader"), each of which the scanner would otherwise test.
   */
  theAndFirstWord: RegExp;
  /** The longest of the phrases' last words, which may end just past the reach. */
  longestLastWord: number;
  /** Characters after a phrase's first word that its last word may end within, white space included. */
  phraseReach: number;
}

let tables: RoleTables | undefined;

function roleTables(): RoleTables {
  if (tables) return tables;
  const phrases = ROLE_NAMES.flatMap((name) => name.phrases.map((phrase) => ({ phrase, name }))).sort(
    (a, b) => b.phrase.length - a.phrase.length,
  );
  const lastWords = phrases.map(({ phrase }) => phrase.split(' ').at(-1)!);
  return (tables = {
    byRole: new Map(ROLE_NAMES.map((name) => [name.role, name])),
    phrases,
    lastWord: new RegExp(`(?<![A-Za-z])(?:${wordsInPageCases(lastWords)})(?![A-Za-z])`, 'g'),
    theAndFirstWord: new RegExp(
      `(?<![A-Za-z])(?:${wordsInPageCases(['the'])})\\s+(?=(?:${wordsInPageCases(phrases.map(({ phrase }) => phrase.split(' ')[0]!))})(?![A-Za-z]))`,
      'g',
    ),
    longestLastWord: Math.max(...lastWords.map((word) => word.length)) + 1,
    phraseReach: Math.max(...phrases.map(({ phrase }) => phrase.length)) * 2,
  });
}

/** Words in the cases pages write them, as one alternation: "health" → "[Hh]ealth|HEALTH". */
function wordsInPageCases(words: readonly string[]): string {
  return [...new Set(words)]
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
}

/** One of these is in every phrase (tests/matching/roles.test.ts holds them to it): a page with none names no role. */
export const ROLE_WORDS = ['secretary', 'minister', 'chancellor', 'leader'] as const;

/** The role words in the cases pages write them, made on first use. */
let roleWords: RegExp | undefined;

/**
 * Whether a text may name a role: one search of the engine's, before any table is made. (Twelve `includes`, one per
 * word and case, took 0.1 to 0.8 ms on saved pages of 26,000 to 210,000 characters; this regex 0.03 to 0.07.)
 */
function mayNameRole(text: string): boolean {
  return (roleWords ??= new RegExp(wordsInPageCases(ROLE_WORDS))).test(text);
}

export type Holders = ReadonlyMap<string, number>;

type PostSpan = Pick<Post, 'role' | 'personId' | 'start' | 'end'>;

/**
 * Who held `role` on `date`: the one person whose post spans the date, else null (nobody, or several: a handover day
 * names two). A post still open in the sources is trusted only up to `knownUntil`, the date the sources describe.
 */
export function holderOn(posts: readonly PostSpan[], role: string, date: string, knownUntil?: string): number | null {
  const holders = new Set(
    posts
      .filter(
        (post) =>
          post.role === role &&
          post.start <= date &&
          (post.end === null ? knownUntil === undefined || date <= knownUntil : date <= post.end),
      )
      .map((post) => post.personId),
  );
  return holders.size === 1 ? [...holders][0]! : null;
}

/** The holders of the roles pages name, on the article's date; none on a page without a date. */
export function holdersOn(posts: readonly PostSpan[], articleDate: string | null, knownUntil?: string): Holders {
  const holders = new Map<string, number>();
  if (articleDate === null) return holders;
  for (const { role } of ROLE_NAMES) {
    const holder = holderOn(posts, role, articleDate, knownUntil);
    if (holder !== null) holders.set(role, holder);
  }
  return holders;
}

/** Holders packed to travel to a page: `<role> <MNIS id>` lines. */
export function packHolders(holders: Holders): string {
  return [...holders].map(([role, id]) => `${role} ${id}`).join('\n');
}

export function unpackHolders(packed: string): Holders {
  const holders = new Map<string, number>();
  for (const line of packed.split('\n')) {
    const [role, id] = line.split(' ');
    if (role && roleTables().byRole.has(role) && /^\d+$/.test(id ?? '')) holders.set(role, Number(id));
  }
  return holders;
}

export interface RoleMention {
  /** Where the role's words are (without "the"). */
  start: number;
  end: number;
  text: string;
  role: string;
  personId: number;
}

/** The roles named in a text whose holder is known, left to right. */
export function findRoleMentions(text: string, holders: Holders): RoleMention[] {
  const found: RoleMention[] = [];
  if (holders.size === 0) return found;
  const lastWord = new RegExp(roleTables().lastWord);
  let usedUpTo = 0;
  for (let match = lastWord.exec(text); match; match = lastWord.exec(text)) {
    const end = match.index + match[0].length;
    const mention = roleEndingAt(text, end, holders);
    if (!mention || mention.start < usedUpTo) continue;
    // A longer phrase may go on past this word ("secretary of state for health and social care"): take the longest.
    const longer = longestFrom(text, mention, holders);
    found.push(longer);
    usedUpTo = longer.end;
    lastWord.lastIndex = longer.end;
  }
  return found;
}

/**
 * Where a role may be named in a text, for reading a page only where it may name something: each call gives the
 * start of the first role phrase (after "the") beginning from `from` on, in the part for words beginning before `to`
 * (`inParts`), or -1. Who holds it is not asked.
 */
export function roleScanner(text: string): (from: number, to?: number) => number {
  if (!mayNameRole(text)) return () => -1;
  const { theAndFirstWord, lastWord: lastWordPattern, phraseReach, longestLastWord } = roleTables();
  const theAndFirst = new RegExp(theAndFirstWord);
  const lastWord = new RegExp(lastWordPattern);
  return inParts(text, (from, limit) => {
    for (const { at, match } of matchesBetween(theAndFirst, text, from, limit)) {
      const start = at + match[0].length;
      if (start >= limit) break;
      // The phrase begun here ends at one of its last words, not far on: only that far is searched.
      for (const last of matchesBetween(lastWord, text, start, start + phraseReach, longestLastWord)) {
        const mention = roleEndingAt(text, last.at + last.match[0].length, ANY_HOLDER);
        if (mention?.start === start) return start;
      }
    }
    return -1;
  });
}

/** Stands in for the holders where only the place of a role matters. */
const ANY_HOLDER: Holders = { get: () => 0, has: () => true, size: 1 } as unknown as Holders;

/** The role phrase ending at `end` in `text`, after "the", or null. */
function roleEndingAt(text: string, end: number, holders: Holders): RoleMention | null {
  const before = text.slice(Math.max(0, end - 80), end).replace(/[’‘]/g, "'");
  const lower = before.toLowerCase().replace(/\s+/g, ' ');
  for (const { phrase, name } of roleTables().phrases) {
    if (!lower.endsWith(phrase)) continue;
    const beforePhrase = lower.slice(0, lower.length - phrase.length);
    if (!/(?:^|[^a-z])the $/.test(beforePhrase)) continue;
    const after = text.slice(end, end + 40);
    if (name.notFollowedBy?.test(after) && !name.unlessFollowedBy?.test(after)) continue;
    const personId = holders.get(name.role);
    if (personId === undefined) return null;
    // The phrase's start in the original text: as many non-space characters back, whatever the spaces were.
    const start = startOf(text, end, phrase);
    return { start, end, text: text.slice(start, end), role: name.role, personId };
  }
  return null;
}

/** Where `phrase` (single-spaced) begins, if it ends at `end` in `text` with any white space between its words. */
function startOf(text: string, end: number, phrase: string): number {
  let at = end;
  for (let index = phrase.length - 1; index >= 0; index--) {
    if (phrase[index] === ' ') while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    else at--;
  }
  return at;
}

/** The longest mention beginning where `mention` does: "the Secretary of State for Health and Social Care". */
function longestFrom(text: string, mention: RoleMention, holders: Holders): RoleMention {
  const lastWord = new RegExp(roleTables().lastWord);
  lastWord.lastIndex = mention.end;
  let best = mention;
  for (let match = lastWord.exec(text); match && match.index - best.end < 30; match = lastWord.exec(text)) {
    const candidate = roleEndingAt(text, match.index + match[0].length, holders);
    if (candidate && candidate.start === mention.start) best = candidate;
  }
  return best;
}

/** The role a mention's words name ("Health Secretary", "the prime minister"), or null when they name none. */
export function roleNamedBy(words: string): string | null {
  const lower = words.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
  return roleTables().phrases.find(({ phrase }) => phrase === lower)?.name.role ?? null;
}

/** The post behind a role on a date, among a person's posts: what a card's line about the role links to. */
export function postOn<P extends PostSpan>(posts: readonly P[], role: string, date: string): P | null {
  return (
    posts.find((post) => post.role === role && post.start <= date && (post.end === null || date <= post.end)) ?? null
  );
}

/** "Health Secretary on 14 March 2016": what a card says of an MP found by their role. */
export function roleOnDate(role: string, date: string): string {
  return `${roleTables().byRole.get(role)?.label ?? role} on ${formatDate(date)}`;
}
