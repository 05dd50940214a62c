/** The build report as text: record counts, coverage per record kind, then the counters, drops and notes. */
import type { Dataset } from '../../utils/data/schema';
import type { BuildReport } from './report';
import { byKey } from './values';

type Lines = {
  section: (title: string) => void;
  item: (label: string, value: string | number) => void;
  line: (text: string) => void;
};

export function formatReport(d: Dataset, report: BuildReport): string {
  const lines: string[] = [];
  const out: Lines = {
    section: (title) => lines.push('', `== ${title}`),
    item: (label, value) => lines.push(`  ${label}: ${value}`),
    line: (text) => lines.push(text),
  };
  recordsSection(d, out);
  peopleSection(d, out);
  membershipsSection(d, report, out);
  billsSection(d, report, out);
  votesSection(d, report, out);
  reportSection(report, out);
  return lines.join('\n');
}

function groupCount<T>(records: T[], key: (r: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const r of records) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].sort(byKey(([k]) => k));
}

const named = (people: Dataset['people']) => people.map((p) => `${p.name} (${p.id})`).join(', ');

function recordsSection(d: Dataset, { section, item }: Lines): void {
  section('Records');
  item('people', d.people.length);
  item('memberships', d.memberships.length);
  item('bills', d.bills.length);
  item('policies', d.policies.length);
  item('votingRecords', d.votingRecords.length);
  item('divisions', d.divisions.length);
  item('disputeEvents', d.disputeEvents.length);
  item('posts', d.posts.length);
  item('version', d.version);
}

function peopleSection(d: Dataset, { section, item }: Lines): void {
  section('People');
  item('sitting', d.people.filter((p) => p.sitting).length);
  item('with TheyWorkForYou id', d.people.filter((p) => p.twfyId !== null).length);
  item('without TheyWorkForYou id', d.people.filter((p) => p.twfyId === null).length);
  item('with email', d.people.filter((p) => p.email !== null).length);
  item('without email (all)', d.people.filter((p) => p.email === null).length);
  item('sitting without email', named(d.people.filter((p) => p.sitting && p.email === null)) || 'none');
  item('with name variants', d.people.filter((p) => p.nameVariants.length > 0).length);
  const members = new Set(d.memberships.map((m) => m.personId));
  const without = d.people.filter((p) => !members.has(p.id));
  item('without any membership', without.length === 0 ? 0 : `${without.length}: ${named(without)}`);
  item('no TheyWorkForYou id', named(d.people.filter((p) => p.twfyId === null)) || 'none');
}

function membershipsSection(d: Dataset, report: BuildReport, { section, item, line }: Lines): void {
  section('Memberships');
  for (const [k, v] of groupCount(d.memberships, (m) => `basis ${m.basis}`)) item(k, v);
  for (const [k, v] of groupCount(d.memberships, (m) => `end ${m.end}`)) item(k, v);
  const byFrom = groupCount(d.memberships, (m) => `from ${m.from ?? `(snapshot ${m.asOf})`}`);
  for (const [k, v] of byFrom.filter(([, v]) => v > 20)) item(k, v);
  item('GE 2010 winners missing from parlparse', report.missing2010);
  item(
    'sitting MPs with a membership marked sitting',
    new Set(d.memberships.filter((m) => m.end === 'sitting').map((m) => m.personId)).size,
  );
  line('  constituency spellings changed (case only):');
  for (const [change, n] of [...report.respelled].sort(byKey(([k]) => k))) line(`    ${change} (${n})`);
}

function billsSection(d: Dataset, report: BuildReport, { section, line }: Lines): void {
  section('Bills');
  for (const b of d.bills) {
    line(
      `  ${b.id}: ${b.stages.length} stages, sponsorId ${b.sponsorId ?? 'null'} (${b.sponsorName ?? '-'}), aliases [${b.aliases.join('; ')}]`,
    );
  }
  line('  stage labels → stage | outcome:');
  for (const s of report.stageSplits) line(`    ${s}`);
}

function votesSection(d: Dataset, report: BuildReport, { section, item, line }: Lines): void {
  section('Voting records');
  item('records', d.votingRecords.length);
  item('people with a record', new Set(d.votingRecords.map((v) => v.personId)).size);
  for (const [k, v] of groupCount(d.votingRecords, (v) => `policy ${v.policyId}`)) item(k, v);

  section('Divisions');
  item('verified', d.divisions.filter((x) => x.verified).length);
  item('unverified', d.divisions.filter((x) => !x.verified).length);
  for (const s of report.divisions) line(`    ${s}`);

  section('Dispute events');
  item('verified', d.disputeEvents.filter((e) => e.verified).length);
  item('unverified', d.disputeEvents.filter((e) => !e.verified).length);
  for (const s of report.disputeEvents) line(`    ${s}`);
}

function reportSection(report: BuildReport, { section, item, line }: Lines): void {
  section('Counters');
  for (const [k, v] of [...report.tally].sort(byKey(([k]) => k))) item(k, v);

  section('Dropped');
  if (report.dropped.length === 0) line('  nothing');
  for (const s of report.dropped) line(`  - ${s}`);

  section('Notes');
  if (report.notes.length === 0) line('  none');
  for (const s of report.notes) line(`  - ${s}`);
}
