/**
 * Stage 2, identities: who is who. Every person is an MNIS id (the UK
 * Parliament member id) from the index; TheyWorkForYou person ids are linked to
 * them from the index, the mapping file, parlparse and the current MPs list.
 * parlparse rows without an MNIS id get one here, and the current MPs list is
 * keyed by person.
 */
import { GE_2010 } from './constants';
import { fail, type BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain } from './text';
import { positiveInt } from './values';

export type ParlparseSpell = { row: Row<'parlparse'>; personId: number; twfy: number };

export type Identities = {
  /** Everyone in mps_index_by_mnis.csv: the people the dataset can name. */
  personIds: Set<number>;
  twfyToMnis: Map<number, number>;
  /** Each person's TheyWorkForYou id: the first one met (index first). */
  mnisToTwfy: Map<number, number>;
  /** Which file gave a person's TheyWorkForYou id. */
  twfySource: Map<number, string>;
  /** parlparse membership rows whose person is known. */
  parlparseSpells: ParlparseSpell[];
  /** The current MPs list (snapshot), by person. */
  current: Map<number, Row<'currentMps'>>;
};

type IdentitySources = Pick<Sources, 'index' | 'twfyMap' | 'geWinners' | 'aliases' | 'parlparse' | 'currentMps'>;

export function identities(sources: IdentitySources, report: BuildReport): Identities {
  const ids: Identities = {
    personIds: indexPersonIds(sources.index),
    twfyToMnis: new Map(),
    mnisToTwfy: new Map(),
    twfySource: new Map(),
    parlparseSpells: [],
    current: new Map(),
  };
  for (const row of sources.index) {
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy !== null) linkTwfy(ids, report, twfy, Number(row.mnis_id), 'index');
  }
  for (const row of sources.twfyMap) {
    const twfy = positiveInt(row.twfy_person_id);
    const mnis = positiveInt(row.mnis_id);
    if (twfy !== null && mnis !== null) linkTwfy(ids, report, twfy, mnis, 'twfy_person_to_mnis.csv');
  }
  ids.parlparseSpells = parlparseSpells(sources, ids, report);
  ids.current = currentMps(sources, ids, report);
  return ids;
}

function indexPersonIds(index: Sources['index']): Set<number> {
  const personIds = new Set<number>();
  for (const row of index) {
    const id = positiveInt(row.mnis_id);
    if (id === null) fail(`mps_index_by_mnis.csv: bad mnis_id "${row.mnis_id}"`);
    if (personIds.has(id)) fail(`mps_index_by_mnis.csv: mnis_id ${id} appears twice`);
    personIds.add(id);
  }
  return personIds;
}

/** TheyWorkForYou person id ↔ MNIS id. A TWFY id names one person; a person keeps the first TWFY id met. */
function linkTwfy(ids: Identities, report: BuildReport, twfy: number, mnis: number, from: string): void {
  const known = ids.twfyToMnis.get(twfy);
  if (known !== undefined && known !== mnis) {
    fail(`TheyWorkForYou id ${twfy} maps to MNIS ${known} and ${mnis} (${from})`);
  }
  ids.twfyToMnis.set(twfy, mnis);
  const knownTwfy = ids.mnisToTwfy.get(mnis);
  if (knownTwfy === undefined) {
    ids.mnisToTwfy.set(mnis, twfy);
    ids.twfySource.set(mnis, from);
  } else if (knownTwfy !== twfy) {
    report.note(
      `MNIS ${mnis} has TheyWorkForYou ids ${knownTwfy} and ${twfy}; kept ${knownTwfy} (${ids.twfySource.get(mnis)})`,
    );
  }
}

export const parlparseLabel = (row: Row<'parlparse'>) =>
  `parlparse ${row.first_name} ${row.last_name}, ${row.constituency} from ${row.from_date}`;

