/**
 * Stage 5, memberships: Commons membership spells. The 2010–15 Parliament comes
 * from parlparse (by-elections and party changes included), the elections of
 * 2010 (where parlparse lacks a winner) to 2024 from the official GE results,
 * and the present from the current MPs snapshot.
 */
import type { Membership } from '../../utils/data/schema';
import { GE_2010, GE_2024, ORIGIN, SNAPSHOT_DATE, SNAPSHOT_LABEL } from './constants';
import { parlparseLabel, type Identities } from './identities';
import { httpsUrl, source } from './links';
import type { Parties } from './parties';
import { fail, type BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain } from './text';
import { isDay, positiveInt } from './values';

type Context = {
  ids: Identities;
  constituency: (raw: string) => string;
  parties: Parties;
  report: BuildReport;
};

export function memberships(sources: Pick<Sources, 'geWinners' | 'currentMps'>, context: Context): Membership[] {
  // In this order, so that the report lists what each step dropped in turn.
  const parlparse = parlparseMemberships(context, coOperative2010(sources.geWinners));
  const missing2010 = missingFromParlparse(sources.geWinners, context);
  const ge = geMemberships(sources.geWinners, missing2010, context);
  const all = [...parlparse, ...ge.memberships, ...snapshotMemberships(ge.spells2024, context)];
  const countries = seatCountries(sources);
  for (const membership of all) {
    const country = countries.get(membership.constituency.toLowerCase());
    if (country) membership.country = country;
    else context.report.count('memberships with no country for their seat');
  }
  return all;
}

const COUNTRIES = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland'] as const);
type Country = NonNullable<Membership['country']>;

/** Each seat's nation, by its name as spelled here: from the election results, and the current MPs' list. */
function seatCountries({ geWinners, currentMps }: Pick<Sources, 'geWinners' | 'currentMps'>): Map<string, Country> {
  const countries = new Map<string, Country>();
  const add = (seat: string, country: string) => {
    if (!COUNTRIES.has(country as Country)) return;
    // Seat names differ only in case across the files (constituencies.ts), and are compared so.
    const key = plain(seat).toLowerCase();
    const known = countries.get(key);
    if (known && known !== country) fail(`${seat}: in ${known} and ${country}`);
    countries.set(key, country as Country);
  };
  for (const row of geWinners) add(row.constituency, plain(row.country));
  for (const row of currentMps) add(row.pcon_name, plain(row.country_name));
  return countries;
}

const BASIS_BY_WHY: Record<string, Membership['basis']> = {
  general_election: 'general-election',
  by_election: 'by-election',
  changed_party: 'party-change',
};

/**
 * Labour and Co-operative winners of 2010, by person and seat. parlparse writes
 * them "Lab" like any Labour member; the GE file's adjunct party says which
 * were Co-op, so their 2010 spells keep "Labour (Co-op)".
 */
function coOperative2010(geWinners: Array<Row<'geWinners'>>): Set<string> {
  return new Set(
    geWinners
      .filter((row) => row.election_date === GE_2010 && row.adjunct_party === 'Co-operative')
      .map((row) => `${row.mnis_id}|${plain(row.constituency).toLowerCase()}`),
  );
}

function parlparseMemberships({ ids, constituency, parties, report }: Context, coOp2010: Set<string>): Membership[] {
  const memberships: Membership[] = [];
  for (const { row, personId, twfy } of ids.parlparseSpells) {
    const label = parlparseLabel(row);
    // The person's TheyWorkForYou page: their chosen id (index first), which
    // for one person differs from the id on the parlparse row.
    const twfyPage = ids.mnisToTwfy.get(personId) ?? twfy;
    if (twfyPage !== twfy) report.count('parlparse spells sourced to the index TWFY id, not the row id');
    const basis = BASIS_BY_WHY[row.from_why];
    let party = parties.parlparseParty(row.party);
    if (party === 'Labour' && row.from_why === 'general_election') {
      if (coOp2010.has(`${personId}|${plain(row.constituency).toLowerCase()}`)) {
        party = 'Labour (Co-op)';
        report.count('parlparse 2010 spells written Labour (Co-op), from the GE file');
      }
    } else if (party === 'Labour') {
      // A by-election or party change: the sources do not say whether the member was Co-op.
      report.count('parlparse Labour spells after 2010 left "Labour" (Co-op not in the sources)');
    }
    if (!basis) {
      report.drop(label, `unknown from_why "${row.from_why}"`);
      continue;
    }
    if (!party) {
      report.drop(label, `unknown party abbreviation "${row.party}"`);
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
        httpsUrl(report, `https://www.theyworkforyou.com/mp/${twfyPage}`, label),
        'mySociety parlparse via TheyWorkForYou',
      ),
      origin: ORIGIN,
    });
  }
  return memberships;
}

