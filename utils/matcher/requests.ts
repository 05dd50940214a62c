/**
 * The requests a content script starts with: whether Bevan runs on its page, the first look's cues, and the whole
 * matcher for the article's date once the first look finds something.
 */
import { IsoDate } from '../data/schema';
import { z } from '../data/zod';
import { AnnotationSettings } from '../sites/annotation-settings';
import { SiteStatus } from '../sites/requests';

/**
 * What a content script's first look at a page needs (see utils/matching/compile.ts), the same at every article
 * date:
 * - `cues`: `<first word> <start of the second word>` lines, in code-unit order, of every name and bill title;
 * - `cuePattern`: regular-expression source (no flags) that finds their first words followed by a space (group 1),
 *   or any name of one word; empty when there are none;
 * - `billCuePattern`: the same for bills' titles alone, for pages where no MP is annotated;
 * - `anyCaseBills`: bills' titles of three words or more ending in "Bill" or "Act", in lower case, one a line: they
 *   are found in any case ("the health and social care bill");
 * - `dispute`: the dispute's phrase lists as regular-expression sources, one a line (utils/matching/dispute-phrases.ts,
 *   `disputeSources`): kept in the background, so that the content script carries no word lists.
 */
export const PackedCues = z.object({
  version: z.string(),
  cues: z.string(),
  cuePattern: z.string(),
  billCuePattern: z.string(),
  anyCaseBills: z.string(),
  dispute: z.string(),
});
export type PackedCues = z.infer<typeof PackedCues>;

/**
 * A compiled matcher for one article date, as it travels to a content script: line-separated strings, aligned line
 * by line, cheap to send, validate and split (see utils/matching/compile.ts).
 * - `names`: the forms, in code-unit order;
 * - `targets`: for each form, `mp <id>`, `mp? <id>,<id>` (ambiguous), either with `+` after the kind when its MPs
 *   were all first elected well after the article's date (`mp+ <id>`), `bill <id>`, `surname <id>,<id>…` or
 *   `actref <bill id>,<bill id>…`;
 * - `surnames`: `<MNIS id> <form>|<form>…`, one MP a line, in code-unit order;
 * - `roles`: `<role> <MNIS id>`, who held each post pages name by role on the date (utils/matching/roles.ts).
 */
export const PackedMatcher = z.object({
  ...PackedCues.shape,
  articleDate: IsoDate,
  names: z.string(),
  targets: z.string(),
  surnames: z.string(),
  roles: z.optional(z.string()),
});
export type PackedMatcher = z.infer<typeof PackedMatcher>;

export const matcherRequests = {
  /**
   * What a content script starts with, in one request (each costs the page a fraction of a millisecond to send):
   * whether Bevan runs on the page, the first look's cues (null where it does not run) and the per-page cap.
   */
  startPage: {
    request: z.object({ url: z.string().check(z.maxLength(4096)) }),
    response: z.object({ site: SiteStatus, cues: z.nullable(PackedCues), settings: AnnotationSettings }),
    privileged: false,
  },
  /** The first look's cues: all a page with nothing to annotate needs (asked again when a campaigner adds a bill). */
  getCues: { request: z.object({}), response: PackedCues, privileged: false },
  /** The whole matcher, asked for once the first look has found something. */
  getMatcher: { request: z.object({ articleDate: IsoDate }), response: PackedMatcher, privileged: false },
  /** Starts the page reader in the asking tab (utils/page/reader-contract.ts), with the matcher; answered once it is there. */
  startPageReader: { request: z.object({}), response: z.object({ started: z.boolean() }), privileged: false },
} as const;
