/**
 * The Members API's answers Bevan reads (`/api/Members/{id}` and `/api/Members/{id}/Biography`), as zod schemas: only
 * the fields Bevan uses are named, so fields the API adds later are ignored; a missing or mistyped field refuses the
 * whole answer, and the stored facts are kept.
 */
import { z } from '../../data/zod';

/** The API's instants, e.g. `2024-07-04T00:00:00`; Bevan keeps the day. */
export const ApiDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'Not a date'));

/** 1 is the Commons, 2 the Lords. */
export const ApiHouse = z.int();

const ApiLink = z.object({ rel: z.string(), href: z.string() });

export const ApiParty = z.object({ id: z.int(), name: z.string() });

export const ApiMembershipStatus = z.object({
  statusIsActive: z.boolean(),
  statusDescription: z.nullable(z.string()),
  statusStartDate: z.nullable(ApiDate),
});

export const ApiHouseMembership = z.object({
  membershipFrom: z.nullable(z.string()),
  membershipFromId: z.nullable(z.int()),
  house: ApiHouse,
  membershipStartDate: z.nullable(ApiDate),
  membershipEndDate: z.nullable(ApiDate),
  membershipEndReason: z.nullable(z.string()),
  membershipStatus: z.nullable(ApiMembershipStatus),
});

export const ApiMember = z.object({
  id: z.int().check(z.positive()),
  nameDisplayAs: z.string().check(z.minLength(1)),
  latestParty: z.nullable(ApiParty),
  latestHouseMembership: z.nullable(ApiHouseMembership),
});
export type ApiMember = z.infer<typeof ApiMember>;

/** `/api/Members/{id}`: `{ value: member, links }`. */
export const MemberAnswer = z.object({ value: ApiMember, links: z.optional(z.array(ApiLink)) });
export type MemberAnswer = z.infer<typeof MemberAnswer>;

/** One dated line of a biography: a seat, a party, a post or a house. */
export const ApiBiographyItem = z.object({
  house: ApiHouse,
  name: z.string().check(z.minLength(1)),
  id: z.int(),
  startDate: ApiDate,
  endDate: z.nullable(ApiDate),
  additionalInfo: z.optional(z.nullable(z.string())),
});
export type ApiBiographyItem = z.infer<typeof ApiBiographyItem>;

const items = z._default(z.array(ApiBiographyItem), []);

/**
 * `/api/Members/{id}/Biography`. `electionsContested` is deliberately not read: a published sample of this answer
 * carries another member's contested election, so Bevan never shows it.
 */
export const BiographyAnswer = z.object({
  value: z.object({
    representations: items,
    houseMemberships: items,
    governmentPosts: items,
    oppositionPosts: items,
    otherPosts: items,
    partyAffiliations: items,
  }),
  links: z.optional(z.array(ApiLink)),
});
export type BiographyAnswer = z.infer<typeof BiographyAnswer>;

export const memberPath = (id: number) => `/api/Members/${id}`;
export const biographyPath = (id: number) => `/api/Members/${id}/Biography`;

/** The member an answer's own `self` link names (`/Members/4514/Biography` → 4514), or null when it has none. */
export function selfMemberId(links: readonly { rel: string; href: string }[] | undefined): number | null {
  const self = links?.find((link) => link.rel === 'self');
  const match = self && /\/Members\/(\d+)(\/|$)/.exec(self.href);
  return match ? Number(match[1]) : null;
}
