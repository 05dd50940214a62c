/**
 * Stage 8, votes: TheyWorkForYou's NHS policies and each MP's voting summary
 * on them (votes with, against, absent, abstained), beside their party's
 * average where TheyWorkForYou gives one.
 */
import type { Membership, NhsPolicy, VoteCounts, VotingRecord } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import type { Identities } from './identities';
import { httpsUrl, source } from './links';
import { fail, type BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain } from './text';
import { byKey, canonicalJson, voteCount } from './values';

type AlignmentRow = Row<'alignment'>;

export function policies(sources: Pick<Sources, 'policies'>, report: BuildReport): NhsPolicy[] {
  return sources.policies.map((policy) => ({
    id: policy.id,
    name: plain(policy.name),
    description: plain(policy.context_description),
    divisionCount: policy.division_links.length,
    // twfy-votes serves each policy at /policy/<id> on votes.theyworkforyou.com.
    sources: source(
      httpsUrl(report, `https://votes.theyworkforyou.com/policy/${policy.id}`, `policy ${policy.id}`),
      'TheyWorkForYou Votes (mySociety)',
    ),
    origin: ORIGIN,
  }));
}

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

type Context = {
  ids: Identities;
  policyIds: Set<number>;
  /** Each person's party in their latest membership. */
  latestParty: Map<number, string>;
  /** Party averages, by "person|policy|party slug". */
  comparisons: Map<string, AlignmentRow>;
  report: BuildReport;
};

export function votingRecords(
  sources: Pick<Sources, 'alignment'>,
  { ids, policies, memberships }: { ids: Identities; policies: NhsPolicy[]; memberships: Membership[] },
  report: BuildReport,
): VotingRecord[] {
  const latestParty = new Map<number, string>();
  for (const m of [...memberships].sort(byKey((m) => m.from ?? m.asOf ?? ''))) latestParty.set(m.personId, m.party);

  // Per MP and policy: their own rows (is_target=1) and the party averages (is_target=0).
  const targets = new Map<string, AlignmentRow[]>();
  const comparisons = new Map<string, AlignmentRow>();
  for (const row of sources.alignment) {
    if (row.chamber !== 'commons') fail(`alignment row for ${row.person_id}/${row.policy_id} is not Commons`);
    const key = `${row.person_id}|${row.policy_id}`;
    if (row.is_target === '1') targets.set(key, [...(targets.get(key) ?? []), row]);
    else if (row.is_target === '0') comparisons.set(`${key}|${row.comparison_party}`, row);
    else fail(`alignment row ${key}: is_target "${row.is_target}"`);
  }

  const context: Context = { ids, policyIds: new Set(policies.map((p) => p.id)), latestParty, comparisons, report };
  const records: VotingRecord[] = [];
  for (const [key, rows] of targets) {
    const record = votingRecord(key, rows, context);
    if (record) records.push(record);
  }
  return records;
}

function votingRecord(key: string, rows: AlignmentRow[], context: Context): VotingRecord | null {
  const { ids, policyIds, comparisons, report } = context;
  const [twfyText, policyText] = key.split('|');
  const twfy = Number(twfyText);
  const policyId = Number(policyText);
  const personId = ids.twfyToMnis.get(twfy);
  if (personId === undefined) {
    report.count('voting records dropped: TWFY person not mapped to an MNIS id');
    return null;
  }
  if (!ids.personIds.has(personId)) {
    report.count('voting records dropped: person not among the 1,451');
    return null;
  }
  if (!policyIds.has(policyId)) {
    report.drop(`voting record ${key}`, `policy ${policyId} is not one of the NHS policies`);
    return null;
  }
  // An MP who sat for more than one party has one own-record row per party
  // (the same numbers each time) and a party average for some of them.
  const [own] = rows;
  if (own === undefined) return null;
  if (!rows.every((r) => sameCounts(r, own))) {
    report.drop(`voting record ${key}`, 'its per-party rows disagree on the MP’s own votes');
    return null;
  }
  const chosen = comparisonRow(key, rows, personId, context);
  const average = chosen ? comparisons.get(`${key}|${chosen.comparison_party}`) : undefined;
  if (!average) report.count('voting records without a party average');
  const slug = (chosen ?? own).comparison_party;
  const fromYear = Number(own.start_year);
  const toYear = Number(own.end_year);
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) fail(`alignment ${key}: bad years`);
  return {
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
        report,
        `https://votes.theyworkforyou.com/person/${twfy}/policies/commons/${slug}/${own.period_slug.toLowerCase()}/${policyId}`,
        `voting record ${key}`,
      ),
      'TheyWorkForYou (mySociety) voting summary',
    ),
    origin: ORIGIN,
  };
}

/** Which party row to compare with: the only one, the only one with an average, else the latest party's. */
function comparisonRow(key: string, rows: AlignmentRow[], personId: number, context: Context): AlignmentRow | null {
  const [own] = rows;
  if (rows.length === 1) return own ?? null;
  const averaged = rows.filter((r) => context.comparisons.has(`${key}|${r.comparison_party}`));
  if (averaged.length === 1) return averaged[0] ?? null;
  // Several candidates: the party of the person's latest membership, if it is one of them.
  const party = context.latestParty.get(personId);
  const pool = averaged.length > 0 ? averaged : rows;
  const chosen = pool.find((r) => TWFY_PARTY_SLUGS[r.comparison_party] === party) ?? null;
  context.report.count(
    `voting records with several comparison parties: ${chosen ? 'picked the latest party' : 'left null'}`,
  );
  return chosen;
}

function counts(row: AlignmentRow, strong: boolean): VoteCounts {
  const k = strong ? 'num_strong_votes_' : 'num_votes_';
  const at = `alignment ${row.person_id}/${row.policy_id}`;
  return {
    with: voteCount(row[`${k}same`], at),
    against: voteCount(row[`${k}different`], at),
    absent: voteCount(row[`${k}absent`], at),
    abstained: voteCount(row[`${k}abstained`], at),
  };
}

const sameCounts = (a: AlignmentRow, b: AlignmentRow) =>
  canonicalJson([counts(a, false), counts(a, true), a.start_year, a.end_year]) ===
  canonicalJson([counts(b, false), counts(b, true), b.start_year, b.end_year]);
