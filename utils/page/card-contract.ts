/**
 * The contract between the content script and the card UI. The card UI
 * (Preact, the cards, the record schemas) is a script of its own, started in
 * the page's isolated world only when a reader first reaches for a mention:
 * most pages never open a card, and loading it with the content script cost
 * every page several milliseconds.
 */
import type { Box } from './card-position';

export interface CardTarget {
  kind: 'mp' | 'bill' | 'dispute';
  /** An MNIS id, a bill id, the dispute's id, or several MNIS ids (comma-separated) for an ambiguous name. */
  id: string;
  /** The words on the page. */
  text: string;
  /** What else the page names: an MP's card says how the MP is linked to it. */
  onPage?: PageNamed;
}

/** The MPs and bills (with the page's words for each) and whether the dispute are named on a page. */
export interface PageNamed {
  mps: { id: number; text: string }[];
  bills: { id: string; text: string }[];
  dispute: boolean;
}

/** What the card tells the content script. */
export interface CardEvents {
  /** The pointer or focus entered (true) or left (false) the card. */
  hover(inside: boolean): void;
  /** The reader tabbed out of the card (past its last control, or back before its first). */
  tabOut(): void;
}

export interface CardUi {
  /**
   * The reader is reaching for a mention of `target` (its hover intent has begun): its card's facts are asked for, and
   * the cards' host is put in the page, so that its styles are worked out before a card is drawn in it.
   */
  prepare(target: Pick<CardTarget, 'kind' | 'id'>): void;
  /** `articleDate` is null when the page gives none: cards then show facts as of today, and say so. */
  open(target: CardTarget, anchor: Box, articleDate: string | null, events: CardEvents): void;
  /** Moves keyboard focus into the open card (its dialog); false when none is open. */
  focus(): boolean;
  /** Says something to screen readers, through a live region inside Bevan's own shadow root. */
  announce(message: string): void;
  close(): void;
  destroy(): void;
}

/** The element that holds the card's closed shadow root. */
export const CARD_TAG = 'bevan-card';

/** Where the card UI script leaves itself, in the isolated world it shares with the content script. */
const KEY = 'bevanCardUi';

export function publishCardUi(ui: CardUi): void {
  (globalThis as Record<string, unknown>)[KEY] = ui;
}

/** Once destroyed (the site switched off), a card UI is no longer there to reuse: switching back on starts a new one. */
export function unpublishCardUi(): void {
  delete (globalThis as Record<string, unknown>)[KEY];
}

export function publishedCardUi(): CardUi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as CardUi | undefined) ?? null;
}
