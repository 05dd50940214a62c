/**
 * Read-side lookups behind the cards and pages: each answers one request from
 * utils/messages.ts with everything that request's card needs, in one
 * read-only transaction.
 */
import type { BevanDb } from './db';
import { RECORD_STORES, SCHEMA_VERSION } from './db';
import { storedBundledVersion, storedSnapshotDate } from './bundled';
import { currentSeat } from './memberships';
import type { ResponseOf } from '../messages';
import { buildMatcherSpec, type MatcherSpec } from '../matching/matcher-spec';
import { ROLE_NAMES } from '../matching/roles';
import { NO_SITE_SETTINGS, SiteSettings } from '../sites/site-settings';
import { AnnotationSettings, DEFAULT_ANNOTATION_SETTINGS } from '../sites/annotation-settings';
import { DEFAULT_LETTER_TEMPLATES, LetterTemplates } from '../letters/templates';
import { NO_YOUR_MP, YourMp } from '../your-mp/your-mp';

export async function getStatus(db: BevanDb): Promise<ResponseOf<'getStatus'>> {
  const counts: Record<string, number> = {};
  for (const store of RECORD_STORES) counts[store] = await db.count(store);
  return { schemaVersion: SCHEMA_VERSION, bundledVersion: await storedBundledVersion(db), counts };
}

export async function getPersonDetails(db: BevanDb, id: number): Promise<ResponseOf<'getPerson'>> {
  const transaction = db.transaction(
    ['people', 'memberships', 'votingRecords', 'policies', 'bills', 'stances', 'posts'],
    'readonly',
  );
  const person = await transaction.objectStore('people').get(id);
  if (!person) return null;
  const [memberships, votingRecords, policies, sponsoredBills, stances, posts] = await Promise.all([
    transaction.objectStore('memberships').index('byPerson').getAll(id),
    transaction.objectStore('votingRecords').index('byPerson').getAll(id),
    transaction.objectStore('policies').getAll(),
    transaction.objectStore('bills').index('bySponsor').getAll(id),
    transaction.objectStore('stances').index('byPerson').getAll(id),
    transaction.objectStore('posts').index('byPerson').getAll(id),
  ]);
  const policyIds = new Set(votingRecords.map((record) => record.policyId));
  const chosen = await getYourMp(db);
  return {
    person,
    yourMp:
      person.sitting &&
      ((chosen.memberId ?? null) === person.id ||
        (chosen.constituency !== null && currentSeat(memberships)?.constituency === chosen.constituency)),
    memberships: memberships.sort(byStart),
    votingRecords,
    policies: policies.filter((policy) => policyIds.has(policy.id)),
    sponsoredBills,
    stances: stances.sort((a, b) => a.date.localeCompare(b.date)),
    posts: posts.sort((a, b) => a.start.localeCompare(b.start)),
  };
}

function byStart(a: { from: string | null; asOf: string | null }, b: { from: string | null; asOf: string | null }) {
  return (a.from ?? a.asOf ?? '').localeCompare(b.from ?? b.asOf ?? '');
}

export async function getBillDetails(db: BevanDb, id: string): Promise<ResponseOf<'getBill'>> {
  const transaction = db.transaction(['bills', 'people', 'divisions', 'stances'], 'readonly');
  const bill = await transaction.objectStore('bills').get(id);
  if (!bill) return null;
  const [sponsor, divisions, stances] = await Promise.all([
    bill.sponsorId === null ? undefined : transaction.objectStore('people').get(bill.sponsorId),
    transaction.objectStore('divisions').index('byBill').getAll(id),
    transaction.objectStore('stances').getAll(),
  ]);
  return {
    bill,
    sponsor: sponsor ?? null,
    divisions: divisions.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number),
    stances: stances.filter((stance) => stance.subject.kind === 'bill' && stance.subject.billId === id),
  };
}

export async function getDisputeTimeline(db: BevanDb): Promise<ResponseOf<'getDisputeTimeline'>> {
  return db.getAllFromIndex('disputeEvents', 'byStart');
}

