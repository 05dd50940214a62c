/**
 * What Bevan's background and pages tell a tab's content script, and what it answers: the protocol of
 * `browser.tabs.sendMessage`. The content script reads these by hand, without zod (utils/page/page-messages.ts).
 */
import { IsoDate } from './data/schema';
import { z } from './data/zod';

/** The kinds of thing Bevan finds on a page. */
export const MentionKind = z.enum(['mp', 'bill', 'dispute']);

/**
 * What Bevan's pages and background tell a tab's content script: the names to
 * look for changed (a campaigner edited a bill); the reader switched Bevan off
 * on this site; a question from the popup, how many mentions it found, or
 * which (`listMentions`, also for tests and tools); or a move to a mention, by
 * the keyboard command or from the popup's "On this page".
 */
export const TabEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('matcherChanged') }),
  z.object({ type: z.literal('siteSwitchedOff') }),
  z.object({ type: z.literal('getPageSummary') }),
  z.object({ type: z.literal('listMentions') }),
  z.object({ type: z.literal('moveToMention'), direction: z.enum(['next', 'previous']) }),
  z.object({ type: z.literal('showMention'), kind: MentionKind, id: z.string().check(z.maxLength(2000)) }),
  /** The letter a card asked for before the reader chose their MP has opened (see setYourMp). */
  z.object({ type: z.literal('letterOpened'), via: z.enum(['writetothem', 'email']) }),
]);
export type TabEvent = z.infer<typeof TabEvent>;
export const PageSummary = z.object({
  mentions: z.int().check(z.nonnegative()),
  /** Null when the page gives no date. */
  articleDate: z.nullable(IsoDate),
  /** False where the browser cannot draw highlights (no CSS Custom Highlight API): Bevan then leaves pages alone. */
  canDraw: z.optional(z.boolean()),
});
export type PageSummary = z.infer<typeof PageSummary>;

/** One mention, as a tab's content script lists them (`listMentions`), in page order. */
export const ListedMention = z.object({
  kind: MentionKind,
  /** An MNIS id, a bill id, the dispute's id, or several MNIS ids (comma-separated) for an ambiguous name. */
  id: z.string(),
  /** The words on the page. */
  text: z.string(),
  /** Up to 60 characters either side of the mention, and the mention. */
  context: z.string(),
  /** Its first box, in viewport coordinates when the answer was made. */
  rect: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
});
export type ListedMention = z.infer<typeof ListedMention>;
export const MentionList = z.object({ mentions: z.array(ListedMention) });
export type MentionList = z.infer<typeof MentionList>;
