/**
 * Stage 7, bills: NHS and health bills with their stages. Each stage's link is
 * its source; a stage label's trailing parenthetical ("talked out") becomes its
 * outcome, and outcomes that quote speech are shortened or dropped.
 *
 * Dates: a stage dated to the month only ("2020-02") is kept as a partial date
 * and sorts after the days of its month; a stage the source gives no date for
 * (only bounds such as "not after 16 June 2026") is left out, and the report
 * counts and lists it: a card's timeline shows dates, and none is guessed.
 */
import { comparePartialDates } from '../../utils/data/partial-dates';
import type { Bill, BillStage, Person } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import { hostLabel, httpsUrl } from './links';
import { fail, type BuildReport } from './report';
import type { SourceBill, Sources } from './sources';
import { plain, plainOrNull, splitTrailingParenthetical, withoutQuotations } from './text';
import { isDay, isMonth, positiveInt } from './values';

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

    const longTitle = withoutQuotations(plainOrNull(bill.long_title));
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
      house: billHouse(bill, report),
      sponsorId,
      sponsorName,
      stages,
      outcome,
      // Kept as the source gives it, chapter included ("… Act 2012 (2012 c. 7)").
      actTitle: plainOrNull(bill.act),
      ...(bill.bills_parliament_uk_id === undefined ? {} : { parliamentBillId: bill.bills_parliament_uk_id }),
      ...(longTitle === null ? {} : { longTitle }),
      sources,
      origin: ORIGIN,
    });
    if (bill.bills_parliament_uk_id !== undefined) report.count('bills with a confirmed bills.parliament.uk id');
  }
  return result;
}

/**
 * The originating House. A value longer than a House's name is the source's
 * note about it ("Commons (originating; 'introducing …' per Bristows)"): the
 * House it names is shipped, and the note stays in the build report.
 */
export function billHouse(bill: Pick<SourceBill, 'id' | 'house'>, report: BuildReport): string {
  const text = plain(bill.house);
  const match = /^(Commons|Lords)\b\s*(?:\((.*)\))?$/.exec(text);
  if (!match) fail(`${bill.id}: unknown house "${text}"`);
  const [, name, inner = ''] = match;
  const parts = inner.split(';').map((part) => part.trim());
  const originating = parts[0] === 'originating';
  const house = originating ? `${name} (originating)` : `${name}`;
  const note = (originating ? parts.slice(1) : parts).filter((part) => part !== '').join('; ');
  if (note !== '') {
    report.note(`${bill.id}: house "${text}" shipped as "${house}"; the rest is the source's note: ${note}`);
  }
  return house;
}

function billStages(bill: SourceBill, report: BuildReport): BillStage[] {
  const stages: BillStage[] = [];
  for (const stage of bill.stages) {
    const label = `${bill.id} stage "${stage.stage}" ${stage.date ?? 'undated'}`;
    const house = STAGE_HOUSES[stage.house];
    if (!house) fail(`${label}: unknown house "${stage.house}"`);
    if (stage.date === null) {
      const bounds = [
        stage.date_not_before ? `not before ${stage.date_not_before}` : '',
        stage.date_not_after ? `not after ${stage.date_not_after}` : '',
      ].filter((b) => b !== '');
      report.count('bill stages left out: no date in the source');
      report.drop(label, `the source gives no date${bounds.length ? ` (only ${bounds.join(', ')})` : ''}`);
      continue;
    }
    if (!isDay(stage.date) && !isMonth(stage.date)) fail(`${label}: "${stage.date}" is not a date`);
    if (isMonth(stage.date)) report.count('bill stages dated to the month only (kept as partial dates)');
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
    const secondary = isSecondHand(url, stage.source_type);
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
  // Stable: stages of one day keep the source's order.
  return stages.sort((a, b) => comparePartialDates(a.date, b.date));
}

/** Parliament's and the government's own sites: the record itself rather than a report of it. */
const OFFICIAL_HOST = /(^|\.)(parliament\.uk|gov\.uk)$/;

/**
 * Second-hand: the stage is known from someone else's account of the record
 * (a mirror of Hansard, a law firm's blog, a campaign site, a broadcaster).
 * The source's own `source_type` decides where it says "official" or
 * "secondary"; otherwise an official host is first-hand and any other second-hand.
 */
export function isSecondHand(url: string, sourceType: string | undefined): boolean {
  const type = (sourceType ?? '').trim().toLowerCase();
  if (type.startsWith('official')) return false;
  if (type.includes('secondary')) return true;
  return !OFFICIAL_HOST.test(new URL(url).hostname);
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