/**
 * Every 2010 GE winner should already be covered by parlparse. Matched on
 * person and seat, not date: the Thirsk and Malton poll was held on 27 May
 * 2010, and parlparse dates that spell from then.
 */
function missingFromParlparse(geWinners: Array<Row<'geWinners'>>, { ids, report }: Context): Array<Row<'geWinners'>> {
  const parlparse2010 = new Set(
    ids.parlparseSpells
      .filter(({ row }) => row.from_why === 'general_election' && row.from_date.startsWith('2010-'))
      .map(({ row, personId }) => `${personId}|${plain(row.constituency).toLowerCase()}`),
  );
  const missing = geWinners.filter(
    (row) =>
      row.election_date === GE_2010 && !parlparse2010.has(`${row.mnis_id}|${plain(row.constituency).toLowerCase()}`),
  );
  for (const row of missing) {
    report.note(
      `GE 2010 winner ${row.given_name} ${row.family_name} (${row.mnis_id}, ${row.constituency}) is not in parlparse; emitted from the GE file`,
    );
  }
  report.missing2010 = missing.length;
  return missing;
}

function geMemberships(
  geWinners: Array<Row<'geWinners'>>,
  missing2010: Array<Row<'geWinners'>>,
  { ids, constituency, parties, report }: Context,
): { memberships: Membership[]; spells2024: Map<number, Membership> } {
  const memberships: Membership[] = [];
  const spells2024 = new Map<number, Membership>();
  for (const row of geWinners) {
    if (row.election_date === GE_2010 && !missing2010.includes(row)) continue;
    const personId = positiveInt(row.mnis_id);
    const label = `GE ${row.election_date} ${row.given_name} ${row.family_name}, ${row.constituency}`;
    if (personId === null || !ids.personIds.has(personId)) {
      report.drop(label, `MNIS "${row.mnis_id}" is not in the index`);
      continue;
    }
    const party = parties.geParty(row);
    if (party === null) {
      report.drop(label, 'no party in the GE file and none derivable');
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
      sources: source(httpsUrl(report, row.member_url, label), 'UK Parliament election results'),
      origin: ORIGIN,
    };
    if (is2024 && row.parliament_dissolved_on !== '') fail(`${label}: GE 2024 row has a dissolution date`);
    if (!is2024 && !isDay(row.parliament_dissolved_on)) fail(`${label}: no dissolution date`);
    memberships.push(membership);
    if (is2024) spells2024.set(personId, membership);
  }
  return { memberships, spells2024 };
}

/**
 * Snapshot: current MPs whose seat and party are not exactly their GE 2024
 * spell (by-election winners since 2024, party changes). The change dates are
 * not in the sources, so the GE 2024 spell of a party changer stays 'unknown'.
 */
function snapshotMemberships(
  spells2024: Map<number, Membership>,
  { ids, constituency, report }: Context,
): Membership[] {
  const memberships: Membership[] = [];
  for (const [personId, row] of ids.current) {
    const seat = constituency(row.pcon_name);
    const party = plain(row.party_text);
    const spell = spells2024.get(personId);
    if (spell && spell.constituency === seat && spell.party === party) {
      spell.end = 'sitting';
      continue;
    }
    if (spell && spell.constituency === seat) report.count('snapshot: same seat, party changed since GE 2024');
    else if (spell) report.count('snapshot: different seat from GE 2024');
    else report.count('snapshot: not elected at GE 2024 (by-election)');
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
      sources: source(httpsUrl(report, row.profile_url, label), SNAPSHOT_LABEL),
      origin: ORIGIN,
    });
  }
  return memberships;
}
