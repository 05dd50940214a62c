/**
 * Stage 9, divisions: NHS-related Commons divisions (Public Whip keys), linked
 * to their bill and TheyWorkForYou policies, and flagged unverified where the
 * source row says its facts are second-hand or unchecked.
 */
import type { Bill, Division, NhsPolicy } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import { hostLabel, httpsUrl, source } from './links';
import type { BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain, plainOrNull } from './text';
import { nonNegativeInt, positiveInt } from './values';

export function divisions(
  sources: Pick<Sources, 'divisions'>,
  { bills, policies }: { bills: Bill[]; policies: NhsPolicy[] },
  report: BuildReport,
): Division[] {
  const billIds = new Set(bills.map((b) => b.id));
  const policyIds = new Set(policies.map((p) => p.id));
  const result: Division[] = [];
  for (const row of sources.divisions) {
    const label = `division ${row.division_key}`;
    if (!/^pw-\d{4}-\d{2}-\d{2}-\d+-commons$/.test(row.division_key)) {
      report.drop(
        label,
        row.house === 'lords'
          ? 'a Lords division; the schema only has Commons divisions (id must end "-commons")'
          : 'not a Public Whip Commons division key (no division number in the sources)',
      );
      continue;
    }
    const number = positiveInt(row.number);
    if (number === null) {
      report.drop(label, `no division number ("${row.number}")`);
      continue;
    }
    const url = httpsUrl(report, row.source_url, label);
    if (url === null) {
      report.drop(label, 'its only source link is unusable');
      continue;
    }
    const ayes = nonNegativeInt(row.ayes);
    const noes = nonNegativeInt(row.noes);
    const verified = isVerified(row, ayes, noes);
    // bill_or_topic is either a bill id or a bill id followed by a gloss in
    // brackets ("health-and-social-care-bill-2010-12 (report stage day 1)").
    const topic = row.bill_or_topic.trim();
    const billId = [...billIds].find((id) => topic === id || topic.startsWith(`${id} (`)) ?? null;
    const ids = row.twfy_policy_ids
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(Number);
    for (const id of ids) if (!policyIds.has(id)) report.note(`${label}: policy ${id} is not one of the NHS policies`);
    report.divisions.push(`${row.division_key}: verified=${verified} billId=${billId ?? 'null'}`);
    result.push({
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
  return result;
}

/**
 * Unverified: the row says "not verified"/"verify", rests on a secondary
 * source, or its counts are missing and a note says so.
 */
function isVerified(row: Row<'divisions'>, ayes: number | null, noes: number | null): boolean {
  const text = [row.title, row.bill_or_topic, row.notes, row.counts_note, row.source_type].join(' ').toLowerCase();
  const countsMissingWithNote =
    (ayes === null || noes === null) && /counts/.test(`${row.notes} ${row.counts_note}`.toLowerCase());
  return !(/not verified|verify|secondary/.test(text) || countsMissingWithNote);
}
