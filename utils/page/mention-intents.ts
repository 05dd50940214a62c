/**
 * Turns what a reader does around mentions into "open this card" and "close
 * it": hover with a short intent delay, a tap on touch screens, the keyboard
 * command (focus then goes into the card), Escape to close. Mentions are
 * highlights, not elements, so the pointer's mention is found by hit-testing
 * (`mentionAt`) at most once a frame. The card itself reports when the
 * pointer or focus is inside it, so that moving into the card keeps it open.
 * Nothing here stops the page's own handling of an event: a mention inside a
 * link is still a link.
 */
import { CARD_TAG } from './card-contract';

const HOVER_INTENT_MS = 300;
const CLOSE_GRACE_MS = 250;
/** How long after the last scroll event the page counts as still. */
const SCROLL_SETTLE_MS = 150;

export interface MentionIntentHandlers<M> {
  /** The reader is reaching for a mention (before the intent delay): a chance to get ready. */
  prepare?(mention: M): void;
  open(mention: M, how: 'pointer' | 'keyboard'): void;
  /** Moves focus into the open card; true if it did. */
  enterCard?(): boolean;
  /** `returnFocusTo`: where focus was before the keyboard brought the reader to the card, to go back to. */
  close(returnFocusTo: HTMLElement | null): void;
}

export interface MentionIntentOptions<M> {
  /**
   * The mention drawn at a viewport point, or null. `target` is the element a pointer event found there; without it
   * (the page scrolled under a still pointer) the mention is found from the point alone.
   */
  mentionAt(x: number, y: number, target?: EventTarget | null): M | null;
  /** Runs work before the next frame (hit-tests are made at most once a frame). */
  frame?: (work: () => void) => void;
  /**
   * Whether an event is the reader's own. The page's scripts can fire pointer events of their own at a mention's
   * place; only the browser's (`isTrusted`) open cards.
   */
  fromReader?: (event: Event) => boolean;
}

export interface MentionIntents<M> {
  /** The keyboard command or the popup brought the reader to this mention: its card opens with focus inside. */
  reach(mention: M): void;
  /** The card reports the pointer or focus entering (true) or leaving (false) it. */
  cardHover(inside: boolean): void;
  /** The reader tabbed out of the card, or asked it to close: it closes and focus goes back. */
  cardTabOut(): void;
  /** The mention whose card is open, if any. */
  readonly openMention: M | null;
  stop(): void;
}

const defaultFrame = (work: () => void) => requestAnimationFrame(() => work());

export function watchMentionIntents<M>(
  document: Document,
  handlers: MentionIntentHandlers<M>,
  options: MentionIntentOptions<M>,
): MentionIntents<M> {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let openMention: M | null = null;
  /** The mention under the pointer, as last hit-tested. */
  let underPointer: M | null = null;
  let insideCard = false;
  let returnFocusTo: HTMLElement | null = null;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const open = (mention: M, how: 'pointer' | 'keyboard') => {
    cancel();
    if (openMention === mention) return;
    openMention = mention;
    handlers.open(mention, how);
  };
  const close = (returnFocus: boolean) => {
    cancel();
    if (!openMention) return;
    openMention = null;
    insideCard = false;
    const focusBack = returnFocus ? returnFocusTo : null;
    returnFocusTo = null;
    handlers.close(focusBack);
  };
  const closeSoon = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!insideCard) close(false);
    }, CLOSE_GRACE_MS);
  };

  /** The pointer is over `mention` now (null: over none). */
  const pointerOver = (mention: M | null) => {
    if (mention === underPointer) return;
    underPointer = mention;
    clearTimeout(openTimer);
    if (!mention) {
      if (openMention && !insideCard) closeSoon();
      return;
    }
    handlers.prepare?.(mention);
    clearTimeout(closeTimer);
    if (mention !== openMention) openTimer = setTimeout(() => open(mention, 'pointer'), HOVER_INTENT_MS);
  };

  const stopListening = listenToReader(document, options, {
    over: pointerOver,
    tap: (mention) => open(mention, 'pointer'),
    // A press anywhere but the open card's mention or the card closes it: the way out of a card held open.
    press: (mention) => openMention && mention !== openMention && close(false),
    escape: () => openMention && close(true),
  });

  return {
    reach(mention) {
      // Where the reader was when the keyboard first took them to a mention (a card opened by hover leaves focus
      // where it was): Escape goes back there, however many mentions they moved through.
      if (!returnFocusTo) {
        const active = document.activeElement;
        returnFocusTo = active instanceof HTMLElement && !inCard(active) ? active : null;
      }
      // Reached from the keyboard: the pointer's place no longer says what is wanted.
      underPointer = null;
      // A card already open (by hover) takes focus now; a new one takes it as it opens (`open`, by keyboard).
      if (openMention === mention) handlers.enterCard?.();
      else open(mention, 'keyboard');
    },
    cardHover(inside) {
      insideCard = inside;
      if (inside) clearTimeout(closeTimer);
      else if (openMention && underPointer !== openMention) closeSoon();
    },
    cardTabOut() {
      close(true);
    },
    get openMention() {
      return openMention;
    },
    stop() {
      cancel();
      stopListening();
    },
  };
}

