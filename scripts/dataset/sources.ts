/**
 * Stage 1, sources: reads the source files of shared/data (see its README.md).
 * Only the columns and keys listed here are read; everything else in the files
 * (`source_quote`, notes, …) is left behind, so it cannot leak into the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from '../../utils/data/zod';
import { parseCsvRecords } from './csv';
import { BuildError, fail, formatIssues } from './report';

/** The CSV sources, in the order they are read, with the columns the build uses. */
const CSV_SOURCES = {
  index: {
    file: 'mps/mps_index_by_mnis.csv',
    columns: ['mnis_id', 'twfy_person_id', 'name_variants', 'in_current_mp_lookup'],
  },
  currentMps: {
    file: 'mps/current_mps_mp_lookup.csv',
    columns: [
      'member_id',
      'display_as',
      'party_text',
      'pcon_name',
      'country_name',
      'member_email',
      'twfy_person_id',
      'profile_url',
    ],
  },
  geWinners: {
    file: 'mps/ge_winners_2010_2024.csv',
    columns: [
      'election_date',
      'parliament_dissolved_on',
      'mnis_id',
      'given_name',
      'family_name',
      'constituency',
      'country',
      'party',
      'adjunct_party',
      'is_speaker',
      'result_summary',
      'member_url',
    ],
  },
  parlparse: {
    file: 'mps/commons_memberships_2010_2015_parlparse.csv',
    columns: [
      'twfy_person_id',
      'mnis_id',
      'first_name',
      'last_name',
      'constituency',
      'party',
      'from_date',
      'to_date',
      'from_why',
    ],
  },
  aliases: { file: 'mps/name_aliases_parlparse_2015.csv', columns: ['alternate', 'fullname'] },
  twfyMap: { file: 'mps/twfy_person_to_mnis.csv', columns: ['twfy_person_id', 'mnis_id'] },
  alignment: {
    file: 'divisions/twfy_person_policy_alignment_nhs.csv',
    columns: [
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
    ],
  },
  divisions: {
    file: 'divisions/nhs_divisions_index.csv',
    columns: [
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
    ],
  },
  events: {
    file: 'events/junior_doctors_timeline.csv',
    columns: ['date_start', 'date_end', 'event', 'details', 'source_url', 'source_type'],
  },
  ministers: { file: 'ministers/person.csv', columns: ['id', 'id_parliament', 'name'] },
  appointments: {
    file: 'ministers/appointment.csv',
    columns: ['id', 'person_id', 'post_id', 'start_date', 'end_date'],
  },
  ministerialPosts: { file: 'ministers/post.csv', columns: ['id', 'organisation_id', 'name'] },
  organisations: { file: 'ministers/organisation.csv', columns: ['id', 'name', 'short_name'] },
  healthRoles: {
    file: 'roles/health_roles.csv',
    columns: ['office', 'name', 'mnis_id', 'start_date', 'end_date', 'source_url'],
  },
} as const;

export type CsvSource = keyof typeof CSV_SOURCES;
/** One row of a CSV source, keyed by the columns read from it. */
export type Row<S extends CsvSource> = Record<(typeof CSV_SOURCES)[S]['columns'][number], string>;

// The JSON sources are read through these shapes. Keys not listed here
// (`source_quote`, `notes`, `bills_parliament_uk_id_unverified`, …) are
// stripped on read, so they cannot leak into the output.
const BillsFile = z.array(
  z.object({
    id: z.string(),
    short_title: z.string(),
    popular_names: z.optional(z.array(z.string())),
    act: z.optional(z.string()),
    /** The bill's id on bills.parliament.uk, where the source confirmed it (`…_unverified` ids are not read). */
    bills_parliament_uk_id: z.optional(z.int().check(z.positive())),
    long_title: z.optional(z.string()),
    session: z.string(),
    type: z.string(),
    house: z.string(),
    sponsor: z.object({ name: z.string(), mnis_id: z.optional(z.string()) }),
    stages: z.array(
      z.object({
        stage: z.string(),
        house: z.string(),
        /** Null where the source did not give the day; `date_not_before` / `date_not_after` then bound it. */
        date: z.nullable(z.string()),
        date_end: z.optional(z.string()),
        date_not_before: z.optional(z.string()),
        date_not_after: z.optional(z.string()),
        source_url: z.string(),
        source_type: z.optional(z.string()),
      }),
    ),
    outcome: z.optional(z.string()),
  }),
);
export type SourceBill = z.infer<typeof BillsFile>[number];

const PoliciesFile = z.array(
  z.object({
    id: z.int(),
    name: z.string(),
    context_description: z.string(),
    division_links: z.array(z.unknown()),
  }),
);
export type SourcePolicy = z.infer<typeof PoliciesFile>[number];

export type Sources = { [S in CsvSource]: Array<Row<S>> } & { bills: SourceBill[]; policies: SourcePolicy[] };

/** Reads every source from `dir` (shared/data); fails on a missing file, column or key. */
export function readSources(dir: string): Sources {
  return {
    index: readCsv(dir, 'index'),
    currentMps: readCsv(dir, 'currentMps'),
    geWinners: readCsv(dir, 'geWinners'),
    parlparse: readCsv(dir, 'parlparse'),
    aliases: readCsv(dir, 'aliases'),
    twfyMap: readCsv(dir, 'twfyMap'),
    alignment: readCsv(dir, 'alignment'),
    divisions: readCsv(dir, 'divisions'),
    events: readCsv(dir, 'events'),
    ministers: readCsv(dir, 'ministers'),
    appointments: readCsv(dir, 'appointments'),
    ministerialPosts: readCsv(dir, 'ministerialPosts'),
    organisations: readCsv(dir, 'organisations'),
    healthRoles: readCsv(dir, 'healthRoles'),
    bills: readJson(dir, 'bills/nhs_bills.json', BillsFile),
    policies: readJson(dir, 'divisions/twfy_policies_nhs.json', PoliciesFile),
  };
}

function sourcePath(dir: string, relative: string): string {
  const full = path.join(dir, relative);
  if (!existsSync(full)) fail(`Missing source file ${full}`);
  return full;
}

/** Parses the text of one CSV source, keeping the columns the build reads from it. */
export function parseSource<S extends CsvSource>(name: S, text: string): Array<Row<S>> {
  return parseCsvRecords(text, CSV_SOURCES[name].columns);
}

function readCsv<S extends CsvSource>(dir: string, name: S): Array<Row<S>> {
  const relative = CSV_SOURCES[name].file;
  try {
    return parseSource(name, readFileSync(sourcePath(dir, relative), 'utf8'));
  } catch (error) {
    if (error instanceof BuildError) throw error;
    fail(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readJson<T>(dir: string, relative: string, schema: z.ZodMiniType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(sourcePath(dir, relative), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    fail(`${relative} is not in the expected shape:\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}
