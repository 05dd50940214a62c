/**
 * Commons divisions on a bill, from the Commons Votes API's search by the bill's title
 * (`/data/divisions.json/search`): a division counts when its title names the bill ("Example Bill: Second Reading")
 * and it fell in a session the bill sat in. Each keeps its Ayes and Noes and links to its page on
 * votes.parliament.uk.
 */
import { IsoDate } from '../../data/schema';
import { z } from '../../data/zod';
import { parliamentUrl } from '../hosts';
import { DIVISION_SEARCH_PATH } from '../votes/api';
import { sessionOf, type LiveDivision } from './live-bill';

const ApiDivisionSummary = z.lazy(() =>
  z.object({
    DivisionId: z.int().check(z.positive()),
    Date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)),
    Number: z.int().check(z.nonnegative()),
    Title: z.string().check(z.maxLength(1000)),
    AyeCount: z.int().check(z.nonnegative()),
    NoCount: z.int().check(z.nonnegative()),
  }),
);
export const ApiDivisionSearch = z.lazy(() => z.array(ApiDivisionSummary));
export type ApiDivisionSearch = z.infer<typeof ApiDivisionSearch>;

/** The title Parliament's division titles start with: the short title without "[HL]" or a session. */
export function divisionTitlePrefix(shortTitle: string): string {
  return shortTitle
    .replace(/\s*\[HL\]/i, '')
    .replace(/\s+\d{4}(-\d{2})?$/, '')
    .trim();
}

export function divisionSearchUrl(shortTitle: string): string {
  return parliamentUrl('votes', DIVISION_SEARCH_PATH, {
    'queryParameters.searchTerm': divisionTitlePrefix(shortTitle),
    'queryParameters.take': 25,
  });
}

/** The divisions of the search that are on this bill: titled with its name, in a session it sat in. */
export function divisionsOnBill(
  found: ApiDivisionSearch,
  shortTitle: string,
  sittingDays: readonly string[],
): LiveDivision[] {
  const prefix = divisionTitlePrefix(shortTitle).toLowerCase();
  const sessions = new Set(sittingDays.map(sessionOf).filter((session) => session !== null));
  return found
    .flatMap((division) => {
      const date = division.Date.slice(0, 10);
      const title = division.Title.replace(/\s+/g, ' ').trim();
      const named = title.toLowerCase().startsWith(prefix) && /^\s*[:–-]/.test(title.slice(prefix.length) || ':');
      const session = IsoDate.safeParse(date).success ? sessionOf(date) : null;
      if (!named || session === null || !sessions.has(session)) return [];
      if (!title || title.length > 300 || /[<>]/.test(title)) return [];
      return [
        {
          divisionId: division.DivisionId,
          date,
          number: division.Number,
          title,
          ayes: division.AyeCount,
          noes: division.NoCount,
        },
      ];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
}

/** A division's page on votes.parliament.uk. */
export function divisionPageUrl(divisionId: number): string {
  return `https://votes.parliament.uk/votes/commons/division/${divisionId}`;
}
