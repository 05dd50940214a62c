/**
 * Last stage, assemble: drops records without a source (they cannot be
 * shipped), sorts every list, checks ids are unique, and stamps the version.
 * The output is deterministic: records are sorted and objects are built with a
 * fixed key order, so rebuilding from the same sources gives the same bytes.
 */
import {
  DATASET_FORMAT,
  type Bill,
  type Dataset,
  type DisputeEvent,
  type Division,
  type Membership,
  type NhsPolicy,
  type Person,
  type Post,
  type Source,
  type VotingRecord,
} from '../../utils/data/schema';
import { SNAPSHOT_DATE } from './constants';
import { fail, type BuildReport } from './report';
import { byKey, sha256 } from './values';

export type Records = {
  people: Person[];
  memberships: Membership[];
  bills: Bill[];
  policies: NhsPolicy[];
  votingRecords: VotingRecord[];
  divisions: Division[];
  disputeEvents: DisputeEvent[];
  posts: Post[];
};

export function assemble(records: Records, report: BuildReport): Dataset {
  const withSources = <T extends { id: string | number; sources: Source[] }>(kind: string, list: T[]): T[] =>
    list.filter((r) => {
      if (r.sources.length > 0) return true;
      report.drop(`${kind} ${r.id}`, 'no usable source link');
      return false;
    });

  const body = {
    format: DATASET_FORMAT as typeof DATASET_FORMAT,
    snapshotDate: SNAPSHOT_DATE,
    people: withSources('person', records.people).sort(byKey((p) => p.id)),
    memberships: withSources('membership', records.memberships).sort(
      (a, b) =>
        a.personId - b.personId ||
        byKey<Membership>((m) => m.from ?? m.asOf ?? '')(a, b) ||
        byKey<Membership>((m) => m.id)(a, b),
    ),
    bills: records.bills,
    policies: withSources('policy', records.policies).sort(byKey((p) => p.id)),
    votingRecords: withSources('voting record', records.votingRecords).sort(
      (a, b) => a.personId - b.personId || a.policyId - b.policyId,
    ),
    divisions: withSources('division', records.divisions).sort(
      byKey((d) => `${d.date} ${String(d.number).padStart(5, '0')}`),
    ),
    disputeEvents: withSources('dispute event', records.disputeEvents),
    posts: withSources('post', records.posts).sort(
      (a, b) => a.personId - b.personId || byKey<Post>((p) => `${p.start} ${p.id}`)(a, b),
    ),
  };

  const { format, snapshotDate, ...lists } = body;
  for (const [kind, list] of Object.entries(lists)) {
    const seen = new Set<string | number>();
    for (const r of list) {
      if (seen.has(r.id)) fail(`Duplicate ${kind} id ${r.id}`);
      seen.add(r.id);
    }
  }

  // The version hashes everything else; it sits second so that the file reads format, version, records.
  return { format, version: sha256(JSON.stringify(body)).slice(0, 16), snapshotDate, ...lists };
}
