/**
 * Stage 7, bills: NHS and health bills with their stages. Each stage's link is
 * its source; a stage label's trailing parenthetical ("talked out") becomes its
 * outcome, and outcomes that quote speech are shortened or dropped.
 */
import type { Bill, BillStage, Person } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import { hostLabel, httpsUrl } from './links';
import { fail, type BuildReport } from './report';
import type { SourceBill, Sources } from './sources';
import { plain, plainOrNull, splitTrailingParenthetical, withoutQuotations } from './text';
import { positiveInt } from './values';

const STAGE_HOUSES: Record<string, BillStage['house']> = {
  Commons: 'Commons',
  Lords: 'Lords',
  both: 'both',
  '-': 'none',
};

export function bills(sources: Pick<Sources, 'bills'>, people: Person[], report: BuildReport): Bill[] {
  const result: Bill[] = [];
  for (const bill of sources.bills) {
    const stages = billStages(bill, report);
    const sourceUrls = [...new Set(stages.map((s) => s.source.url))];
    if (sourceUrls.length === 0) {
      report.drop(`bill ${bill.id}`, 'no usable source link');
      continue;
    }
    const sources = sourceUrls.map((url) => stages.find((s) => s.source.url === url)?.source ?? fail('unreachable'));

    // The act's short title without its chapter ("Health and Social Care Act 2012").
    const actShortTitle = bill.act ? plain(bill.act.replace(/\s*\([^()]*\)\s*$/, '')) : null;
    const aliases = [...new Set([...(bill.popular_names ?? []).map(plain), ...(actShortTitle ? [actShortTitle] : [])])];
    const { sponsorId, sponsorName } = sponsor(bill, people, report);

    const outcome = withoutQuotations(plainOrNull(bill.outcome));
    if (outcome !== plainOrNull(bill.outcome)) {
      report.note(`${bill.id}: outcome shortened to drop quoted text → ${outcome === null ? 'null' : `"${outcome}"`}`);
    }

    result.push({
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
  return result;
}

function billStages(bill: SourceBill, report: BuildReport): BillStage[] {
  const stages: BillStage[] = [];
  for (const stage of bill.stages) {
    const label = `${bill.id} stage "${stage.stage}" ${stage.date}`;
    const house = STAGE_HOUSES[stage.house];
    if (!house) fail(`${label}: unknown house "${stage.house}"`);
    const url = httpsUrl(report, stage.source_url, label);
    if (url === null) {
      report.drop(label, 'its only source link is unusable');
      continue;
    }
    // "2nd reading (not reached / talked out; no division)": the trailing
    // parenthetical says what happened, so it becomes the stage's outcome.
    const text = plain(stage.stage);
    const split = splitTrailingParenthetical(text);
    const name = split ? split.head : text;
    const outcome = withoutQuotations(split ? plainOrNull(split.inner) : null);
    report.stageSplits.push(
      `${bill.id} ${stage.date}: "${name}" | outcome: ${outcome === null ? 'null' : `"${outcome}"`}`,
    );
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
  return stages;
}

/** The sponsor's MNIS id where it names a person in the dataset, else the one person the name fits, else null. */
function sponsor(
  bill: SourceBill,
  people: Person[],
  report: BuildReport,
): { sponsorId: number | null; sponsorName: string | null } {
  const sponsorName = plainOrNull(bill.sponsor.name);
  let sponsorId = bill.sponsor.mnis_id ? positiveInt(bill.sponsor.mnis_id) : null;
  if (sponsorId !== null && !people.some((p) => p.id === sponsorId)) {
    report.note(`${bill.id}: sponsor MNIS ${sponsorId} is not a person in the dataset; left null`);
    sponsorId = null;
  } else if (sponsorId === null && sponsorName !== null) {
    sponsorId = personNamed(people, sponsorName);
    report.note(`${bill.id}: sponsor "${sponsorName}" resolved by name to ${sponsorId ?? 'nobody (null)'}`);
  }
  return { sponsorId, sponsorName };
}

function personNamed(people: Person[], name: string): number | null {
  const target = name.toLowerCase();
  const matches = people.filter(
    (p) => p.name.toLowerCase() === target || p.nameVariants.some((v) => v.toLowerCase() === target),
  );
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}
