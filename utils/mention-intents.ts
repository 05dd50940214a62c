/**
 * Turns what a reader does around mentions into "open this card" and "close
 * it": hover with a short intent delay, keyboard focus at once, a tap on touch
 * screens, Escape to close. The card itself reports when the pointer or focus
 * is inside it, so that moving into the card keeps it open.
 */
import { CARD_TAG } from './card-ui';
import { MENTION_TAG } from './matching/annotate';

const HOVER_INTENT_MS = 300;
const CLOSE_GRACE_MS = 250;

export interface MentionIntentHandlers {
  /** The reader is reaching for a mention (before the intent delay): a chance to get ready. */
  prepare?(mention: HTMLElement): void;
  open(mention: HTMLElement, how: 'pointer' | 'keyboard'): void;
  /** Tab on a mention whose card is open: move focus into the card; true if it did. */
  enterCard?(): boolean;
  close(returnFocusTo: HTMLElement | null): void;
}

export interface MentionIntents {
  /** The card reports the pointer or focus entering (true) or leaving (false) it. */
  cardHover(inside: boolean): void;
  /** The reader tabbed out of the card: it closes and focus goes back to its mention. */
  cardTabOut(): void;
  stop(): void;
}

function mentionOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(MENTION_TAG) as HTMLElement | null) : null;
}

export function watchMentionIntents(document: Document, handlers: MentionIntentHandlers): MentionIntents {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let openMention: HTMLElement | null = null;
  let insideCard = false;
  // Set while focus is handed back to a mention after Escape, so that doing so does not reopen its card.
  let returningFocus = false;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const open = (mention: HTMLElement, how: 'pointer' | 'keyboard') => {
    cancel();
    if (openMention === mention) return;
    openMention = mention;
    handlers.open(mention, how);
  };
  const close = (returnFocus: boolean) => {
    cancel();
    if (!openMention) return;
    const mention = openMention;
    openMention = null;
    insideCard = false;
    returningFocus = returnFocus;
    try {
      handlers.close(returnFocus ? mention : null);
    } finally {
      returningFocus = false;
    }
  };
  const closeSoon = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!insideCard) close(false);
    }, CLOSE_GRACE_MS);
  };

  const onPointerOver = (event: PointerEvent) => {
    const mention = mentionOf(event.target);
    if (!mention) return;
    handlers.prepare?.(mention);
    if (event.pointerType === 'touch') return;
    clearTimeout(closeTimer);
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mention, 'pointer'), HOVER_INTENT_MS);
  };
  const onPointerOut = (event: PointerEvent) => {
    const mention = mentionOf(event.target);
    if (!mention || mention.contains(event.relatedTarget as Node | null)) return;
    clearTimeout(openTimer);
    if (openMention) closeSoon();
  };
  const onPointerUp = (event: PointerEvent) => {
    const mention = mentionOf(event.target);
    if (mention && event.pointerType === 'touch') open(mention, 'pointer');
  };
  const onFocusIn = (event: FocusEvent) => {
    const mention = mentionOf(event.target);
    if (mention && !returningFocus) open(mention, 'keyboard');
  };
  const onFocusOut = (event: FocusEvent) => {
    // Focus moving out of the page (to another tab or window) leaves the card as it is.
    if (mentionOf(event.target) && openMention && event.relatedTarget) closeSoon();
  };
  // A press anywhere but a mention or the card closes it: the way out of a card held open (see card-ui.tsx).
  const onPointerDown = (event: PointerEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (openMention && !target?.closest(`${MENTION_TAG}, ${CARD_TAG}`)) close(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && openMention) close(true);
    // The card sits at the end of the page: Tab from its mention goes into it, not past it.
    if (
      event.key === 'Tab' &&
      !event.shiftKey &&
      openMention &&
      mentionOf(event.target) === openMention &&
      handlers.enterCard?.()
    ) {
      event.preventDefault();
    }
  };

  const listeners: [string, EventListener][] = [
    ['pointerover', onPointerOver as EventListener],
    ['pointerout', onPointerOut as EventListener],
    ['pointerup', onPointerUp as EventListener],
    ['pointerdown', onPointerDown as EventListener],
    ['focusin', onFocusIn as EventListener],
    ['focusout', onFocusOut as EventListener],
    ['keydown', onKeyDown as EventListener],
  ];
  for (const [type, listener] of listeners) document.addEventListener(type, listener, true);

  return {
    cardHover(inside) {
      insideCard = inside;
      if (inside) clearTimeout(closeTimer);
      else if (openMention) closeSoon();
    },
    cardTabOut() {
      close(true);
    },
    stop() {
      cancel();
      for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
    },
  };
}
