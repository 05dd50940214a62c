/**
 * Builds the bundled dataset, public/data/dataset.json, from the source files in
 * ../shared/data (or $BEVAN_SHARED_DATA). Run with `npm run dataset`.
 *
 * Ground rules, from shared/data/README.md and the project brief:
 * - Derive, don't copy: only ids, names, dates, counts and source links are
 *   shipped. `source_quote` fields are never read, bill notes are not shipped,
 *   and free text that carries quoted speech is dropped.
 * - Facts are real or absent: a gap stays null. Nothing is guessed; where the
 *   sources disagree or are ambiguous the value is left out and reported.
 * - Second-hand, partial or "not verified" rows are flagged as such.
 * - The output is deterministic: records are sorted and objects are built with
 *   a fixed key order, so rebuilding from the same sources gives the same bytes.
 *
 * The script validates the result with the `Dataset` schema and prints a
 * coverage report; it exits 1 if the sources are missing or anything fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '../utils/data/zod';
import {
  Dataset,
  DATASET_FORMAT,
  type Bill,
  type BillStage,
  type Division,
  type DisputeEvent,
  type Membership,
  type NhsPolicy,
  type Person,
  type Source,
  type VoteCounts,
  type VotingRecord,
} from '../utils/data/schema';
import { parseCsvRecords } from './dataset/csv';

// ---------------------------------------------------------------------------
// Locations and constants

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = process.env.BEVAN_SHARED_DATA
  ? path.resolve(process.env.BEVAN_SHARED_DATA)
  : path.resolve(projectRoot, '../shared/data');
const outFile = path.join(projectRoot, 'public/data/dataset.json');
/** Just the version, so that the background can tell at start-up, without reading 3.5 MB, whether to reload. */
const versionFile = path.join(projectRoot, 'public/data/dataset-version.json');

/**
 * The date the newest source describes: shared/data/README.md says the current
 * MPs list (mps/current_mps_mp_lookup.csv) is a "snapshot of 27 Jun 2026".
 * Update this together with that file.
 */
const SNAPSHOT_DATE = '2026-06-27';
const SNAPSHOT_LABEL = 'UK Parliament Members API (snapshot 27 Jun 2026)';

/** Polling day of the 2010 general election; the parlparse file covers that Parliament instead. */
const GE_2010 = '2010-05-06';
const GE_2024 = '2024-07-04';

const ORIGIN = 'bundled' as const;

// ---------------------------------------------------------------------------
// Report: everything the build changes, drops or cannot decide is recorded
// here and printed at the end, so that nothing happens silently.

const dropped: string[] = [];
const notes: string[] = [];
const tally = new Map<string, number>();

function drop(what: string, why: string): void {
  dropped.push(`${what}: ${why}`);
}
function count(key: string, by = 1): void {
  tally.set(key, (tally.get(key) ?? 0) + by);
}

class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(message);
}

// ---------------------------------------------------------------------------
// Reading the sources

function sourcePath(relative: string): string {
  const full = path.join(sharedData, relative);
  if (!existsSync(full)) fail(`Missing source file ${full}`);
  return full;
}