/** parlparse rows with their person: the row's MNIS id, else the mapping file's, else the 2010 winner of the seat. */
function parlparseSpells(sources: IdentitySources, ids: Identities, report: BuildReport): ParlparseSpell[] {
  const winner2010 = ge2010WinnerOf(sources);
  const spells: ParlparseSpell[] = [];
  for (const row of sources.parlparse) {
    const label = parlparseLabel(row);
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy === null) {
      report.drop(label, 'no TheyWorkForYou person id');
      continue;
    }
    let personId = positiveInt(row.mnis_id);
    if (personId === null) {
      personId = ids.twfyToMnis.get(twfy) ?? null;
      if (personId !== null) report.count('parlparse mnis filled from twfy_person_to_mnis.csv');
    }
    if (personId === null && row.from_why === 'general_election' && row.from_date === GE_2010) {
      // Not in the mapping file: the 2010 winner of the same seat in the
      // official GE results is the same person (one winner per seat), checked
      // by surname or a parlparse alias.
      personId = winner2010(row);
      if (personId !== null) report.count('parlparse mnis filled by matching the 2010 GE winner of the seat');
    }
    if (personId === null) {
      report.drop(label, 'no MNIS id and none could be matched');
      continue;
    }
    if (!ids.personIds.has(personId)) {
      report.drop(label, `MNIS ${personId} is not in mps_index_by_mnis.csv`);
      continue;
    }
    // parlparse's TheyWorkForYou id is used only where the index and the
    // mapping file have none for the person (the seat-matched rows above).
    if (!ids.twfyToMnis.has(twfy)) linkTwfy(ids, report, twfy, personId, 'parlparse row');
    else if (ids.twfyToMnis.get(twfy) !== personId)
      fail(`${label}: TheyWorkForYou ${twfy} is MNIS ${ids.twfyToMnis.get(twfy)}, not ${personId}`);
    spells.push({ row, personId, twfy });
  }
  return spells;
}

/** The MNIS id of the GE 2010 winner of a parlparse row's seat, when surname or a parlparse alias agrees. */
function ge2010WinnerOf(sources: Pick<Sources, 'geWinners' | 'aliases'>): (row: Row<'parlparse'>) => number | null {
  const bySeat = new Map<string, Row<'geWinners'>>();
  for (const row of sources.geWinners.filter((r) => r.election_date === GE_2010)) {
    bySeat.set(plain(row.constituency).toLowerCase(), row);
  }
  // parlparse aliases link old and new names ("Louise Bagshawe" → "Louise Mensch").
  const aliasPairs = new Set(sources.aliases.map((row) => `${plain(row.alternate)}|${plain(row.fullname)}`));
  return (pp) => {
    const ge = bySeat.get(plain(pp.constituency).toLowerCase());
    if (!ge) return null;
    const ppName = plain(`${pp.first_name} ${pp.last_name}`);
    const geName = plain(`${ge.given_name} ${ge.family_name}`);
    const same =
      plain(pp.last_name).toLowerCase() === plain(ge.family_name).toLowerCase() ||
      aliasPairs.has(`${ppName}|${geName}`) ||
      aliasPairs.has(`${geName}|${ppName}`);
    return same ? Number(ge.mnis_id) : null;
  };
}

/** The current MPs list by person; the list, not the index's flag, says who is sitting. */
function currentMps(sources: IdentitySources, ids: Identities, report: BuildReport): Map<number, Row<'currentMps'>> {
  const current = new Map<number, Row<'currentMps'>>();
  for (const row of sources.currentMps) {
    const id = positiveInt(row.member_id);
    if (id === null || !ids.personIds.has(id))
      fail(`current_mps_mp_lookup.csv: member ${row.member_id} is not in the index`);
    current.set(id, row);
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy !== null) linkTwfy(ids, report, twfy, id, 'current_mps_mp_lookup.csv');
  }
  for (const row of sources.index) {
    const flagged = row.in_current_mp_lookup === 'true';
    if (flagged !== current.has(Number(row.mnis_id))) {
      report.note(
        `Index says in_current_mp_lookup=${row.in_current_mp_lookup} for ${row.mnis_id}, the lookup disagrees; used the lookup`,
      );
    }
  }
  return current;
}
