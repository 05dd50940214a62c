/**
 * The dataset build as a pipeline: each stage reads the sources and what the
 * stages before it made, and records what it changed or dropped in the report.
 *
 * Ground rules, from shared/data/README.md and the project brief:
 * - Derive, don't copy: only ids, names, dates, counts and source links are
 *   shipped. `source_quote` fields are never read, bill notes are not shipped,
 *   and free text that carries quoted speech is dropped.
 * - Facts are real or absent: a gap stays null. Nothing is guessed; where the
 *   sources disagree or are ambiguous the value is left out and reported.
 * - Second-hand, partial or "not verified" rows are flagged as such.
 */
import type { Dataset } from '../../utils/data/schema';
import { assemble } from './assemble';
import { bills } from './bills';
import { constituencies } from './constituencies';
import { disputeEvents } from './dispute';
import { divisions } from './divisions';
import { identities } from './identities';
import { memberships } from './memberships';
import { parties } from './parties';
import { people } from './people';
import { posts } from './posts';
import type { BuildReport } from './report';
import { readSources } from './sources';
import { policies, votingRecords } from './votes';

/** Builds the dataset from the source files in `sharedData`; throws BuildError when the sources do not allow it. */
export function buildDataset(sharedData: string, report: BuildReport): Dataset {
  const sources = readSources(sharedData);
  const ids = identities(sources, report);
  const constituency = constituencies(sources, report);
  const partyNames = parties(sources, report);
  const membershipList = memberships(sources, { ids, constituency, parties: partyNames, report });
  const personList = people(sources, ids, report);
  const billList = bills(sources, personList, report);
  const policyList = policies(sources, report);
  const records = {
    people: personList,
    memberships: membershipList,
    bills: billList,
    policies: policyList,
    votingRecords: votingRecords(sources, { ids, policies: policyList, memberships: membershipList }, report),
    divisions: divisions(sources, { bills: billList, policies: policyList }, report),
    disputeEvents: disputeEvents(sources, report),
    posts: posts(sources, ids, report),
  };
  return assemble(records, report);
}
