/**
 * Stage 6, people: one record per person in the index, named as the newest
 * source names them, with the name variants that link older spellings and
 * parlparse aliases to them.
 */
import type { Person, Source } from '../../utils/data/schema';
import { z } from '../../utils/data/zod';
import { ORIGIN } from './constants';
import type { Identities, ParlparseSpell } from './identities';
import { httpsUrl, source } from './links';
import { fail, type BuildReport } from './report';
import type { Row, Sources } from './sources';
import { HAS_ENTITY, plain } from './text';

type Draft = { person: Person; variants: string[] };

export function people(
  sources: Pick<Sources, 'index' | 'geWinners' | 'aliases'>,
  ids: Identities,
  report: BuildReport,
): Person[] {
  const drafts = draftPeople(sources, ids, report);
  addAliases(drafts, sources.aliases, report);
  return drafts.map(({ person, variants }) => {
    const seen = new Set([person.name]);
    const nameVariants: string[] = [];
    for (const v of variants) {
      if (!seen.has(v)) {
        seen.add(v);
        nameVariants.push(v);
      }
    }
    return { ...person, nameVariants };
  });
}

function draftPeople(sources: Pick<Sources, 'index' | 'geWinners'>, ids: Identities, report: BuildReport): Draft[] {
  const latestGeWin = new Map<number, Row<'geWinners'>>();
  for (const row of sources.geWinners) {
    const id = Number(row.mnis_id);
    const known = latestGeWin.get(id);
    if (!known || row.election_date > known.election_date) latestGeWin.set(id, row);
  }
  const latestParlparse = new Map<number, ParlparseSpell>();
  const parlparseNames = new Map<number, string[]>();
  for (const spell of ids.parlparseSpells) {
    const known = latestParlparse.get(spell.personId);
    if (!known || spell.row.from_date > known.row.from_date) latestParlparse.set(spell.personId, spell);
    const names = parlparseNames.get(spell.personId) ?? [];
    names.push(plain(`${spell.row.first_name} ${spell.row.last_name}`));
    parlparseNames.set(spell.personId, names);
  }

  return sources.index.map((row) => {
    const id = Number(row.mnis_id);
    const now = ids.current.get(id);
    const indexVariants = row.name_variants
      .split('|')
      .map(plain)
      .filter((v) => v !== '');
    const name = personName(id, now, latestGeWin.get(id), latestParlparse.get(id), indexVariants, report);
    const email = personEmail(id, name, now, report);
    const twfyId = ids.mnisToTwfy.get(id) ?? null;
    report.count(`twfyId from ${twfyId === null ? 'nowhere (null)' : ids.twfySource.get(id)}`);
    const sources: Source[] = [
      ...source(
        httpsUrl(report, `https://members.parliament.uk/member/${id}/career`, `person ${id}`),
        'UK Parliament Members',
      ),
      ...(twfyId === null
        ? []
        : source(httpsUrl(report, `https://www.theyworkforyou.com/mp/${twfyId}`, `person ${id}`), 'TheyWorkForYou')),
    ];
    return {
      person: {
        id,
        twfyId,
        name,
        nameVariants: [],
        sitting: now !== undefined,
        email,
        sources,
        origin: ORIGIN,
      },
      // parlparse's own spelling of the name is a variant too (e.g. "Louise Mensch" for Louise Bagshawe).
      variants: [...indexVariants, ...(parlparseNames.get(id) ?? [])],
    };
  });
}

/** The newest source's name: the current MPs list, else the latest GE win, else parlparse, else the index. */
function personName(
  id: number,
  now: Row<'currentMps'> | undefined,
  ge: Row<'geWinners'> | undefined,
  pp: ParlparseSpell | undefined,
  indexVariants: string[],
  report: BuildReport,
): string {
  if (now) return plain(now.display_as);
  if (ge) return plain(`${ge.given_name} ${ge.family_name}`);
  if (pp) return plain(`${pp.row.first_name} ${pp.row.last_name}`);
  const name = indexVariants[0] ?? fail(`No name for MNIS ${id}`);
  report.note(`MNIS ${id}: name taken from the index's name_variants`);
  return name;
}

function personEmail(id: number, name: string, now: Row<'currentMps'> | undefined, report: BuildReport): string | null {
  if (!now || now.member_email === 'No email found') return null;
  const candidate = now.member_email.trim();
  if (z.email().safeParse(candidate).success) return candidate;
  report.drop(`email of ${name} (${id})`, `not an email address: "${candidate}"`);
  return null;
}

const OFFICE =
  /^the\b|\b(minister|secretary|attorney|solicitor|advocate|speaker|chancellor|prime|general|portfolio)\b/i;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'la', 'le', 'of']);

function cleanAlias(raw: string): string | null {
  const alias = plain(raw);
  if (HAS_ENTITY.test(alias)) return null; // an entity we could not decode
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(alias)) return null; // "Sio[circ]n", "O¨pik"
  if (/(^|\s)\p{L}-/u.test(alias)) return null; // "S-an James": a lost letter
  // A token starting in lower case is a split word ("D avid", "Mich ael"), bar particles.
  if (alias.split(' ').some((t) => /^\p{Ll}/u.test(t) && !NAME_PARTICLES.has(t))) return null;
  return alias;
}

/**
 * parlparse aliases: added to the one person whose name or variant is the
 * alias's `fullname`. Office titles, garbled spellings and names that fit
 * nobody or several people are skipped.
 */
function addAliases(drafts: Draft[], aliases: Array<Row<'aliases'>>, report: BuildReport): void {
  const byName = new Map<string, Set<number>>();
  for (const { person, variants } of drafts) {
    for (const n of [person.name, ...variants]) {
      const ids = byName.get(n) ?? new Set<number>();
      ids.add(person.id);
      byName.set(n, ids);
    }
  }
  const draftById = new Map(drafts.map((d) => [d.person.id, d]));
  const garbled: string[] = [];
  for (const row of aliases) {
    const fullname = plain(row.fullname);
    if (fullname === '') {
      report.count('aliases skipped: no fullname (surname-only or seat-only entry)');
      continue;
    }
    if (OFFICE.test(row.alternate) || OFFICE.test(fullname)) {
      report.count('aliases skipped: office title');
      continue;
    }
    const alias = cleanAlias(row.alternate);
    if (alias === null) {
      report.count('aliases skipped: garbled or undecodable spelling');
      garbled.push(row.alternate);
      continue;
    }
    // A surname on its own ("Bagshawe") is not a name to match people by.
    if (!alias.includes(' ')) {
      report.count('aliases skipped: a single word');
      continue;
    }
    const ids = byName.get(fullname);
    if (!ids || ids.size === 0) {
      report.count('aliases skipped: fullname matches nobody in the dataset');
      continue;
    }
    if (ids.size > 1) {
      report.count('aliases skipped: fullname matches several people');
      report.note(`Alias "${alias}" → "${fullname}" skipped: ${[...ids].join(', ')} all have that name`);
      continue;
    }
    for (const id of ids) draftById.get(id)?.variants.push(alias);
    report.count('aliases added');
  }
  if (garbled.length > 0) report.note(`Aliases skipped as garbled: ${garbled.map((a) => `"${a}"`).join(', ')}`);
}