const inCard = (target: EventTarget | null) => target instanceof Element && target.closest(CARD_TAG) !== null;

/**
 * The reader's pointer and keys, as events about mentions: the mention the pointer is over (looked up at most once a
 * frame, and again once the page has stopped scrolling under a still pointer), a tap on one, a press anywhere, and
 * Escape. Only the browser's own events count. Returns what stops listening.
 */
function listenToReader<M>(
  document: Document,
  { mentionAt, frame = defaultFrame, fromReader = (event) => event.isTrusted }: MentionIntentOptions<M>,
  on: { over(mention: M | null): void; tap(mention: M): void; press(mention: M | null): void; escape(): void },
): () => void {
  /** Where the pointer is, and the element its last event found there (undefined once the page has scrolled). */
  let pointer: { x: number; y: number; target?: EventTarget | null } | null = null;
  let testScheduled = false;
  let scrolled: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const testPointer = () => {
    testScheduled = false;
    if (!stopped && pointer) on.over(mentionAt(pointer.x, pointer.y, pointer.target));
  };
  const testSoon = () => {
    if (testScheduled || !pointer) return;
    testScheduled = true;
    frame(testPointer);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || !fromReader(event)) return;
    // Over the card, the card's own events say where the pointer is.
    pointer = inCard(event.target) ? null : { x: event.clientX, y: event.clientY, target: event.target };
    testSoon();
  };
  // The page scrolling under a still pointer brings other words under it: looked at once it stops.
  const onScroll = () => {
    clearTimeout(scrolled);
    scrolled = setTimeout(() => {
      if (!pointer) return;
      pointer = { x: pointer.x, y: pointer.y };
      testSoon();
    }, SCROLL_SETTLE_MS);
  };
  const onPointerLeave = () => {
    pointer = null;
    on.over(null);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !fromReader(event) || inCard(event.target)) return;
    const mention = mentionAt(event.clientX, event.clientY, event.target);
    if (mention) on.tap(mention);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (fromReader(event) && !inCard(event.target)) on.press(mentionAt(event.clientX, event.clientY, event.target));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && fromReader(event)) on.escape();
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [document, 'pointermove', onPointerMove as EventListener],
    [document, 'pointerup', onPointerUp as EventListener],
    [document, 'pointerdown', onPointerDown as EventListener],
    [document, 'keydown', onKeyDown as EventListener],
    [document.documentElement, 'pointerleave', onPointerLeave],
    [document, 'scroll', onScroll],
  ];
  for (const [target, type, listener] of listeners) {
    target.addEventListener(type, listener, { capture: true, passive: true });
  }
  return () => {
    stopped = true;
    clearTimeout(scrolled);
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
  };
}
