/**
 * Publication dates as feeds write them: RFC 822 in RSS ("Tue, 11 Apr 2023
 * 07:00:00 +0100", "… BST"), ISO 8601 in Atom and Dublin Core, and the odd
 * formats real feeds send ("11 April 2023", "April 11, 2023 7:00 am",
 * "2023/04/11", JavaScript's `Date#toString`). Parsed by hand, not with
 * `Date.parse`, whose leniency differs between browsers and reads "1" as 2001.
 * Anything else is null, never a guess.
 */
import { MONTH_NAMES } from '../dates';

/** Offsets in minutes for the zone names feeds use. An unknown zone name is read as UTC: hours off at worst. */
const ZONE_OFFSETS = new Map([
  ['Z', 0],
  ['UT', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['BST', 60],
  ['CET', 60],
  ['CEST', 120],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
]);

/** "Apr", "April", "Sept" → 4, 4, 9; null for anything that is not a month. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** "+0100", "+01:00", "-05", "GMT+0100", "BST" → minutes east of UTC; undefined when not a zone. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return minutes > 14 * 60 ? undefined : (numeric[1] === '-' ? -1 : 1) * minutes;
  }
  if (/^[A-Za-z]{1,5}$/.test(zone)) return ZONE_OFFSETS.get(zone.toUpperCase()) ?? 0;
  return undefined;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: string;
  minute?: string;
  second?: string;
  meridiem?: string;
  zone?: string;
}

function toIso({ year, month, day, hour, minute, second, meridiem, zone }: DateParts): string | null {
  let hours = Number(hour ?? 0);
  const minutes = Number(minute ?? 0);
  const seconds = Math.min(Number(second ?? 0), 59);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const offset = zoneOffset(zone);
  if (offset === undefined || hours > 23 || minutes > 59 || year < 1970 || year > 2200) return null;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds) - offset * 60_000).toISOString();
}

const TIME = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*([ap]m)?)?`;
const ZONE = String.raw`(?:\s*([A-Za-z]{1,5}(?:[+-]\d{1,2}:?\d{2})?|[+-]\d{1,2}:?\d{2}))?`;

/** 2023-04-11, 2023-04-11T07:00:00.000+01:00, "2023-04-11 07:00", 2023/04/11. */
const ISO_LIKE = new RegExp(
  String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?$`,
  'i',
);
/** Tue, 11 Apr 2023 07:00:00 GMT; 11 April 2023; 11th Apr 23 7.00pm BST. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})${TIME}${ZONE}$`,
  'i',
);
/** April 11, 2023 7:00 am; Tue Apr 11 2023 07:00:00 GMT+0100 (British Summer Time). */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}$`,
  'i',
);

/** A feed's date as an ISO 8601 instant (UTC), or null when it cannot be read with confidence. */
export function parseFeedDate(value: string): string | null {
  const text = value
    .trim()
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 80) return null;

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return toIso({ year: Number(year), month: Number(month), day: Number(day), hour, minute, second, zone });
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const [, day, monthName, year, hour, minute, second, meridiem, zone] = dayFirst;
    const month = monthNumber(monthName);
    return month === null
      ? null
      : toIso({ year: fullYear(year), month, day: Number(day), hour, minute, second, meridiem, zone });
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const [, monthName, day, year, hour, minute, second, meridiem, zone] = monthFirst;
    const month = monthNumber(monthName);
    return month === null
      ? null
      : toIso({ year: Number(year), month, day: Number(day), hour, minute, second, meridiem, zone });
  }
  return null;
}

/** RFC 822 allows two-digit years: "23" is 2023, "99" is 1999. */
function fullYear(year: string): number {
  if (year.length === 4) return Number(year);
  const short = Number(year);
  return short < 70 ? 2000 + short : 1900 + short;
}