/** Folds case and accents so that "therese coffey" finds "Thérèse Coffey". */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export async function searchPeople(db: BevanDb, query: string, limit: number): Promise<ResponseOf<'searchPeople'>> {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const people = await db.getAll('people');
  return (
    people
      .filter((person) => [person.name, ...person.nameVariants].some((name) => foldForSearch(name).includes(needle)))
      // Sitting MPs first: they are who most searches are for.
      .sort((a, b) => Number(b.sitting) - Number(a.sitting) || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(({ id, name, sitting }) => ({ id, name, sitting }))
  );
}

/** Everything the content script needs to find mentions: names and service spells, nothing else. */
export async function getMatcherSpec(db: BevanDb, version: string): Promise<MatcherSpec> {
  const transaction = db.transaction(['people', 'memberships', 'bills', 'posts'], 'readonly');
  const [people, memberships, bills, rolePosts] = await Promise.all([
    transaction.objectStore('people').getAll(),
    transaction.objectStore('memberships').getAll(),
    transaction.objectStore('bills').getAll(),
    // Only the posts pages name by role ("the Health Secretary"): utils/matching/roles.ts.
    Promise.all(ROLE_NAMES.map(({ role }) => transaction.objectStore('posts').index('byRole').getAll(role))),
  ]);
  const roles = { posts: rolePosts.flat(), knownUntil: await storedSnapshotDate(db) };
  return buildMatcherSpec(version, people, memberships, bills, roles);
}

/** A setting kept in the meta store: read back through its schema, so that a damaged value falls back to the default. */
function storedSetting<T>(
  key: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  fallback: T,
) {
  return {
    async get(db: BevanDb): Promise<T> {
      const stored = schema.safeParse(await db.get('meta', key));
      return stored.success ? stored.data : fallback;
    },
    async put(db: BevanDb, value: T): Promise<void> {
      await db.put('meta', value, key);
    },
  };
}

const siteSettings = storedSetting('siteSettings', SiteSettings, NO_SITE_SETTINGS);
export const getSiteSettings = siteSettings.get;
export const putSiteSettings = siteSettings.put;

const annotationSettings = storedSetting('annotationSettings', AnnotationSettings, DEFAULT_ANNOTATION_SETTINGS);
export const getAnnotationSettings = annotationSettings.get;
export const putAnnotationSettings = annotationSettings.put;

const yourMp = storedSetting('yourMp', YourMp, NO_YOUR_MP);
export const getYourMp = yourMp.get;
export const putYourMp = yourMp.put;

const letterTemplates = storedSetting('letterTemplates', LetterTemplates, DEFAULT_LETTER_TEMPLATES);
export const getLetterTemplates = letterTemplates.get;
export const putLetterTemplates = letterTemplates.put;

/** Every seat in the Commons now, with its MP: the list a reader chooses their constituency from. */
export async function listConstituencies(db: BevanDb): Promise<ResponseOf<'listConstituencies'>> {
  const transaction = db.transaction(['people', 'memberships'], 'readonly');
  const [people, memberships] = await Promise.all([
    transaction.objectStore('people').getAll(),
    transaction.objectStore('memberships').getAll(),
  ]);
  const spellsByPerson = new Map<number, typeof memberships>();
  for (const membership of memberships) {
    const spells = spellsByPerson.get(membership.personId) ?? [];
    spellsByPerson.set(membership.personId, [...spells, membership]);
  }
  const seats = new Map<string, ResponseOf<'listConstituencies'>[number]>();
  for (const person of people) {
    const seat = person.sitting ? currentSeat(spellsByPerson.get(person.id) ?? []) : null;
    if (!seat) continue;
    seats.set(seat.constituency, {
      constituency: seat.constituency,
      mp: { id: person.id, name: person.name, party: seat.party },
    });
  }
  return [...seats.values()].sort((a, b) => a.constituency.localeCompare(b.constituency));
}

/** The reader's MP as their own pages show it: the postcode, the seat and who holds it now. */
export async function describeYourMp(db: BevanDb): Promise<ResponseOf<'getYourMp'>> {
  const chosen = await getYourMp(db);
  // The MP Parliament named for the postcode, when the reader had it looked up; else the seat's member in the data.
  const named = chosen.memberId ? await memberById(db, chosen.memberId) : null;
  return { ...chosen, mp: named ?? (chosen.constituency ? await memberFor(db, chosen.constituency) : null) };
}

/** A sitting MP as "your MP", by id; null when Bevan's data does not have them sitting. */
async function memberById(db: BevanDb, id: number): Promise<ResponseOf<'getYourMp'>['mp']> {
  const person = await db.get('people', id);
  const seat = person?.sitting ? currentSeat(await db.getAllFromIndex('memberships', 'byPerson', id)) : null;
  return person && seat ? { id: person.id, name: person.name, party: seat.party, email: person.email } : null;
}

/** Who sits for a constituency now, found through the seat's own spells rather than a list of every seat. */
async function memberFor(db: BevanDb, constituency: string): Promise<ResponseOf<'getYourMp'>['mp']> {
  const spells = await db.getAllFromIndex('memberships', 'byConstituency', constituency);
  for (const personId of new Set(spells.map((spell) => spell.personId))) {
    const person = await db.get('people', personId);
    if (!person?.sitting) continue;
    const seat = currentSeat(await db.getAllFromIndex('memberships', 'byPerson', personId));
    if (seat?.constituency === constituency) {
      return { id: person.id, name: person.name, party: seat.party, email: person.email };
    }
  }
  return null;
}
