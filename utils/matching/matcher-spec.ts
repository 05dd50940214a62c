/**
 * The names to look for and what they stand for, built in the background from
 * the database (so campaigners' bills count) and packed per article date by
 * utils/matching/compile.ts. It never leaves the background, so it is a plain
 * type: what travels to content scripts is the PackedMatcher.
 */
import type { Bill, Membership, Person, Post } from '../data/schema';

export interface MatcherSpec {
  version: string;
  people: {
    id: number;
    names: string[];
    /** Service spells as [from, to]; null where the sources leave an end open or a start unknown. */
    spells: [string | null, string | null][];
  }[];
  bills: {
    id: string;
    names: string[];
    /** The bill's first recorded stage (else the start of its session): a name shared by bills of several sessions means the latest one begun by the article's date. */
    since: string;
  }[];
  /** Posts pages name by role ("the Health Secretary"), and the date their sources describe (utils/matching/roles.ts). */
  roles?: { posts: Pick<Post, 'role' | 'personId' | 'start' | 'end'>[]; knownUntil: string | null };
}

export function buildMatcherSpec(
  version: string,
  people: readonly Person[],
  memberships: readonly Membership[],
  bills: readonly Bill[],
  roles?: { posts: readonly Post[]; knownUntil: string | null },
): MatcherSpec {
  const spellsByPerson = new Map<number, [string | null, string | null][]>();
  for (const membership of memberships) {
    const spells = spellsByPerson.get(membership.personId) ?? [];
    spells.push([membership.from ?? membership.asOf, membership.to]);
    spellsByPerson.set(membership.personId, spells);
  }
  return {
    version,
    people: people.map((person) => ({
      id: person.id,
      names: [...new Set([person.name, ...person.nameVariants])],
      spells: spellsByPerson.get(person.id) ?? [],
    })),
    bills: bills.map((bill) => ({
      id: bill.id,
      names: [
        ...new Set(
          [
            bill.shortTitle,
            // News reports drop the session: "the Health and Social Care Bill".
            bill.shortTitle.replace(/\s+\d{4}-\d{2}$/, ''),
            ...bill.aliases,
            ...(bill.actTitle ? [actShortTitle(bill.actTitle)] : []),
            // Pages name an Act without its year too: "the Health and Care Act". Not a two-word one: "Care Act" alone
            // is also the end of other countries' Acts ("the Affordable Care Act").
          ].flatMap((name) => {
            const withoutYear = name.replace(/ Act \d{4}$/, ' Act');
            return withoutYear.split(' ').length < 3 ? [name] : [name, withoutYear];
          }),
        ),
      ],
      since: bill.stages.map((stage) => stage.date).sort()[0] ?? `${bill.session.slice(0, 4)}-01-01`,
    })),
    ...(roles && {
      roles: {
        posts: roles.posts.map(({ role, personId, start, end }) => ({ role, personId, start, end })),
        knownUntil: roles.knownUntil,
      },
    }),
  };
}

/** "Health and Social Care Act 2012 (2012 c. 7)" → "Health and Social Care Act 2012": pages cite Acts without the chapter. */
export function actShortTitle(actTitle: string): string {
  return actTitle.replace(/\s*\([^)]*\)\s*$/, '');
}
