/**
 * The background's half of matching: every MP's name and bill title, resolved for an article's date, packed into a
 * few strings a content script only has to split (`packMatcher`, cached in utils/matcher/matcher-cache.ts), and the
 * first look's cues, the same at every date (`packCues`). See find.ts for why the page finds names as it does.
 */
import { DISPUTE_ID } from '../data/ids';
import { disputeSources } from './dispute-phrases';
import type { MatcherSpec } from './matcher-spec';
import { WORD_IN_CAPITALS } from './press-forms';
import { holdersOn, packHolders } from './roles';
import {
  alternation,
  foldAccents,
  formKey,
  type PackedCues,
  type PackedMatcher,
  type ResolvedEntity,
} from './packed-format';

export type EntityRef =
  | { kind: 'mp'; candidates: { id: number; spells: [string | null, string | null][] }[] }
  /** A bare surname ("Hunt", "Mr Hunt"): it means an MP only if the page has already named exactly one of these in full. */
  | { kind: 'surname'; candidates: number[] }
  /** "the 2012 Act": the Act of that year among the bills the page has already named. */
  | { kind: 'actref'; candidates: string[] }
  | { kind: 'bill'; candidates: { id: string; since: string }[] }
  | { kind: 'dispute' };

/** Honorifics and suffixes that are not part of a surname. */
const TITLES = /^(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Rt|Hon|Lord|Lady|Baroness|Baron|Prof|Professor)\.?$/;
const SUFFIXES = /^(?:MP|QC|KC|OBE|CBE|MBE|KBE|DBE|JP|PC|Junior|Jr|Jnr|Senior|Snr)\.?$/;

/**
 * The forms a surname may take alone: the last word of each name ("Hunt"),
 * and the last two for three-word names, for double surnames ("Duncan Smith").
 */
export function surnameForms(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((word) => !TITLES.test(word) && !SUFFIXES.test(word));
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (/^[A-ZÀ-Þ]/.test(last) && last.length >= 3) forms.add(last);
    if (words.length >= 3 && /^[A-ZÀ-Þ]/.test(words[words.length - 2])) forms.add(words.slice(-2).join(' '));
  }
  return [...forms];
}

/** The forms of every MP's name and bill title: the only forms that can begin a mention. */
function nameForms(spec: MatcherSpec): Map<string, EntityRef> {
  const forms = new Map<string, EntityRef>();
  const addForm = (form: string, add: (existing: EntityRef | undefined) => EntityRef) => {
    const key = formKey(form.trim());
    if (key.length < 3) return;
    forms.set(key, add(forms.get(key)));
  };

  for (const person of spec.people) {
    for (const name of person.names) {
      for (const form of new Set([name, foldAccents(name)])) {
        addForm(form, (existing) => ({
          kind: 'mp',
          candidates: [
            ...(existing?.kind === 'mp' ? existing.candidates.filter((c) => c.id !== person.id) : []),
            { id: person.id, spells: person.spells },
          ],
        }));
      }
    }
  }
  for (const bill of spec.bills) {
    for (const name of bill.names) {
      // Bill names outrank a person's name spelled the same (none are today).
      addForm(name, (existing) => ({
        kind: 'bill',
        candidates: [
          ...(existing?.kind === 'bill' ? existing.candidates.filter((c) => c.id !== bill.id) : []),
          { id: bill.id, since: bill.since },
        ],
      }));
    }
  }
  return forms;
}

/** Background side: the first look's cues, the same at every article date. */
export function packCues(spec: MatcherSpec): PackedCues {
  return cuesOf(spec.version, nameForms(spec));
}

/**
 * The cues of these forms: a surname or "the 2012 Act" needs a full name or a bill before it, so they have none of
 * their own.
 */
