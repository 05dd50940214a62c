/**
 * A live political article, as a news site's framework renders it: the same
 * state and the same words for React, Preact and Vue, so that each framework's
 * page changes in the same way at each step the test takes.
 *
 * At every step the "updated" line beside Jeremy Hunt's words changes; at
 * `QUOTE_REMOVED_AT` the sentence that names Caroline Lucas is dropped (a text
 * node removed); every `REORDER_EVERY` steps the keyed list of MPs is rotated.
 */

/** Bevan reads an MP's name by the article's date: all three sat in the Commons on this day. */
export const ARTICLE_DATE = '2016-03-14T08:00:00Z';

export const HEADLINE = 'MPs clash in the Commons over NHS waiting times';

export const STANDFIRST =
  'Ministers and opposition MPs traded figures on waiting lists as the NHS faced its busiest winter.';

export interface Speaker {
  /** The list's key: stable across reorders. */
  name: string;
  role: string;
}

export const SPEAKERS: Speaker[] = [
  { name: 'Jeremy Hunt', role: 'the Health Secretary, opened the debate' },
  { name: 'Caroline Lucas', role: 'the Green MP for Brighton Pavilion, asked about funding' },
  { name: 'Wes Streeting', role: 'the Labour MP for Ilford North, asked about mental health' },
];

export const QUOTE_REMOVED_AT = 4;
export const REORDER_EVERY = 3;
/** How many steps the test takes: past the removal and through three reorders. */
export const LAST_STEP = 9;

export interface ArticleView {
  /** Beside Jeremy Hunt's words, changed at every step. */
  hunt: string;
  updated: string;
  /** A paragraph whose second sentence, naming Caroline Lucas, is dropped at `QUOTE_REMOVED_AT`. */
  streeting: string;
  lucasQuote: string | null;
  /** The keyed list, rotated every `REORDER_EVERY` steps. */
  speakers: Speaker[];
}

export function articleAt(step: number): ArticleView {
  const turns = Math.floor(step / REORDER_EVERY) % SPEAKERS.length;
  return {
    hunt: 'Jeremy Hunt said the NHS had treated more patients this winter than ever before. ',
    updated: `Updated ${step * 20} seconds ago.`,
    streeting: 'Wes Streeting said waiting lists were longer than at any time since records began.',
    lucasQuote:
      step < QUOTE_REMOVED_AT ? ' Caroline Lucas told MPs that the NHS needed a fair funding settlement.' : null,
    speakers: [...SPEAKERS.slice(turns), ...SPEAKERS.slice(0, turns)],
  };
}

/** What each framework's page exposes for the test to drive it. */
export interface LiveArticleControls {
  /** Hydrates the server-rendered article; the test calls it once Bevan has read the page. */
  hydrate(): Promise<void>;
  /** Takes the next step, and resolves once the framework has rendered it. */
  step(): Promise<void>;
}

declare global {
  interface Window {
    liveArticle: LiveArticleControls;
  }
}

/** The id of the element each framework renders into. */
export const APP_ROOT_ID = 'app';
