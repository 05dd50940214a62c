/**
 * What the background sends a content script so that it can find mentions:
 * names and their entities only, never the dataset itself. Built from the
 * database (so campaigners' bills count) and cached by version.
 */
import { z } from '../data/zod';
import { BillId, IsoDate, MnisId, type Bill, type Membership, type Person } from '../data/schema';

export const MatcherSpec = z.object({
  version: z.string(),
  people: z.array(
    z.object({
      id: MnisId,
      names: z.array(z.string().check(z.minLength(2))),
      /** Service spells as [from, to]; null where the sources leave an end open or a start unknown. */
      spells: z.array(z.tuple([z.nullable(IsoDate), z.nullable(IsoDate)])),
    }),
  ),
  bills: z.array(
    z.object({
      id: BillId,
      names: z.array(z.string().check(z.minLength(3))),
      /** The bill's first recorded stage (else the start of its session): a name shared by bills of several sessions means the latest one begun by the article's date. */
      since: IsoDate,
    }),
  ),
});
export type MatcherSpec = z.infer<typeof MatcherSpec>;

export function buildMatcherSpec(
  version: string,
  people: readonly Person[],
  memberships: readonly Membership[],
  bills: readonly Bill[],
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
        ...new Set([
          bill.shortTitle,
          // News reports drop the session: "the Health and Social Care Bill".
          bill.shortTitle.replace(/\s+\d{4}-\d{2}$/, ''),
          ...bill.aliases,
          ...(bill.actTitle ? [actShortTitle(bill.actTitle)] : []),
        ]),
      ],
      since: bill.stages.map((stage) => stage.date).sort()[0] ?? `${bill.session.slice(0, 4)}-01-01`,
    })),
  };
}

/** "Health and Social Care Act 2012 (2012 c. 7)" → "Health and Social Care Act 2012": pages cite Acts without the chapter. */
export function actShortTitle(actTitle: string): string {
  return actTitle.replace(/\s*\([^)]*\)\s*$/, '');
}
