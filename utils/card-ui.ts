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
}

export interface CardUi {
  open(target: CardTarget, anchor: Box, articleDate: string, onHover: (inside: boolean) => void): void;
  close(): void;
  destroy(): void;
}

/** Where the card UI script leaves itself, in the isolated world it shares with the content script. */
const KEY = 'bevanCardUi';

export function publishCardUi(ui: CardUi): void {
  (globalThis as Record<string, unknown>)[KEY] = ui;
}

export function publishedCardUi(): CardUi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as CardUi | undefined) ?? null;
}
