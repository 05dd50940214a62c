/**
 * Stage 10, dispute: the junior (resident) doctors' dispute timeline. Each
 * event gets a kind from its title, loses details that quote speech, and is
 * flagged unverified where its date is partial or its source weak.
 */
import { comparePartialDates } from '../../utils/data/partial-dates';
import type { DisputeEvent } from '../../utils/data/schema';
import { ORIGIN } from './constants';
import { hostLabel, httpsUrl, source } from './links';
import type { BuildReport } from './report';
import type { Row, Sources } from './sources';
import { containsQuotation, plain, plainOrNull } from './text';
import { isDay, isMonth } from './values';

// Ordered: the first matching rule decides. Announcements come before ballots
// and strikes because announcements often name them ("BMA announces three
// 48-hour strikes", "… imposed … after referendum rejection"); a strike called
// off, suspended or to be averted is not a strike, and neither is a vote to
// renew a strike mandate: only rows that are a walkout may be a card's "Latest strike".
const KIND_RULES: ReadonlyArray<{ pattern: RegExp; kind: DisputeEvent['kind'] }> = [
  { pattern: /call(ed|ing) off|suspend/i, kind: 'announcement' },
  { pattern: /announc|statement/i, kind: 'announcement' },
  { pattern: /into dispute|enters (pay )?dispute/i, kind: 'other' },
  { pattern: /ballot|referendum|\bvot(e|es|ing)\b|mandate/i, kind: 'ballot' },
  { pattern: /\bmeets?\b|^talks\b|\bavert|\boffer\b/i, kind: 'other' },
  { pattern: /strike|walk-?out/i, kind: 'strike' },
  { pattern: /imposition|imposed|debate/i, kind: 'announcement' },
  { pattern: /\bdeal\b|agreement|accept/i, kind: 'deal' },
];

export function disputeEvents(sources: Pick<Sources, 'events'>, report: BuildReport): DisputeEvent[] {
  const events: DisputeEvent[] = [];
  const perDate = new Map<string, number>();
  for (const row of sources.events) {
    const start = row.date_start.trim();
    const label = `dispute event ${start} "${row.event}"`;
    if (!isDay(start) && !isMonth(start)) {
      report.drop(label, `start "${start}" is not a date`);
      continue;
    }
    // Numbered per start date; a row dropped below for its link still takes its number.
    const n = (perDate.get(start) ?? 0) + 1;
    perDate.set(start, n);
    const title = plain(row.event);
    const rule = KIND_RULES.findIndex((r) => r.pattern.test(title));
    const kind = KIND_RULES[rule]?.kind ?? 'other';
    const rawDetails = plainOrNull(row.details);
    // Details are shipped only when they carry no quoted speech.
    const details = rawDetails !== null && containsQuotation(rawDetails) ? null : rawDetails;
    const sourceType = plain(row.source_type);
    const verified = isVerified(row, start, sourceType);
    const url = httpsUrl(report, row.source_url, label);
    if (url === null) {
      report.drop(label, 'its only source link is unusable');
      continue;
    }
    const id = `dispute-${start}-${n}`;
    report.disputeEvents.push(
      `${id}: ${kind} (rule ${rule >= 0 ? rule + 1 : '-'}), verified=${verified}` +
        `${rawDetails !== null && details === null ? ', details dropped (quotation)' : ''} — ${title}`,
    );
    events.push({
      id,
      start,
      end: row.date_end.trim() === '' ? null : row.date_end.trim(),
      kind,
      title,
      details,
      verified,
      sources: source(url, sourceType || hostLabel(url)),
      origin: ORIGIN,
    });
  }
  // Oldest first; a month-only date after the days of its month.
  return events.sort((a, b) => comparePartialDates(a.start, b.start));
}

/**
 * Unverified: a month-only date, a weak, "verify" or "not verified" source, or
 * "not verified" in the row's text. (A source type reading "NHS trust news
 * page; not verified" must not pass: "verify" alone does not match it.)
 */
export function isVerified(row: Pick<Row<'events'>, 'event' | 'details'>, start: string, sourceType: string): boolean {
  return !(
    isMonth(start) ||
    /weak|verify|not verified|unverified/i.test(sourceType) ||
    /not verified/i.test(`${row.event} ${row.details}`)
  );
}
