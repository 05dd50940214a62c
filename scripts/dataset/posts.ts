/**
 * Stage 11, posts: who held which post, and when. Government posts come from
 * the IfG Ministers Database (shared/data/ministers); the shadow Health
 * Secretary, the Health Committee chair and the Leader of the Opposition, which
 * that database does not have, from shared/data/roles/health_roles.csv. A post
 * is kept only for a person in the dataset (an MNIS id in the index, the
 * dataset's identity rule), with a real start date; an empty end stays null
 * (in post at the source's date, or not said).
 */
import type { Post } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import type { Identities } from './identities';
import { hostLabel, httpsUrl } from './links';
import type { BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain } from './text';
import { isDay, positiveInt } from './values';

export const IFG_SOURCE = {
  url: 'https://www.instituteforgovernment.org.uk/ministers-database',
  label: 'IfG Ministers Database (Institute for Government, CC BY 4.0)',
};

/** Posts that ended before this are older than anything else in the dataset (the 2010 Parliament and the government before it). */
export const POSTS_FROM = '2010-01-01';

/** Stable keys for the posts the press names by role, across their renamings. */
const GOVERNMENT_ROLES: Record<string, string> = {
  'Prime Minister': 'prime-minister',
  'Chancellor of the Exchequer': 'chancellor',
  'Secretary of State for Health': 'health-secretary',
  'Secretary of State for Health and Social Care': 'health-secretary',
  'Chancellor of the Duchy of Lancaster': 'chancellor-of-the-duchy-of-lancaster',
  'Deputy Prime Minister': 'deputy-prime-minister',
  'Chief Secretary to the Treasury': 'chief-secretary-to-the-treasury',
  'Leader of the House of Commons': 'leader-of-the-house',
  'Secretary of State for the Home Department': 'home-secretary',
  'Secretary of State for Foreign and Commonwealth Affairs': 'foreign-secretary',
  'Secretary of State for Foreign, Commonwealth and Development Affairs': 'foreign-secretary',
  'Secretary of State for Justice and Lord Chancellor': 'justice-secretary',
  'Secretary of State for Defence': 'defence-secretary',
  'Secretary of State for Education': 'education-secretary',
  'Secretary of State for Work and Pensions': 'work-and-pensions-secretary',
  'Secretary of State for Business, Innovation and Skills': 'business-secretary',
  'Secretary of State for Business, Energy and Industrial Strategy': 'business-secretary',
  'Secretary of State for Business and Trade': 'business-secretary',
  'Secretary of State for International Trade': 'trade-secretary',
  'Secretary of State for Energy and Climate Change': 'energy-secretary',
  'Secretary of State for Energy Security and Net Zero': 'energy-secretary',
  'Secretary of State for Environment, Food and Rural Affairs': 'environment-secretary',
  'Secretary of State for Transport': 'transport-secretary',
  'Secretary of State for Culture, Media and Sport': 'culture-secretary',
  'Secretary of State for Culture, Olympics, Media and Sport': 'culture-secretary',
  'Secretary of State for Digital, Culture, Media and Sport': 'culture-secretary',
  'Secretary of State for Communities and Local Government': 'communities-secretary',
  'Secretary of State for Housing, Communities and Local Government': 'communities-secretary',
  'Secretary of State for Levelling Up, Housing and Communities': 'communities-secretary',
  'Secretary of State for Science, Innovation and Technology': 'science-secretary',
  'Secretary of State for International Development': 'international-development-secretary',
  'Secretary of State for Exiting the European Union': 'brexit-secretary',
  'Secretary of State for Northern Ireland': 'northern-ireland-secretary',
  'Secretary of State for Scotland': 'scottish-secretary',
  'Secretary of State for Wales': 'welsh-secretary',
};

/** Post names that say nothing without their department ("Minister of State"). */
const GENERIC_TITLES = new Set([
  'Minister of State',
  'Parliamentary Under-Secretary of State',
  'Parliamentary Secretary',
]);

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A government post's role key and title: "Minister of State" in DH → `minister-of-state-dh`, "Minister of State, Department of Health". */
export function governmentPost(
  name: string,
  organisation: { name: string; short_name: string } | undefined,
): { role: string; title: string } {
  const postName = plain(name);
  const known = GOVERNMENT_ROLES[postName];
  if (known) return { role: known, title: postName };
  const org = organisation ? plain(organisation.name) : '';
  const title = GENERIC_TITLES.has(postName) && org !== '' ? `${postName}, ${org}` : postName;
  const role = slug(organisation ? `${postName} ${organisation.short_name}` : postName)
    .slice(0, 80)
    .replace(/-+$/, '');
  return { role, title };
}