function cuesOf(version: string, forms: ReadonlyMap<string, EntityRef>): PackedCues {
  const cues = new Set<string>();
  const firsts = { all: new Set<string>(), bills: new Set<string>() };
  const words = { all: new Set<string>(), bills: new Set<string>() };
  for (const [name, entity] of forms) {
    const [first, second] = name.split(' ');
    const [to, toBills] = second === undefined ? [words.all, words.bills] : [firsts.all, firsts.bills];
    to.add(first);
    if (entity.kind === 'bill') toBills.add(first);
    if (second !== undefined) cues.add(`${first} ${second.slice(0, 3)}`);
  }
  const pattern = (firstWords: Set<string>, oneWords: Set<string>, inCapitals = '') =>
    [
      ...(firstWords.size ? [`(${alternation(firstWords)}${inCapitals})(?=\\s)`] : []),
      ...(oneWords.size ? [alternation(oneWords)] : []),
    ].join('|');
  const anyCaseBills = [...forms]
    .filter(([name, entity]) => entity.kind === 'bill' && isAnyCaseTitle(name))
    .map(([name]) => name.toLowerCase());
  return {
    version,
    cues: [...cues].sort().join('\n'),
    cuePattern: pattern(firsts.all, words.all, `|${FIRST_WORD_IN_CAPITALS}`),
    billCuePattern: pattern(firsts.bills, words.bills),
    // Longest first: where two titles end at one "bill", the longer is the mention.
    anyCaseBills: [...new Set(anyCaseBills)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('\n'),
    dispute: disputeSources(),
  };
}

/**
 * A full name may be written in capitals ("WES Streeting", "KELVIN HOPKINS"): the first look tries a word in capitals
 * before a capital as a first name. One class, rather than every first name again in capitals, which doubled the
 * pattern: its compiling, on each load where the browser no longer holds it, took 4.8 ms rather than 2.2, and
 * searching 100,000 characters 5.0 ms rather than 2.2 (Chromium, 7 December). A part of a long text may end just after
 * the word (`partFor`): there the word after it is read by `cueAt`, in the whole text.
 */
const FIRST_WORD_IN_CAPITALS = `(?<![A-ZÀ-Þ])${WORD_IN_CAPITALS}(?=\\s+[A-ZÀ-Þ]|\\s+$)`;

/** A title found in any case: three words or more, the last "Bill" or "Act". */
function isAnyCaseTitle(name: string): boolean {
  return /^\S+ \S+ .*\b(?:Bill|Act)$/.test(name);
}

/** Background side: every form and what it means at `articleDate`, packed for sending. */
export function packMatcher(spec: MatcherSpec, articleDate: string): PackedMatcher {
  const forms = nameForms(spec);
  const cues = cuesOf(spec.version, forms);
  const surnamesOf = new Map<number, string[]>();

  // Surnames last: a full name or a bill spelled the same always wins.
  const surnames = new Map<string, number[]>();
  for (const person of spec.people) {
    const keys = [...new Set(surnameForms(person.names).flatMap((form) => [form, foldAccents(form)]))].map(formKey);
    surnamesOf.set(person.id, keys);
    for (const key of keys) surnames.set(key, [...(surnames.get(key) ?? []), person.id]);
  }
  for (const [key, candidates] of surnames) if (!forms.has(key)) forms.set(key, { kind: 'surname', candidates });

  // "the 2012 Act", for bills that became Acts.
  const actRefs = new Map<string, string[]>();
  for (const bill of spec.bills) {
    for (const name of bill.names) {
      const year = name.match(/ Act (\d{4})$/)?.[1];
      if (year) actRefs.set(`${year} Act`, [...new Set([...(actRefs.get(`${year} Act`) ?? []), bill.id])]);
    }
  }
  for (const [key, candidates] of actRefs) if (!forms.has(key)) forms.set(key, { kind: 'actref', candidates });

  // A bill's name means a bill only once it is near: where every bill of that name began more than a year after the
  // article ("the Health Bill" of 2026 in a 2012 report), the name is another bill's, or none.
  const yearAfter = `${Number(articleDate.slice(0, 4)) + 1}${articleDate.slice(4)}`;
  for (const [key, entity] of forms) {
    if (entity.kind === 'bill' && entity.candidates.every((bill) => bill.since > yearAfter)) forms.delete(key);
  }

  // In code-unit order: a content script finds a form by binary search, with no table to build.
  const names = [...forms.keys()].sort();
  const targets = names.map((name) => {
    const entity = forms.get(name)!;
    if (entity.kind === 'surname' || entity.kind === 'actref') return `${entity.kind} ${entity.candidates.join(',')}`;
    const resolved = resolveEntity(entity, articleDate);
    const later = entity.kind === 'mp' && electedLater(entity.candidates, articleDate);
    // A name several sessions' bills share: after the one chosen for the date, all of them, latest first, for a page
    // that names one of them in full.
    const shared =
      entity.kind === 'bill' && entity.candidates.length > 1
        ? `|${[...entity.candidates]
            .sort((a, b) => b.since.localeCompare(a.since))
            .map((bill) => bill.id)
            .join(',')}`
        : '';
    return `${resolved.kind}${resolved.ambiguous ? '?' : ''}${later ? '+' : ''} ${resolved.id}${shared}`;
  });
  return {
    ...cues,
    articleDate,
    names: names.join('\n'),
    targets: targets.join('\n'),
    surnames: [...surnamesOf]
      .filter(([, keys]) => keys.length)
      .map(([id, keys]) => `${id} ${keys.join('|')}`)
      .sort()
      .join('\n'),
    roles: packHolders(holdersOn(spec.roles?.posts ?? [], articleDate, spec.roles?.knownUntil ?? undefined)),
  };
}

/** Years after an article an MP must have been first elected for a name on it to be likelier a namesake’s. */
const NAMESAKE_YEARS = 2;

/**
 * Whether every MP of a name was first elected more than `NAMESAKE_YEARS` after the article's date: the actress Ruth
 * Jones in 2014 is not Ruth Jones MP, elected in 2019. The page links such a name only with politics around it.
 */
function electedLater(candidates: { spells: [string | null, string | null][] }[], articleDate: string): boolean {
  const year = Number(articleDate.slice(0, 4)) + NAMESAKE_YEARS;
  const namesakeBefore = `${year}${articleDate.slice(4)}`;
  return candidates.every(({ spells }) => {
    const starts = spells.map(([from]) => from);
    // An unknown start may be any time: the MP may have sat then.
    return starts.length > 0 && starts.every((from) => from !== null && from > namesakeBefore);
  });
}

/** Picks the entity a name means at the article's date: the one MP then in the Commons, the bill of that session. */
function resolveEntity(
  entity: Exclude<EntityRef, { kind: 'surname' } | { kind: 'actref' }>,
  articleDate: string,
): ResolvedEntity {
  if (entity.kind === 'dispute') return { kind: 'dispute', id: DISPUTE_ID, ambiguous: false };
  if (entity.kind === 'bill') {
    // The latest bill of that name already before Parliament at the article's date, else the earliest.
    const latestFirst = [...entity.candidates].sort((a, b) => b.since.localeCompare(a.since));
    const chosen = latestFirst.find((bill) => bill.since <= articleDate) ?? latestFirst[latestFirst.length - 1];
    return { kind: 'bill', id: chosen.id, ambiguous: false };
  }
  if (entity.candidates.length === 1) return { kind: 'mp', id: String(entity.candidates[0].id), ambiguous: false };
  const serving = entity.candidates.filter((candidate) =>
    candidate.spells.some(([from, to]) => (from === null || from <= articleDate) && (to === null || articleDate <= to)),
  );
  if (serving.length === 1) return { kind: 'mp', id: String(serving[0].id), ambiguous: false };
  const pool = serving.length ? serving : entity.candidates;
  return { kind: 'mp', id: pool.map((candidate) => candidate.id).join(','), ambiguous: true };
}
