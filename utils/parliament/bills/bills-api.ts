/**
 * The Bills API's answers (https://bills-api.parliament.uk), as far as Bevan reads them: a bill
 * (`/api/v1/Bills/{id}`), its stages (`/api/v1/Bills/{id}/Stages`) and a search (`/api/v1/Bills?SearchTerm=…`).
 * Fields Bevan does not use are dropped (the API adds some to some bills: agents, promoters); fields it uses are
 * checked, so a malformed answer is refused whole and nothing stored changes.
 */
import { z } from '../../data/zod';

const ApiId = z.int().check(z.positive());

/** Parliament's houses as the API names them: `All` for both, `Unassigned` for Royal Assent and the like. */
const ApiHouse = z.string().check(z.maxLength(40));

/** A date and time without a zone, e.g. `2021-01-12T00:00:00`; Bevan keeps the day. */
const ApiDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/, 'Not a date'));

export const ApiStageSitting = z.object({
  id: z.optional(z.int()),
  date: z.nullable(ApiDateTime),
});

export const ApiBillStage = z.object({
  id: z.int(),
  stageId: z.int(),
  sessionId: z.int(),
  description: z.string().check(z.minLength(1), z.maxLength(300)),
  house: ApiHouse,
  stageSittings: z._default(z.array(ApiStageSitting), () => []),
  sortOrder: z.int(),
});
export type ApiBillStage = z.infer<typeof ApiBillStage>;

export const ApiSponsor = z.object({
  member: z.optional(
    z.nullable(
      z.object({
        memberId: ApiId,
        name: z.string().check(z.minLength(1), z.maxLength(200)),
        party: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
        house: z.optional(z.nullable(ApiHouse)),
        memberFrom: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
      }),
    ),
  ),
  organisation: z.optional(
    z.nullable(z.object({ name: z.string().check(z.maxLength(300)), url: z.optional(z.nullable(z.string())) })),
  ),
  sortOrder: z.optional(z.int()),
});

/** What a search lists for each bill. */
export const ApiBillSummary = z.object({
  billId: ApiId,
  shortTitle: z.string().check(z.minLength(1), z.maxLength(300)),
  currentHouse: z.optional(z.nullable(ApiHouse)),
  originatingHouse: z.optional(z.nullable(ApiHouse)),
  lastUpdate: z.optional(z.nullable(ApiDateTime)),
  billWithdrawn: z.optional(z.nullable(ApiDateTime)),
  isDefeated: z._default(z.boolean(), false),
  billTypeId: z.optional(z.nullable(z.int())),
  introducedSessionId: z.int(),
  includedSessionIds: z._default(z.array(z.int()), () => []),
  isAct: z._default(z.boolean(), false),
  currentStage: z.optional(z.nullable(ApiBillStage)),
});
export type ApiBillSummary = z.infer<typeof ApiBillSummary>;

/** `/api/v1/Bills/{id}`: the summary, with the long title and sponsors. */
export const ApiBill = z.extend(ApiBillSummary, {
  longTitle: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
  sponsors: z._default(z.nullable(z.array(ApiSponsor)), () => []),
});
export type ApiBill = z.infer<typeof ApiBill>;

/** The API's lists: `/api/v1/Bills/{id}/Stages` and `/api/v1/Bills?SearchTerm=…`. */
function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    totalResults: z.int().check(z.nonnegative()),
    itemsPerPage: z.optional(z.int()),
  });
}

export const ApiBillStages = page(ApiBillStage);
export type ApiBillStages = z.infer<typeof ApiBillStages>;

export const ApiBillSearch = page(ApiBillSummary);
export type ApiBillSearch = z.infer<typeof ApiBillSearch>;