function readCsv<K extends string>(relative: string, columns: readonly K[]): Array<Record<K, string>> {
  try {
    return parseCsvRecords(readFileSync(sourcePath(relative), 'utf8'), columns);
  } catch (error) {
    if (error instanceof BuildError) throw error;
    fail(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readJson<T>(relative: string, schema: z.ZodMiniType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(sourcePath(relative), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    fail(`${relative} is not in the expected shape:\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

// The JSON sources are read through these shapes. Keys not listed here
// (`source_quote`, `notes`, `bills_parliament_uk_id_unverified`, …) are
// stripped on read, so they cannot leak into the output.
const BillsFile = z.array(
  z.object({
    id: z.string(),
    short_title: z.string(),
    popular_names: z.optional(z.array(z.string())),
    act: z.optional(z.string()),
    session: z.string(),
    type: z.string(),
    house: z.string(),
    sponsor: z.object({ name: z.string(), mnis_id: z.optional(z.string()) }),
    stages: z.array(
      z.object({
        stage: z.string(),
        house: z.string(),
        date: z.string(),
        date_end: z.optional(z.string()),
        source_url: z.string(),
        source_type: z.optional(z.string()),
      }),
    ),
    outcome: z.optional(z.string()),
  }),
);

const PoliciesFile = z.array(
  z.object({
    id: z.int(),
    name: z.string(),
    context_description: z.string(),
    division_links: z.array(z.unknown()),
  }),
);

// ---------------------------------------------------------------------------
// Text and link helpers

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
const HAS_ENTITY = new RegExp(ENTITY.source);

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
function plain(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function plainOrNull(text: string | undefined): string | null {
  const value = text === undefined ? '' : plain(text);
  return value === '' ? null : value;
}

/**
 * Quoted speech: text in double or curly quotes, or in straight single quotes
 * that open after a space or bracket and close before a space or punctuation
 * (so possessives such as "doctors' contracts" are not mistaken for quotes).
 */
const QUOTATIONS = [/"[^"]+"/, /“[^”]+”/, /‘[^’]+’/, /(^|[\s([{:;,])'[^']+'(?=$|[\s)\]}.,;:!?])/];

function containsQuotation(text: string): boolean {
  return QUOTATIONS.some((pattern) => pattern.test(text));
}

/**
 * Free text is shipped only without quoted speech. A trailing parenthetical
 * that carries the quotation is cut off when the rest stands on its own;
 * otherwise the whole text is dropped.
 */
function withoutQuotations(text: string | null): string | null {
  if (text === null || !containsQuotation(text)) return text;
  const split = splitTrailingParenthetical(text);
  if (split && containsQuotation(split.inner) && !containsQuotation(split.head)) return split.head;
  return null;
}

/** "2nd reading (talked out)" → { head: "2nd reading", inner: "talked out" }; null without one. */
function splitTrailingParenthetical(text: string): { head: string; inner: string } | null {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  const head = match?.[1] ?? '';
  const inner = match?.[2] ?? '';
  return head === '' ? null : { head, inner };
}

/**
 * Every link is shipped as https. The sources cite some pages by their old
 * http:// address; each such host in these files (parliament.uk,
 * electionresults.parliament.uk, publicwhip.org.uk, dailymail.co.uk,
 * telegraph.co.uk, independent.co.uk, navigator.health.org.uk, nhsbill2015.org)
 * serves the same page over https, and the schema only allows https links, so
 * the address is upgraded rather than the citation lost. A link that still is
 * not https afterwards is dropped (and the report says so).
 */
function httpsUrl(raw: string, context: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    drop(`link in ${context}`, `not a valid URL: ${raw}`);
    return null;
  }
  if (url.protocol === 'http:') {
    url.protocol = 'https:';
    count(`http→https: ${url.hostname}`);
  }
  // "www.independent.co.uk." (a fully-qualified name with its root dot) is the
  // same host; browsers and certificates expect it without the dot.
  if (url.hostname.endsWith('.')) {
    notes.push(`Removed the trailing dot from host "${url.hostname}" in ${context}`);
    url.hostname = url.hostname.slice(0, -1);
  }
  if (url.protocol !== 'https:') {
    drop(`link in ${context}`, `not an https address: ${raw}`);
    return null;
  }
  return url.href;
}

function source(url: string | null, label: string): Source[] {
  return url === null ? [] : [{ url, label: label.slice(0, 200) }];
}

function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

function positiveInt(value: string): number | null {
  return /^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : null;
}

function nonNegativeInt(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function voteCount(value: string, context: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) fail(`Bad vote count "${value}" in ${context}`);
  return n;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, to compare values regardless of key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function byKey<T>(key: (item: T) => string | number): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

// ---------------------------------------------------------------------------
// The build

function build(): Dataset {
  // --- Sources ------------------------------------------------------------

  const indexRows = readCsv('mps/mps_index_by_mnis.csv', [
    'mnis_id',
    'twfy_person_id',
    'name_variants',
    'in_current_mp_lookup',
  ]);
  const currentRows = readCsv('mps/current_mps_mp_lookup.csv', [
    'member_id',
    'display_as',
    'party_text',
    'pcon_name',
    'member_email',
    'twfy_person_id',
    'profile_url',
  ]);
  const geRows = readCsv('mps/ge_winners_2010_2024.csv', [
    'election_date',
    'parliament_dissolved_on',
    'mnis_id',
    'given_name',
    'family_name',
    'constituency',
    'party',
    'adjunct_party',
    'is_speaker',
    'result_summary',
    'member_url',
  ]);
  const parlparseRows = readCsv('mps/commons_memberships_2010_2015_parlparse.csv', [
    'twfy_person_id',
    'mnis_id',
    'first_name',
    'last_name',
    'constituency',
    'party',
    'from_date',
    'to_date',
    'from_why',
  ]);
  const aliasRows = readCsv('mps/name_aliases_parlparse_2015.csv', ['alternate', 'fullname']);
  const twfyMapRows = readCsv('mps/twfy_person_to_mnis.csv', ['twfy_person_id', 'mnis_id']);
  const alignmentRows = readCsv('divisions/twfy_person_policy_alignment_nhs.csv', [
    'person_id',
    'policy_id',
    'period_slug',
    'chamber',
    'is_target',
    'comparison_party',
    'start_year',
    'end_year',
    'num_votes_same',
    'num_strong_votes_same',
    'num_votes_different',
    'num_strong_votes_different',
    'num_votes_absent',
    'num_strong_votes_absent',
    'num_votes_abstained',
    'num_strong_votes_abstained',
  ]);
  const divisionRows = readCsv('divisions/nhs_divisions_index.csv', [
    'division_key',
    'house',
    'date',
    'number',
    'title',
    'bill_or_topic',
    'ayes',
    'noes',
    'counts_note',
    'source_url',
    'source_type',
    'twfy_policy_ids',
    'notes',
  ]);
  const eventRows = readCsv('events/junior_doctors_timeline.csv', [
    'date_start',
    'date_end',
    'event',
    'details',
    'source_url',
    'source_type',
  ]);
  const billsFile = readJson('bills/nhs_bills.json', BillsFile);
  const policiesFile = readJson('divisions/twfy_policies_nhs.json', PoliciesFile);

  // --- Who is who: MNIS ids, TheyWorkForYou ids -----------------------------

  const personIds = new Set<number>();
  for (const row of indexRows) {
    const id = positiveInt(row.mnis_id);
    if (id === null) fail(`mps_index_by_mnis.csv: bad mnis_id "${row.mnis_id}"`);
    if (personIds.has(id)) fail(`mps_index_by_mnis.csv: mnis_id ${id} appears twice`);
    personIds.add(id);
  }

  // TheyWorkForYou person id ↔ MNIS id, from the index and the mapping file.
  const twfyToMnis = new Map<number, number>();
  const mnisToTwfy = new Map<number, number>();
  const twfySource = new Map<number, string>();
  function linkTwfy(twfy: number, mnis: number, from: string): void {
    const known = twfyToMnis.get(twfy);
    if (known !== undefined && known !== mnis) {
      fail(`TheyWorkForYou id ${twfy} maps to MNIS ${known} and ${mnis} (${from})`);
    }
    twfyToMnis.set(twfy, mnis);
    const knownTwfy = mnisToTwfy.get(mnis);
    if (knownTwfy === undefined) {
      mnisToTwfy.set(mnis, twfy);
      twfySource.set(mnis, from);
    } else if (knownTwfy !== twfy) {
      notes.push(
        `MNIS ${mnis} has TheyWorkForYou ids ${knownTwfy} and ${twfy}; kept ${knownTwfy} (${twfySource.get(mnis)})`,
      );
    }
  }
  for (const row of indexRows) {
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy !== null) linkTwfy(twfy, Number(row.mnis_id), 'index');
  }
  for (const row of twfyMapRows) {
    const twfy = positiveInt(row.twfy_person_id);
    const mnis = positiveInt(row.mnis_id);
    if (twfy !== null && mnis !== null) linkTwfy(twfy, mnis, 'twfy_person_to_mnis.csv');
  }

  // --- Constituency spellings ----------------------------------------------
  // The GE file spells some seats with odd capitals ("Stoke-On-Trent Central").
  // Where the same name appears with other capitals elsewhere, use the current
  // (Members API) spelling, else the GE 2024 one, else parlparse's. Only case
  // differences are merged; nothing else about a name is changed.
  const preferredSpelling = new Map<string, string>();
  const prefer = (name: string) => {
    const key = name.toLowerCase();
    if (!preferredSpelling.has(key)) preferredSpelling.set(key, name);
  };
  currentRows.forEach((row) => prefer(plain(row.pcon_name)));
  geRows.filter((row) => row.election_date === GE_2024).forEach((row) => prefer(plain(row.constituency)));
  parlparseRows.forEach((row) => prefer(plain(row.constituency)));
  const respelled = new Map<string, number>();
  function constituency(raw: string): string {
    const name = plain(raw);
    const spelling = preferredSpelling.get(name.toLowerCase()) ?? name;
    if (spelling !== name) respelled.set(`${name} → ${spelling}`, (respelled.get(`${name} → ${spelling}`) ?? 0) + 1);
    return spelling;
  }

  // --- Parties ------------------------------------------------------------

  type GeRow = (typeof geRows)[number];
  /**
   * The GE file leaves `party` empty for the Speaker and for independents; its
   * own `is_speaker` flag and `result_summary` ("Ind gain from Lab") say which.
   * Labour and Co-operative members are written "Labour (Co-op)", as the
   * Members API writes them.
   */
  function geParty(row: GeRow): string | null {
    let party = plain(row.party);
    if (party === '') {
      if (row.is_speaker === 'true') party = 'Speaker';
      else if (/^Ind\b/.test(row.result_summary)) party = 'Independent';
      else return null;
      count(`GE party from ${party === 'Speaker' ? 'is_speaker' : 'result_summary'}`);
    }
    return row.adjunct_party === 'Co-operative' ? `${party} (Co-op)` : party;
  }

  // parlparse abbreviations, expanded to the GE file's own spellings.
  const PARLPARSE_PARTIES: Record<string, string> = {
    Con: 'Conservative',
    Lab: 'Labour',
    LDem: 'Liberal Democrat',
    SNP: 'Scottish National Party',
    PC: 'Plaid Cymru',
    DUP: 'Democratic Unionist Party',
    SDLP: 'Social Democratic & Labour Party',
    SF: 'Sinn Féin',
    UKIP: 'UK Independence Party',
    Green: 'Green Party',
    Alliance: 'Alliance',
    Ind: 'Independent',
    Res: 'Respect',
    SPK: 'Speaker',
  };
  const geSpellings = new Set(geRows.map((row) => plain(row.party)).filter((p) => p !== ''));
  for (const [abbrev, name] of Object.entries(PARLPARSE_PARTIES)) {
    // Independent, Respect and Speaker have no spelling in the GE file (it leaves those blank).
    if (!['Ind', 'Res', 'SPK'].includes(abbrev) && !geSpellings.has(name)) {
      fail(`parlparse party ${abbrev} → "${name}" is not spelled that way in the GE file`);
    }
  }

  // --- 2010–15 Parliament (parlparse) ---------------------------------------

  const ge2010BySeat = new Map<string, GeRow>();
  for (const row of geRows.filter((r) => r.election_date === GE_2010)) {
    ge2010BySeat.set(plain(row.constituency).toLowerCase(), row);
  }
  // parlparse aliases link old and new names ("Louise Bagshawe" → "Louise Mensch").
  const aliasPairs = new Set(aliasRows.map((row) => `${plain(row.alternate)}|${plain(row.fullname)}`));
  const sameSurnameOrAlias = (pp: { first_name: string; last_name: string }, ge: GeRow) => {
    const ppName = plain(`${pp.first_name} ${pp.last_name}`);
    const geName = plain(`${ge.given_name} ${ge.family_name}`);
    return (
      plain(pp.last_name).toLowerCase() === plain(ge.family_name).toLowerCase() ||
      aliasPairs.has(`${ppName}|${geName}`) ||
      aliasPairs.has(`${geName}|${ppName}`)
    );
  };

  type ParlparseSpell = { row: (typeof parlparseRows)[number]; personId: number; twfy: number };
  const parlparseSpells: ParlparseSpell[] = [];
  for (const row of parlparseRows) {
    const label = `parlparse ${row.first_name} ${row.last_name}, ${row.constituency} from ${row.from_date}`;
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy === null) {
      drop(label, 'no TheyWorkForYou person id');
      continue;
    }
    let personId = positiveInt(row.mnis_id);
    if (personId === null) {
      personId = twfyToMnis.get(twfy) ?? null;
      if (personId !== null) count('parlparse mnis filled from twfy_person_to_mnis.csv');
    }
    if (personId === null && row.from_why === 'general_election' && row.from_date === GE_2010) {
      // Not in the mapping file: the 2010 winner of the same seat in the
      // official GE results is the same person (one winner per seat), checked
      // by surname or a parlparse alias.
      const winner = ge2010BySeat.get(plain(row.constituency).toLowerCase());
      if (winner && sameSurnameOrAlias(row, winner)) {
        personId = Number(winner.mnis_id);
        count('parlparse mnis filled by matching the 2010 GE winner of the seat');
      }
    }
    if (personId === null) {
      drop(label, 'no MNIS id and none could be matched');
      continue;
    }
    if (!personIds.has(personId)) {
      drop(label, `MNIS ${personId} is not in mps_index_by_mnis.csv`);
      continue;
    }
    // parlparse's TheyWorkForYou id is used only where the index and the
    // mapping file have none for the person (the seat-matched rows above).
    if (!twfyToMnis.has(twfy)) linkTwfy(twfy, personId, 'parlparse row');
    else if (twfyToMnis.get(twfy) !== personId)
      fail(`${label}: TheyWorkForYou ${twfy} is MNIS ${twfyToMnis.get(twfy)}, not ${personId}`);
    parlparseSpells.push({ row, personId, twfy });
  }

  // --- Current MPs (snapshot) ----------------------------------------------

  const current = new Map<number, (typeof currentRows)[number]>();
  for (const row of currentRows) {
    const id = positiveInt(row.member_id);
    if (id === null || !personIds.has(id))
      fail(`current_mps_mp_lookup.csv: member ${row.member_id} is not in the index`);
    current.set(id, row);
    const twfy = positiveInt(row.twfy_person_id);
    if (twfy !== null) linkTwfy(twfy, id, 'current_mps_mp_lookup.csv');
  }
  for (const row of indexRows) {
    const flagged = row.in_current_mp_lookup === 'true';
    if (flagged !== current.has(Number(row.mnis_id))) {
      notes.push(
        `Index says in_current_mp_lookup=${row.in_current_mp_lookup} for ${row.mnis_id}, the lookup disagrees; used the lookup`,
      );
    }
  }

  // --- Memberships ----------------------------------------------------------

  const memberships: Membership[] = [];
  const BASIS_BY_WHY: Record<string, Membership['basis']> = {
    general_election: 'general-election',
    by_election: 'by-election',
    changed_party: 'party-change',
  };

  for (const { row, personId, twfy } of parlparseSpells) {
    const label = `parlparse ${row.first_name} ${row.last_name}, ${row.constituency} from ${row.from_date}`;
    // The person's TheyWorkForYou page: their chosen id (index first), which
    // for one person differs from the id on the parlparse row.
    const twfyPage = mnisToTwfy.get(personId) ?? twfy;
    if (twfyPage !== twfy) count('parlparse spells sourced to the index TWFY id, not the row id');
    const basis = BASIS_BY_WHY[row.from_why];
    const party = PARLPARSE_PARTIES[row.party];
    if (!basis) {
      drop(label, `unknown from_why "${row.from_why}"`);
      continue;
    }
    if (!party) {
      drop(label, `unknown party abbreviation "${row.party}"`);
      continue;
    }
    memberships.push({
      id: `${personId}-${basis}-${row.from_date}`,
      personId,
      constituency: constituency(row.constituency),
      party,
      from: row.from_date,
      to: row.to_date,
      end: 'exact',
      basis,
      asOf: null,
      // parlparse is mySociety's; the person's TheyWorkForYou page shows these spells.
      sources: source(
        httpsUrl(`https://www.theyworkforyou.com/mp/${twfyPage}`, label),
        'mySociety parlparse via TheyWorkForYou',
      ),
      origin: ORIGIN,
    });
  }

  // Every 2010 GE winner should already be covered by parlparse. Matched on
  // person and seat, not date: the Thirsk and Malton poll was held on 27 May
  // 2010, and parlparse dates that spell from then.
  const parlparse2010 = new Set(
    parlparseSpells
      .filter(({ row }) => row.from_why === 'general_election' && row.from_date.startsWith('2010-'))
      .map(({ row, personId }) => `${personId}|${plain(row.constituency).toLowerCase()}`),
  );
  const missing2010 = geRows.filter(
    (row) =>
      row.election_date === GE_2010 && !parlparse2010.has(`${row.mnis_id}|${plain(row.constituency).toLowerCase()}`),
  );
  for (const row of missing2010) {
    notes.push(
      `GE 2010 winner ${row.given_name} ${row.family_name} (${row.mnis_id}, ${row.constituency}) is not in parlparse; emitted from the GE file`,
    );
  }

  const ge2024ByPerson = new Map<number, GeRow>();
  const ge2024Spells = new Map<number, Membership>();
  for (const row of geRows) {
    if (row.election_date === GE_2010 && !missing2010.includes(row)) continue;
    const personId = positiveInt(row.mnis_id);
    const label = `GE ${row.election_date} ${row.given_name} ${row.family_name}, ${row.constituency}`;
    if (personId === null || !personIds.has(personId)) {
      drop(label, `MNIS "${row.mnis_id}" is not in the index`);
      continue;
    }
    const party = geParty(row);
    if (party === null) {
      drop(label, 'no party in the GE file and none derivable');
      continue;
    }
    const is2024 = row.election_date === GE_2024;
    // GE 2024 spells start as 'unknown'; the snapshot step below marks them
    // 'sitting' when the current list still shows the same seat and party.
    const membership: Membership = {
      id: `${personId}-general-election-${row.election_date}`,
      personId,
      constituency: constituency(row.constituency),
      party,
      from: row.election_date,
      to: is2024 ? null : row.parliament_dissolved_on,
      end: is2024 ? 'unknown' : 'at-latest',
      basis: 'general-election',
      asOf: null,
      sources: source(httpsUrl(row.member_url, label), 'UK Parliament election results'),
      origin: ORIGIN,
    };
    if (is2024 && row.parliament_dissolved_on !== '') fail(`${label}: GE 2024 row has a dissolution date`);
    if (!is2024 && !isDay(row.parliament_dissolved_on)) fail(`${label}: no dissolution date`);
    memberships.push(membership);
    if (is2024) {
      ge2024ByPerson.set(personId, row);
      ge2024Spells.set(personId, membership);
    }
  }

  // Snapshot: current MPs whose seat and party are not exactly their GE 2024
  // spell (by-election winners since 2024, party changes). The change dates are
  // not in the sources, so the GE 2024 spell of a party changer stays 'unknown'.
  for (const [personId, row] of current) {
    const seat = constituency(row.pcon_name);
    const party = plain(row.party_text);
    const spell = ge2024Spells.get(personId);
    if (spell && spell.constituency === seat && spell.party === party) {
      spell.end = 'sitting';
      continue;
    }
    if (spell && spell.constituency === seat) count('snapshot: same seat, party changed since GE 2024');
    else if (spell) count('snapshot: different seat from GE 2024');
    else count('snapshot: not elected at GE 2024 (by-election)');
    const label = `current MP ${row.display_as} (${personId})`;
    memberships.push({
      id: `${personId}-snapshot-${SNAPSHOT_DATE}`,
      personId,
      constituency: seat,
      party,
      from: null,
      to: null,
      end: 'sitting',
      basis: 'snapshot',
      asOf: SNAPSHOT_DATE,
      sources: source(httpsUrl(row.profile_url, label), SNAPSHOT_LABEL),
      origin: ORIGIN,
    });
  }

  // --- People -------------------------------------------------------------

  const latestGeWin = new Map<number, GeRow>();
  for (const row of geRows) {
    const id = Number(row.mnis_id);
    const known = latestGeWin.get(id);
    if (!known || row.election_date > known.election_date) latestGeWin.set(id, row);
  }
  const latestParlparse = new Map<number, ParlparseSpell>();
  for (const spell of parlparseSpells) {
    const known = latestParlparse.get(spell.personId);
    if (!known || spell.row.from_date > known.row.from_date) latestParlparse.set(spell.personId, spell);
  }
  const parlparseNames = new Map<number, string[]>();
  for (const { row, personId } of parlparseSpells) {
    const names = parlparseNames.get(personId) ?? [];
    names.push(plain(`${row.first_name} ${row.last_name}`));
    parlparseNames.set(personId, names);
  }

  type Draft = { person: Person; variants: string[] };
  const drafts: Draft[] = [];
  for (const row of indexRows) {
    const id = Number(row.mnis_id);
    const now = current.get(id);
    const ge = latestGeWin.get(id);
    const pp = latestParlparse.get(id);
    const indexVariants = row.name_variants
      .split('|')
      .map(plain)
      .filter((v) => v !== '');
    let name: string;
    if (now) name = plain(now.display_as);
    else if (ge) name = plain(`${ge.given_name} ${ge.family_name}`);
    else if (pp) name = plain(`${pp.row.first_name} ${pp.row.last_name}`);
    else {
      name = indexVariants[0] ?? fail(`No name for MNIS ${id}`);
      notes.push(`MNIS ${id}: name taken from the index's name_variants`);
    }

    let email: string | null = null;
    if (now && now.member_email !== 'No email found') {
      const candidate = now.member_email.trim();
      if (z.email().safeParse(candidate).success) email = candidate;
      else drop(`email of ${name} (${id})`, `not an email address: "${candidate}"`);
    }

    const twfyId = mnisToTwfy.get(id) ?? null;
    count(`twfyId from ${twfyId === null ? 'nowhere (null)' : twfySource.get(id)}`);
    const sources: Source[] = [
      ...source(httpsUrl(`https://members.parliament.uk/member/${id}/career`, `person ${id}`), 'UK Parliament Members'),
      ...(twfyId === null
        ? []
        : source(httpsUrl(`https://www.theyworkforyou.com/mp/${twfyId}`, `person ${id}`), 'TheyWorkForYou')),
    ];
    drafts.push({
      person: { id, twfyId, name, nameVariants: [], sitting: now !== undefined, email, sources, origin: ORIGIN },
      // parlparse's own spelling of the name is a variant too (e.g. "Louise Mensch" for Louise Bagshawe).
      variants: [...indexVariants, ...(parlparseNames.get(id) ?? [])],
    });
  }

  // parlparse aliases: added to the one person whose name or variant is the
  // alias's `fullname`. Office titles, garbled spellings and names that fit
  // nobody or several people are skipped.
  const byName = new Map<string, Set<number>>();
  for (const { person, variants } of drafts) {
    for (const n of [person.name, ...variants]) {
      const ids = byName.get(n) ?? new Set<number>();
      ids.add(person.id);
      byName.set(n, ids);
    }
  }
  const draftById = new Map(drafts.map((d) => [d.person.id, d]));
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
  const garbled: string[] = [];
  for (const row of aliasRows) {
    const fullname = plain(row.fullname);
    if (fullname === '') {
      count('aliases skipped: no fullname (surname-only or seat-only entry)');
      continue;
    }
    if (OFFICE.test(row.alternate) || OFFICE.test(fullname)) {
      count('aliases skipped: office title');
      continue;
    }
    const alias = cleanAlias(row.alternate);
    if (alias === null) {
      count('aliases skipped: garbled or undecodable spelling');
      garbled.push(row.alternate);
      continue;
    }
    // A surname on its own ("Bagshawe") is not a name to match people by.
    if (!alias.includes(' ')) {
      count('aliases skipped: a single word');
      continue;
    }
    const ids = byName.get(fullname);
    if (!ids || ids.size === 0) {
      count('aliases skipped: fullname matches nobody in the dataset');
      continue;
    }
    if (ids.size > 1) {
      count('aliases skipped: fullname matches several people');
      notes.push(`Alias "${alias}" → "${fullname}" skipped: ${[...ids].join(', ')} all have that name`);
      continue;
    }
    for (const id of ids) draftById.get(id)?.variants.push(alias);
    count('aliases added');
  }

  if (garbled.length > 0) notes.push(`Aliases skipped as garbled: ${garbled.map((a) => `"${a}"`).join(', ')}`);

  const people: Person[] = drafts.map(({ person, variants }) => {
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
  const personById = new Map(people.map((p) => [p.id, p]));

  // --- Bills --------------------------------------------------------------

  function resolvePerson(name: string): number | null {
    const target = name.toLowerCase();
    const matches = people.filter(
      (p) => p.name.toLowerCase() === target || p.nameVariants.some((v) => v.toLowerCase() === target),
    );
    return matches.length === 1 ? (matches[0]?.id ?? null) : null;
  }

  const STAGE_HOUSES: Record<string, BillStage['house']> = {
    Commons: 'Commons',
    Lords: 'Lords',
    both: 'both',
    '-': 'none',
  };
  const stageSplits: string[] = [];
  const bills: Bill[] = [];
  for (const bill of billsFile) {
    const stages: BillStage[] = [];
    for (const stage of bill.stages) {
      const label = `${bill.id} stage "${stage.stage}" ${stage.date}`;
      const house = STAGE_HOUSES[stage.house];
      if (!house) fail(`${label}: unknown house "${stage.house}"`);
      const url = httpsUrl(stage.source_url, label);
      if (url === null) {
        drop(label, 'its only source link is unusable');
        continue;
      }
      // "2nd reading (not reached / talked out; no division)": the trailing
      // parenthetical says what happened, so it becomes the stage's outcome.
      const text = plain(stage.stage);
      const split = splitTrailingParenthetical(text);
      const name = split ? split.head : text;
      const outcome = withoutQuotations(split ? plainOrNull(split.inner) : null);
      stageSplits.push(`${bill.id} ${stage.date}: "${name}" | outcome: ${outcome === null ? 'null' : `"${outcome}"`}`);
      const secondary = (stage.source_type ?? '').toLowerCase().includes('secondary');
      stages.push({
        stage: name,
        outcome,
        house,
        date: stage.date,
        dateEnd: stage.date_end ?? null,
        source: { url, label: secondary ? `${hostLabel(url)} (secondary)` : hostLabel(url) },
        secondary,
      });
    }

    const sourceUrls = [...new Set(stages.map((s) => s.source.url))];
    if (sourceUrls.length === 0) {
      drop(`bill ${bill.id}`, 'no usable source link');
      continue;
    }
    const sources = sourceUrls.map((url) => stages.find((s) => s.source.url === url)?.source ?? fail('unreachable'));

    // The act's short title without its chapter ("Health and Social Care Act 2012").
    const actShortTitle = bill.act ? plain(bill.act.replace(/\s*\([^()]*\)\s*$/, '')) : null;
    const aliases = [...new Set([...(bill.popular_names ?? []).map(plain), ...(actShortTitle ? [actShortTitle] : [])])];

    const sponsorName = plainOrNull(bill.sponsor.name);
    let sponsorId = bill.sponsor.mnis_id ? positiveInt(bill.sponsor.mnis_id) : null;
    if (sponsorId !== null && !personById.has(sponsorId)) {
      notes.push(`${bill.id}: sponsor MNIS ${sponsorId} is not a person in the dataset; left null`);
      sponsorId = null;
    } else if (sponsorId === null && sponsorName !== null) {
      sponsorId = resolvePerson(sponsorName);
      notes.push(`${bill.id}: sponsor "${sponsorName}" resolved by name to ${sponsorId ?? 'nobody (null)'}`);
    }

    const outcome = withoutQuotations(plainOrNull(bill.outcome));
    if (outcome !== plainOrNull(bill.outcome)) {
      notes.push(`${bill.id}: outcome shortened to drop quoted text → ${outcome === null ? 'null' : `"${outcome}"`}`);
    }

    bills.push({
      id: bill.id,
      shortTitle: plain(bill.short_title),
      aliases,
      session: bill.session,
      type: plain(bill.type),
      house: plain(bill.house),
      sponsorId,
      sponsorName,
      stages,
      outcome,
      // Kept as the source gives it, chapter included ("… Act 2012 (2012 c. 7)").
      actTitle: plainOrNull(bill.act),
      sources,
      origin: ORIGIN,
    });
  }
  const billIds = new Set(bills.map((b) => b.id));

  // --- NHS policies (TheyWorkForYou) -----------------------------------------

  const policies: NhsPolicy[] = policiesFile.map((policy) => ({
    id: policy.id,
    name: plain(policy.name),
    description: plain(policy.context_description),
    divisionCount: policy.division_links.length,
    // twfy-votes serves each policy at /policy/<id> on votes.theyworkforyou.com.
    sources: source(
      httpsUrl(`https://votes.theyworkforyou.com/policy/${policy.id}`, `policy ${policy.id}`),
      'TheyWorkForYou Votes (mySociety)',
    ),
    origin: ORIGIN,
  }));
  const policyIds = new Set(policies.map((p) => p.id));

  // --- Voting records ---------------------------------------------------------

  type AlignmentRow = (typeof alignmentRows)[number];
  const counts = (row: AlignmentRow, strong: boolean): VoteCounts => {
    const k = strong ? 'num_strong_votes_' : 'num_votes_';
    const at = `alignment ${row.person_id}/${row.policy_id}`;
    return {
      with: voteCount(row[`${k}same` as keyof AlignmentRow], at),
      against: voteCount(row[`${k}different` as keyof AlignmentRow], at),
      absent: voteCount(row[`${k}absent` as keyof AlignmentRow], at),
      abstained: voteCount(row[`${k}abstained` as keyof AlignmentRow], at),
    };
  };
  const sameCounts = (a: AlignmentRow, b: AlignmentRow) =>
    canonicalJson([counts(a, false), counts(a, true), a.start_year, a.end_year]) ===
    canonicalJson([counts(b, false), counts(b, true), b.start_year, b.end_year]);

  // TWFY party slugs → the party names used in memberships, to pick the
  // comparison party of an MP who has been in more than one.
  const TWFY_PARTY_SLUGS: Record<string, string> = {
    conservative: 'Conservative',
    labour: 'Labour',
    'labourco-operative': 'Labour (Co-op)',
    'liberal-democrat': 'Liberal Democrat',
    'scottish-national-party': 'Scottish National Party',
    dup: 'Democratic Unionist Party',
    uup: 'Ulster Unionist Party',
    'plaid-cymru': 'Plaid Cymru',
    'social-democratic-and-labour-party': 'Social Democratic & Labour Party',
    green: 'Green Party',
    ukip: 'UK Independence Party',
    reform: 'Reform UK',
    respect: 'Respect',
    alliance: 'Alliance',
  };
  const latestParty = new Map<number, string>();
  for (const m of [...memberships].sort(byKey((m) => m.from ?? m.asOf ?? ''))) latestParty.set(m.personId, m.party);

  const targets = new Map<string, AlignmentRow[]>();
  const comparisons = new Map<string, AlignmentRow>();
  for (const row of alignmentRows) {
    if (row.chamber !== 'commons') fail(`alignment row for ${row.person_id}/${row.policy_id} is not Commons`);
    const key = `${row.person_id}|${row.policy_id}`;
    if (row.is_target === '1') targets.set(key, [...(targets.get(key) ?? []), row]);
    else if (row.is_target === '0') comparisons.set(`${key}|${row.comparison_party}`, row);
    else fail(`alignment row ${key}: is_target "${row.is_target}"`);
  }

  const votingRecords: VotingRecord[] = [];
  for (const [key, rows] of targets) {
    const [twfyText, policyText] = key.split('|');
    const twfy = Number(twfyText);
    const policyId = Number(policyText);
    const personId = twfyToMnis.get(twfy);
    if (personId === undefined) {
      count('voting records dropped: TWFY person not mapped to an MNIS id');
      continue;
    }
    if (!personIds.has(personId)) {
      count('voting records dropped: person not among the 1,451');
      continue;
    }
    if (!policyIds.has(policyId)) {
      drop(`voting record ${key}`, `policy ${policyId} is not one of the NHS policies`);
      continue;
    }
    // An MP who sat for more than one party has one own-record row per party
    // (the same numbers each time) and a party average for some of them.
    const [own] = rows;
    if (own === undefined) continue;
    if (!rows.every((r) => sameCounts(r, own))) {
      drop(`voting record ${key}`, 'its per-party rows disagree on the MP’s own votes');
      continue;
    }
    const averaged = rows.filter((r) => comparisons.has(`${key}|${r.comparison_party}`));
    let chosen: AlignmentRow | null;
    if (rows.length === 1) chosen = own;
    else if (averaged.length === 1) chosen = averaged[0] ?? null;
    else {
      // Several candidates: the party of the person's latest membership, if it is one of them.
      const party = latestParty.get(personId);
      const pool = averaged.length > 0 ? averaged : rows;
      chosen = pool.find((r) => TWFY_PARTY_SLUGS[r.comparison_party] === party) ?? null;
      count(`voting records with several comparison parties: ${chosen ? 'picked the latest party' : 'left null'}`);
    }
    const average = chosen ? comparisons.get(`${key}|${chosen.comparison_party}`) : undefined;
    if (!average) count('voting records without a party average');
    const slug = (chosen ?? own).comparison_party;
    const fromYear = Number(own.start_year);
    const toYear = Number(own.end_year);
    if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) fail(`alignment ${key}: bad years`);
    votingRecords.push({
      id: `${personId}-${policyId}`,
      personId,
      policyId,
      fromYear,
      toYear,
      votes: counts(own, false),
      strongVotes: counts(own, true),
      comparisonParty: chosen ? chosen.comparison_party : null,
      partyAverage: average ? { votes: counts(average, false), strongVotes: counts(average, true) } : null,
      // The MP's page for this policy on twfy-votes, as TheyWorkForYou links it
      // ("Show votes"): /person/<id>/policies/<chamber>/<party>/<period>/<policy>.
      sources: source(
        httpsUrl(
          `https://votes.theyworkforyou.com/person/${twfy}/policies/commons/${slug}/${own.period_slug.toLowerCase()}/${policyId}`,
          `voting record ${key}`,
        ),
        'TheyWorkForYou (mySociety) voting summary',
      ),
      origin: ORIGIN,
    });
  }

  // --- Divisions -------------------------------------------------------------

  const divisionReport: string[] = [];
  const divisions: Division[] = [];
  for (const row of divisionRows) {
    const label = `division ${row.division_key}`;
    if (!/^pw-\d{4}-\d{2}-\d{2}-\d+-commons$/.test(row.division_key)) {
      drop(
        label,
        row.house === 'lords'
          ? 'a Lords division; the schema only has Commons divisions (id must end "-commons")'
          : 'not a Public Whip Commons division key (no division number in the sources)',
      );
      continue;
    }
    const number = positiveInt(row.number);
    if (number === null) {
      drop(label, `no division number ("${row.number}")`);
      continue;
    }
    const url = httpsUrl(row.source_url, label);
    if (url === null) {
      drop(label, 'its only source link is unusable');
      continue;
    }
    const ayes = nonNegativeInt(row.ayes);
    const noes = nonNegativeInt(row.noes);
    // Unverified: the row says "not verified"/"verify", rests on a secondary
    // source, or its counts are missing and a note says so.
    const text = [row.title, row.bill_or_topic, row.notes, row.counts_note, row.source_type].join(' ').toLowerCase();
    const countsMissingWithNote =
      (ayes === null || noes === null) && /counts/.test(`${row.notes} ${row.counts_note}`.toLowerCase());
    const verified = !(/not verified|verify|secondary/.test(text) || countsMissingWithNote);
    // bill_or_topic is either a bill id or a bill id followed by a gloss in
    // brackets ("health-and-social-care-bill-2010-12 (report stage day 1)").
    const topic = row.bill_or_topic.trim();
    const billId = [...billIds].find((id) => topic === id || topic.startsWith(`${id} (`)) ?? null;
    const ids = row.twfy_policy_ids
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(Number);
    for (const id of ids) if (!policyIds.has(id)) notes.push(`${label}: policy ${id} is not one of the NHS policies`);
    divisionReport.push(`${row.division_key}: verified=${verified} billId=${billId ?? 'null'}`);
    divisions.push({
      id: row.division_key,
      date: row.date,
      number,
      title: plainOrNull(row.title),
      billId,
      ayes,
      noes,
      policyIds: ids,
      verified,
      sources: source(url, plain(row.source_type) || hostLabel(url)),
      origin: ORIGIN,
    });
  }

  // --- Dispute events -----------------------------------------------------------

  // Ordered: the first matching rule decides. Announcements come before ballots
  // and strikes because announcements often name them ("BMA announces three
  // 48-hour strikes", "… imposed … after referendum rejection").
  const KIND_RULES: ReadonlyArray<{ pattern: RegExp; kind: DisputeEvent['kind'] }> = [
    { pattern: /called off/i, kind: 'announcement' },
    { pattern: /announc|statement/i, kind: 'announcement' },
    { pattern: /ballot|referendum/i, kind: 'ballot' },
    { pattern: /strike|walk-?out/i, kind: 'strike' },
    { pattern: /imposition|imposed|debate/i, kind: 'announcement' },
    { pattern: /\bdeal\b|agreement|accept/i, kind: 'deal' },
  ];
  const eventReport: string[] = [];
  const disputeEvents: DisputeEvent[] = [];
  const perDate = new Map<string, number>();
  for (const row of eventRows) {
    const start = row.date_start.trim();
    const label = `dispute event ${start} "${row.event}"`;
    if (!isDay(start) && !isMonth(start)) {
      drop(label, `start "${start}" is not a date`);
      continue;
    }
    const n = (perDate.get(start) ?? 0) + 1;
    perDate.set(start, n);
    const title = plain(row.event);
    const rule = KIND_RULES.findIndex((r) => r.pattern.test(title));
    const kind = KIND_RULES[rule]?.kind ?? 'other';
    const rawDetails = plainOrNull(row.details);
    // Details are shipped only when they carry no quoted speech.
    const details = rawDetails !== null && containsQuotation(rawDetails) ? null : rawDetails;
    const sourceType = plain(row.source_type);
    const verified = !(
      isMonth(start) ||
      /weak|verify/i.test(sourceType) ||
      /not verified/i.test(`${row.event} ${row.details}`)
    );
    const url = httpsUrl(row.source_url, label);
    if (url === null) {
      drop(label, 'its only source link is unusable');
      continue;
    }
    const id = `dispute-${start}-${n}`;
    eventReport.push(
      `${id}: ${kind} (rule ${rule >= 0 ? rule + 1 : '-'}), verified=${verified}` +
        `${rawDetails !== null && details === null ? ', details dropped (quotation)' : ''} — ${title}`,
    );
    disputeEvents.push({
      id,
      start,
      end: row.date_end.trim() === '' ? null : row.date_end.trim(),
      kind,
      title,
      details,
      verified,
      sources: source(url, sourceType || hostLabel(url)),
      origin: ORIGIN,
    });
  }

  // --- Records without a source cannot be shipped ----------------------------

  const withSources = <T extends { id: string | number; sources: Source[] }>(kind: string, records: T[]): T[] =>
    records.filter((r) => {
      if (r.sources.length > 0) return true;
      drop(`${kind} ${r.id}`, 'no usable source link');
      return false;
    });

  // --- Assemble ------------------------------------------------------------------

  const body = {
    format: DATASET_FORMAT as typeof DATASET_FORMAT,
    snapshotDate: SNAPSHOT_DATE,
    people: withSources('person', people).sort(byKey((p) => p.id)),
    memberships: withSources('membership', memberships).sort(
      (a, b) =>
        a.personId - b.personId ||
        byKey<Membership>((m) => m.from ?? m.asOf ?? '')(a, b) ||
        byKey<Membership>((m) => m.id)(a, b),
    ),
    bills,
    policies: withSources('policy', policies).sort(byKey((p) => p.id)),
    votingRecords: withSources('voting record', votingRecords).sort(
      (a, b) => a.personId - b.personId || a.policyId - b.policyId,
    ),
    divisions: withSources('division', divisions).sort(byKey((d) => `${d.date} ${String(d.number).padStart(5, '0')}`)),
    disputeEvents: withSources('dispute event', disputeEvents),
  };

  const { format, snapshotDate, ...records } = body;
  for (const [kind, list] of Object.entries(records)) {
    const seen = new Set<string | number>();
    for (const r of list) {
      if (seen.has(r.id)) fail(`Duplicate ${kind} id ${r.id}`);
      seen.add(r.id);
    }
  }

  // The version hashes everything else; it sits second so that the file reads format, version, records.
  const dataset: Dataset = { format, version: sha256(JSON.stringify(body)).slice(0, 16), snapshotDate, ...records };

  report({ dataset, respelled, stageSplits, divisionReport, eventReport, missing2010: missing2010.length });
  return dataset;
}

// ---------------------------------------------------------------------------
// Validation, output and report

function formatIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  data?: unknown,
): string {
  return (
    issues
      .slice(0, 50)
      .map((issue) => {
        const where = issue.path.map(String).join('.');
        // Name the record (its id) as well as the array position.
        let record = '';
        if (data && typeof data === 'object' && issue.path.length >= 2) {
          const list: unknown = (data as Record<string, unknown>)[String(issue.path[0])];
          const item: unknown = Array.isArray(list) ? list[Number(issue.path[1])] : undefined;
          if (item && typeof item === 'object' && 'id' in item) record = ` (id ${String(item.id)})`;
        }
        return `  - ${where}${record}: ${issue.message}`;
      })
      .join('\n') + (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '')
  );
}

function report(args: {
  dataset: Dataset;
  respelled: Map<string, number>;
  stageSplits: string[];
  divisionReport: string[];
  eventReport: string[];
  missing2010: number;
}): void {
  const { dataset: d } = args;
  const lines: string[] = [];
  const section = (title: string) => lines.push('', `== ${title}`);
  const item = (label: string, value: string | number) => lines.push(`  ${label}: ${value}`);
  const groupCount = <T>(records: T[], key: (r: T) => string) => {
    const m = new Map<string, number>();
    for (const r of records) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return [...m].sort(byKey(([k]) => k));
  };

  section('Records');
  item('people', d.people.length);
  item('memberships', d.memberships.length);
  item('bills', d.bills.length);
  item('policies', d.policies.length);
  item('votingRecords', d.votingRecords.length);
  item('divisions', d.divisions.length);
  item('disputeEvents', d.disputeEvents.length);
  item('version', d.version);

  section('People');
  item('sitting', d.people.filter((p) => p.sitting).length);
  item('with TheyWorkForYou id', d.people.filter((p) => p.twfyId !== null).length);
  item('without TheyWorkForYou id', d.people.filter((p) => p.twfyId === null).length);
  item('with email', d.people.filter((p) => p.email !== null).length);
  item('without email (all)', d.people.filter((p) => p.email === null).length);
  item(
    'sitting without email',
    d.people
      .filter((p) => p.sitting && p.email === null)
      .map((p) => `${p.name} (${p.id})`)
      .join(', ') || 'none',
  );
  item('with name variants', d.people.filter((p) => p.nameVariants.length > 0).length);
  const members = new Set(d.memberships.map((m) => m.personId));
  const without = d.people.filter((p) => !members.has(p.id));
  item(
    'without any membership',
    without.length === 0 ? 0 : `${without.length}: ${without.map((p) => `${p.name} (${p.id})`).join(', ')}`,
  );
  const twfyNull = d.people.filter((p) => p.twfyId === null);
  item('no TheyWorkForYou id', twfyNull.map((p) => `${p.name} (${p.id})`).join(', ') || 'none');

  section('Memberships');
  for (const [k, v] of groupCount(d.memberships, (m) => `basis ${m.basis}`)) item(k, v);
  for (const [k, v] of groupCount(d.memberships, (m) => `end ${m.end}`)) item(k, v);
  for (const [k, v] of groupCount(d.memberships, (m) => `from ${m.from ?? `(snapshot ${m.asOf})`}`).filter(
    ([, v]) => v > 20,
  )) {
    item(k, v);
  }
  item('GE 2010 winners missing from parlparse', args.missing2010);
  item(
    'sitting MPs with a membership marked sitting',
    new Set(d.memberships.filter((m) => m.end === 'sitting').map((m) => m.personId)).size,
  );
  lines.push('  constituency spellings changed (case only):');
  for (const [change, n] of [...args.respelled].sort(byKey(([k]) => k))) lines.push(`    ${change} (${n})`);

  section('Bills');
  for (const b of d.bills) {
    lines.push(
      `  ${b.id}: ${b.stages.length} stages, sponsorId ${b.sponsorId ?? 'null'} (${b.sponsorName ?? '-'}), aliases [${b.aliases.join('; ')}]`,
    );
  }
  lines.push('  stage labels → stage | outcome:');
  for (const s of args.stageSplits) lines.push(`    ${s}`);

  section('Voting records');
  item('records', d.votingRecords.length);
  item('people with a record', new Set(d.votingRecords.map((v) => v.personId)).size);
  for (const [k, v] of groupCount(d.votingRecords, (v) => `policy ${v.policyId}`)) item(k, v);

  section('Divisions');
  item('verified', d.divisions.filter((x) => x.verified).length);
  item('unverified', d.divisions.filter((x) => !x.verified).length);
  for (const s of args.divisionReport) lines.push(`    ${s}`);

  section('Dispute events');
  item('verified', d.disputeEvents.filter((e) => e.verified).length);
  item('unverified', d.disputeEvents.filter((e) => !e.verified).length);
  for (const s of args.eventReport) lines.push(`    ${s}`);

  section('Counters');
  for (const [k, v] of [...tally].sort(byKey(([k]) => k))) item(k, v);

  section('Dropped');
  if (dropped.length === 0) lines.push('  nothing');
  for (const s of dropped) lines.push(`  - ${s}`);

  section('Notes');
  if (notes.length === 0) lines.push('  none');
  for (const s of notes) lines.push(`  - ${s}`);

  console.log(lines.join('\n'));
}

function main(): number {
  if (!existsSync(sharedData)) {
    console.error(
      `Source data not found at ${sharedData}.\n` +
        'The dataset is built from the shared source files (see shared/data/README.md). ' +
        'Put them at ../shared/data next to the project, or set BEVAN_SHARED_DATA to their folder.',
    );
    return 1;
  }

  let dataset: Dataset;
  try {
    dataset = build();
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(`Build failed: ${error.message}`);
      return 1;
    }
    throw error;
  }

  const result = Dataset.safeParse(dataset);
  if (!result.success) {
    console.error(`\nThe built dataset does not match the schema:\n${formatIssues(result.error.issues, dataset)}`);
    return 1;
  }
  // The schema must accept the data as built, not a transformed copy (for
  // example trimmed text): otherwise `version` would not describe the content.
  if (canonicalJson(result.data) !== canonicalJson(dataset)) {
    console.error(
      'The schema changed values while validating (e.g. trimmed text); fix the builder so it emits them as validated.',
    );
    return 1;
  }

  const json = `${JSON.stringify(dataset)}\n`;
  mkdirSync(path.dirname(outFile), { recursive: true });
  const previous = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
  if (previous !== json) writeFileSync(outFile, json);
  writeFileSync(versionFile, `${JSON.stringify({ version: dataset.version })}\n`);
  console.log(
    `\n${path.relative(projectRoot, outFile)}: ${Buffer.byteLength(json).toLocaleString('en-GB')} bytes, version ${dataset.version}` +
      (previous === json ? ', unchanged' : previous === null ? ', new' : ', rewritten'),
  );
  return 0;
}

process.exitCode = main();
