/**
 * The requests behind "your MP" and letters: the constituencies, the reader's choice (theirs alone: only Bevan's own
 * pages may read or change it), the letter templates, and opening a letter about a card's subject.
 */
import { BillId, MnisId } from '../data/schema';
import { z } from '../data/zod';
import { LetterTemplates } from '../letters/templates';
import { YourMp } from './your-mp';

export const Constituency = z.object({
  constituency: z.string(),
  mp: z.object({ id: MnisId, name: z.string(), party: z.string() }),
});

/** The reader's MP as Bevan's own pages show it (never sent to a content script). */
export const YourMpView = z.object({
  ...YourMp.shape,
  mp: z.nullable(z.object({ ...Constituency.shape.mp.shape, email: z.nullable(z.string()) })),
});
export type YourMpView = z.infer<typeof YourMpView>;

/** What a letter is about: the card's subject. */
export const LetterSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mp'), id: MnisId }),
  z.object({ kind: z.literal('bill'), id: BillId }),
  z.object({ kind: z.literal('dispute') }),
]);
export type LetterSubject = z.infer<typeof LetterSubject>;

/** What looking up the postcode found: the MP (then in `yourMp`), no seat for it, or why it could not be asked. */
export const PostcodeLookupView = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('found'),
    constituency: z.string(),
    member: z.nullable(z.object({ id: MnisId, name: z.string(), party: z.nullable(z.string()) })),
  }),
  z.object({ outcome: z.literal('none') }),
  z.object({ outcome: z.literal('failed'), words: z.string() }),
]);
export type PostcodeLookupView = z.infer<typeof PostcodeLookupView>;

export const WriteOutcome = z.discriminatedUnion('outcome', [
  /** The letter opened: WriteToThem in a new tab, or the reader's email app. */
  z.object({ outcome: z.literal('opened'), via: z.enum(['writetothem', 'email']) }),
  /** No postcode or constituency yet: the reader chooses first, then the letter continues. */
  z.object({ outcome: z.literal('needs-setup') }),
]);
export type WriteOutcome = z.infer<typeof WriteOutcome>;

export const yourMpRequests = {
  listConstituencies: { request: z.object({}), response: z.array(Constituency), privileged: false },
  getYourMp: { request: z.object({}), response: YourMpView, privileged: true },
  /**
   * Both null forgets the reader's MP. `continueLetter`: open the letter the reader asked for before choosing.
   * `lookUp`: the reader agreed to Bevan asking Parliament's Members API who the MP for the postcode is.
   */
  setYourMp: {
    request: z.object({
      postcode: z.nullable(z.string().check(z.maxLength(12))),
      constituency: z.nullable(z.string().check(z.maxLength(120))),
      continueLetter: z._default(z.boolean(), false),
      lookUp: z._default(z.boolean(), false),
    }),
    response: z.object({
      yourMp: YourMpView,
      letter: z.nullable(WriteOutcome),
      lookup: z.nullable(PostcodeLookupView),
    }),
    privileged: true,
  },
  /**
   * Opens a letter to the reader's MP about a card's subject. The background
   * builds and opens it: the postcode and the MP's address never reach the page.
   */
  writeToMp: {
    request: z.object({
      about: LetterSubject,
      article: z.nullable(
        z.object({ title: z.string().check(z.maxLength(1000)), url: z.string().check(z.maxLength(4096)) }),
      ),
    }),
    response: WriteOutcome,
    privileged: false,
  },
  /**
   * The email letter last opened from this tab (or from the popup), for Bevan's own pages to offer it to copy, in
   * case no email app opened it. Null when there is none, e.g. after the browser restarted Bevan's background.
   */
  getLetter: {
    request: z.object({}),
    response: z.nullable(z.object({ address: z.string(), subject: z.string(), body: z.string() })),
    privileged: true,
  },
  getLetterTemplates: { request: z.object({}), response: LetterTemplates, privileged: true },
  setLetterTemplates: { request: LetterTemplates, response: LetterTemplates, privileged: true },
} as const;
