/**
 * The reader's own MP, set once: a postcode (letters then go through
 * WriteToThem, which finds the MP itself) and/or a constituency chosen from
 * the bundled list (which names the MP, for the "Your MP" badge and email).
 * This is private: it stays in the background and Bevan's own pages, and is
 * never sent into a web page.
 */
import { z } from '../data/zod';

/** UK postcode: outward code, then inward code (digit + two letters). GIR 0AA is Girobank's. */
const POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;

/** "sw1a1aa" → "SW1A 1AA"; null when the text is not a UK postcode. */
export function normalisePostcode(text: string): string | null {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (!POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export const Postcode = z
  .string()
  .check(z.refine((value: string) => normalisePostcode(value) === value, 'Not a UK postcode (for example SW1A 1AA)'));

export const YourMp = z.object({
  postcode: z.nullable(Postcode),
  constituency: z.nullable(z.string().check(z.minLength(1), z.maxLength(120))),
  /**
   * The MP Parliament named for the postcode, when the reader asked Bevan to look it up and the seat's name is not
   * in Bevan's data (absent in choices saved before lookups existed).
   */
  memberId: z.optional(z.nullable(z.int().check(z.positive()))),
});
export type YourMp = z.infer<typeof YourMp>;

export const NO_YOUR_MP: YourMp = { postcode: null, constituency: null };

export function isYourMpSet(yourMp: YourMp): boolean {
  return yourMp.postcode !== null || yourMp.constituency !== null;
}

/** What stops the reader's choice being saved, said beside the field it is about; null when it can be saved. */
export type SetupProblem = { field: 'postcode' | 'either'; message: string };

export function setupProblem(postcode: string, constituency: string | null): SetupProblem | null {
  const typed = postcode.trim();
  if (typed && normalisePostcode(typed) === null) {
    return { field: 'postcode', message: `"${typed}" is not a UK postcode: write it like SW1A 1AA.` };
  }
  if (!typed && !constituency) return { field: 'either', message: 'Enter your postcode or choose your constituency.' };
  return null;
}
