/**
 * The one place for the letters behind "Write to your MP": a template per
 * kind of card, which the reader may edit in the options page and reset.
 * Placeholders in braces are filled by `fillTemplate`; square brackets are
 * left for the writer.
 */
import { z } from '../data/zod';

/** `ownMp`: from the card of the reader's own MP, a letter to them about their own record. */
export const LETTER_KINDS = ['mp', 'ownMp', 'bill', 'dispute'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LetterTemplate = z.object({
  subject: z.string().check(z.minLength(1), z.maxLength(200)),
  body: z.string().check(z.minLength(1), z.maxLength(5000)),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

export const LetterTemplates = z.object({
  mp: LetterTemplate,
  // Templates saved before this one existed are read with Bevan's own.
  ownMp: z._default(LetterTemplate, (): LetterTemplate => ({ ...DEFAULT_LETTER_TEMPLATES.ownMp })),
  bill: LetterTemplate,
  dispute: LetterTemplate,
});
export type LetterTemplates = z.infer<typeof LetterTemplates>;

/** What each placeholder stands for, shown beside the template editor. */
export const PLACEHOLDERS = {
  subject: 'what the card is about: the MP named, the bill, or the dispute',
  mp_name: 'your MP',
  constituency: 'your constituency',
  article: 'the article you were reading, with its address (or "the news" from the popup)',
  mp_record: "your MP's recorded votes and stances on the subject, each dated and sourced, from Bevan's data",
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

/** The facts of the MP's own record, for the writer to build on: WriteToThem refuses identical form letters. */
const RECORD = 'What Bevan’s data records of your votes and stances on this:\n{mp_record}';

const SIGN_OFF = 'Yours sincerely,\n\n[Your name]\n[Your address, so that your MP can see you are a constituent]';

export const DEFAULT_LETTER_TEMPLATES: LetterTemplates = {
  mp: {
    subject: 'About {subject}',
    body: `Dear {mp_name},\n\nI am writing to you as my MP for {constituency} about {subject}, after reading {article}.\n\n${RECORD}\n\n[What you think, and what you would like your MP to do.]\n\n${SIGN_OFF}`,
  },
  ownMp: {
    subject: 'Your record, as reported in the news',
    body: `Dear {mp_name},\n\nI am writing to you as my MP for {constituency} about your own record, after reading {article}.\n\n${RECORD}\n\n[What you think of what you have read about your MP, and what you would like them to do.]\n\n${SIGN_OFF}`,
  },
  bill: {
    subject: 'The {subject}',
    body: `Dear {mp_name},\n\nI am writing to you as my MP for {constituency} about the {subject}, after reading {article}.\n\n${RECORD}\n\n[What you think of the bill, and how you would like your MP to vote or act on it.]\n\n${SIGN_OFF}`,
  },
  dispute: {
    subject: "The resident doctors' dispute",
    body: `Dear {mp_name},\n\nI am writing to you as my MP for {constituency} about the resident (junior) doctors' dispute, after reading {article}.\n\n${RECORD}\n\n[What you think, and what you would like your MP to do.]\n\n${SIGN_OFF}`,
  },
};

/** Fills `{placeholder}`s; unknown braces stay as written, so a typo shows in the letter rather than vanishing. */
export function fillTemplate(text: string, values: Record<Placeholder, string>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as Placeholder] : whole,
  );
}