/** The health roles list's offices that the IfG database lacks, by role key. Its government rows are IfG's own. */
const HEALTH_ROLE_OFFICES: Record<string, string> = {
  'Shadow Secretary of State for Health (and Social Care)': 'shadow-health-secretary',
  'Chair, Commons Health (and Social Care) Committee': 'health-committee-chair',
  'Leader of the Opposition': 'leader-of-the-opposition',
};

/** "500.0" (IfG writes MNIS ids as decimals) → 500; anything else → null. */
export function mnisFromIfg(value: string): number | null {
  const match = /^(\d+)(\.0+)?$/.exec(value.trim());
  return match ? positiveInt(match[1] ?? '') : null;
}

type PostSources = Pick<Sources, 'ministers' | 'appointments' | 'ministerialPosts' | 'organisations' | 'healthRoles'>;

export function posts(sources: PostSources, ids: Pick<Identities, 'personIds'>, report: BuildReport): Post[] {
  return [...governmentPosts(sources, ids, report), ...healthRolePosts(sources.healthRoles, ids, report)];
}

function ifgPeople(rows: Array<Row<'ministers'>>, report: BuildReport): Map<string, number> {
  const byIfgId = new Map<string, Set<number>>();
  for (const row of rows) {
    const mnis = mnisFromIfg(row.id_parliament);
    if (mnis === null) continue;
    byIfgId.set(row.id, (byIfgId.get(row.id) ?? new Set()).add(mnis));
  }
  const result = new Map<string, number>();
  for (const [ifgId, mnis] of byIfgId) {
    if (mnis.size === 1) result.set(ifgId, [...mnis][0] ?? 0);
    else report.drop(`IfG person ${ifgId}`, `several MNIS ids (${[...mnis].join(', ')})`);
  }
  return result;
}

function governmentPosts(sources: PostSources, ids: Pick<Identities, 'personIds'>, report: BuildReport): Post[] {
  const people = ifgPeople(sources.ministers, report);
  const postsById = new Map(sources.ministerialPosts.map((row) => [row.id, row]));
  const orgs = new Map(sources.organisations.map((row) => [row.id, row]));
  const result: Post[] = [];
  for (const row of sources.appointments) {
    const start = row.start_date.trim();
    const end = row.end_date.trim() === '' ? null : row.end_date.trim();
    if (end !== null && end < POSTS_FROM) {
      report.count('IfG appointments left out: ended before 2010');
      continue;
    }
    const personId = people.get(row.person_id);
    if (personId === undefined || !ids.personIds.has(personId)) {
      report.count('IfG appointments left out: not a person in the dataset (peers, earlier MPs)');
      continue;
    }
    const post = postsById.get(row.post_id);
    if (!post) {
      report.drop(`IfG appointment ${row.id}`, `unknown post ${row.post_id}`);
      continue;
    }
    if (!isDay(start) || (end !== null && (!isDay(end) || end < start))) {
      report.drop(`IfG appointment ${row.id}`, `dates "${start}" to "${end ?? ''}" are not a span of days`);
      continue;
    }
    const { role, title } = governmentPost(post.name, orgs.get(post.organisation_id));
    report.count('posts from the IfG Ministers Database');
    result.push({
      id: `ifg-${row.id}`,
      personId,
      role,
      title,
      start,
      end,
      sources: [IFG_SOURCE],
      origin: ORIGIN,
    });
  }
  return result;
}

function healthRolePosts(
  rows: Array<Row<'healthRoles'>>,
  ids: Pick<Identities, 'personIds'>,
  report: BuildReport,
): Post[] {
  const result: Post[] = [];
  for (const row of rows) {
    const office = plain(row.office);
    const role = HEALTH_ROLE_OFFICES[office];
    if (!role) {
      report.count('health roles rows left out: government posts (taken from the IfG database)');
      continue;
    }
    const label = `health role "${office}" ${plain(row.name)} ${row.start_date}`;
    const personId = positiveInt(row.mnis_id);
    if (personId === null || !ids.personIds.has(personId)) {
      report.drop(label, `MNIS "${row.mnis_id}" is not a person in the dataset`);
      continue;
    }
    const start = row.start_date.trim();
    const end = row.end_date.trim() === '' ? null : row.end_date.trim();
    if (!isDay(start) || (end !== null && (!isDay(end) || end < start))) {
      report.drop(label, `dates "${start}" to "${end ?? ''}" are not a span of days`);
      continue;
    }
    const url = httpsUrl(report, row.source_url, label);
    if (url === null) {
      report.drop(label, 'its only source link is unusable');
      continue;
    }
    report.count(`posts from the health roles list: ${role}`);
    result.push({
      id: `${role}-${personId}-${start}`,
      personId,
      role,
      title: office,
      start,
      end,
      sources: [{ url, label: hostLabel(url) }],
      origin: ORIGIN,
    });
  }
  return result;
}
