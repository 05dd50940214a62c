/**
 * Facts about the page being read that matching depends on: when the article
 * was published (seats and parties change; "the NHS Bill" means a different
 * bill in 2015 and 2016) and whether it is about UK politics at all.
 */
import { todayIso, MONTH_NAMES } from '../dates';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

function isoDay(value: string | null | undefined): string | null {
  const day = value?.trim().match(ISO_DAY)?.[1];
  if (!day) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : day;
}

function jsonLdDates(document: Document): string[] {
  const dates: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') dates.push(record.datePublished);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's business.
    }
  }
  return dates;
}

const MONTH = `(${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((month) => month.slice(0, 3)).join('|')})\\.?`;
/** "14 March 2016", "Mon 14 Mar 2016", "March 14, 2016". */
const WRITTEN_DATE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b|\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);

/** A date written in a dateline or byline: the element a page marks as one, read as a reader would. */
function visibleDateline(document: Document): string | null {
  const dateline = document.querySelector(
    '[class*="dateline" i], [class*="byline" i], [class*="publish" i], [class*="timestamp" i], [class*="date" i]',
  );
  const match = dateline?.textContent?.slice(0, 300).match(WRITTEN_DATE);
  if (!match) return null;
  const [, day1, month1, year1, month2, day2, year2] = match;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith((month1 ?? month2).slice(0, 3).toLowerCase())) + 1;
  const day = Number(day1 ?? day2);
  return `${year1 ?? year2}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The article's publication date as YYYY-MM-DD, from the page's metadata, else a visible dateline; null when the page
 * gives none (or only one after `today`). Today is never returned in its place: a card must not say an undated
 * article was written today.
 */
export function readArticleDate(document: Document, today = todayIso()): string | null {
  // In order of trust; each source is read only if the ones before it give nothing (JSON-LD can be large).
  const sources: (() => (string | null | undefined)[])[] = [
    () => [
      document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      document.querySelector('meta[name="article:published_time"]')?.getAttribute('content'),
    ],
    () => jsonLdDates(document),
    () => [
      document.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ],
    () => [visibleDateline(document)],
  ];
  for (const source of sources) {
    for (const candidate of source()) {
      const day = isoDay(candidate);
      if (day && day <= today) return day;
    }
  }
  return null;
}

/**
 * Words that place a page in UK politics; a namesake on a film or sports page has none of them nearby. "Shadow"
 * counts only as a post ("the shadow health secretary"), and "Commons" not as Wikimedia's.
 */
const UK_POLITICS =
  /\b(?:MPs?|(?<!Wikimedia )Commons|Westminster|Parliament(?:ary)?|[Cc]onstituency|Labour|Conservatives?|Tory|Tories|Lib(?:eral)? Dem(?:ocrat)?s?|SNP|Plaid Cymru|Reform UK|Green Party|NHS|[Hh]ealth [Ss]ecretary|[Ss]hadow(?=\s+(?:[A-Za-z]+\s+){0,2}(?:[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Cc]abinet))|Downing Street|[Ss]ecretary of [Ss]tate|[Mm]inister|Hansard|by-election|general election)\b/g;

/** How much of a page's text the test reads: enough for any article's opening, bounded on huge pages. */
const CONTEXT_SAMPLE = 200_000;

/** True when the text mentions UK politics at least `threshold` times. */
export function hasUkPoliticalContext(fullText: string, threshold = 2): boolean {
  const text = fullText.length > CONTEXT_SAMPLE ? fullText.slice(0, CONTEXT_SAMPLE) : fullText;
  UK_POLITICS.lastIndex = 0;
  let found = 0;
  while (UK_POLITICS.exec(text)) if (++found >= threshold) return true;
  return false;
}
