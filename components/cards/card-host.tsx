/**
 * Where the card UI draws: Bevan's own element, holding a closed shadow root
 * with the cards' styles, a live region and the open card, so that the page's
 * CSS cannot reach the cards, their styles cannot leak into the page, and page
 * scripts cannot read them.
 */
import { render } from 'preact';
import type { Ask } from '@/utils/messages';
import type { Box } from '@/utils/page/card-position';
import { pageSchemeUnder } from '@/utils/page/page-scheme';
import { CARD_TAG, type CardEvents, type CardTarget } from '@/utils/page/card-contract';
import cardCss from './card.css?inline';
import { CardShown, MentionCard } from './MentionCard';
import { PlacedCard } from './PlacedCard';
import type { LetterContext } from './WriteToMpButton';

export interface CardHost {
  /** Where the card renders, inside the shadow root. */
  container: HTMLElement;
  /** Moves keyboard focus into the open card (its dialog); false when none is open. */
  focusDialog(): boolean;
  /** Says something to screen readers, putting the host into the page if it is not there yet. */
  announce(message: string): void;
  /** Closes the open card, and forgets what was announced about it. */
  clear(): void;
  /** Puts the host into the page if it is not there yet. */
  attach(): void;
  /** Closes the open card and takes the host out of the page. */
  remove(): void;
}

/** Builds the host, not yet in the page; null on a page that defined Bevan's element itself. */
export function createCardHost(): CardHost | null {
  const host = document.createElement(CARD_TAG);
  // A page that defined an element of this name itself could read even a closed shadow root attached to it
  // (through attachInternals). On such a page Bevan shows no cards rather than cards the page can read.
  if (host.matches(':defined')) {
    console.warn(`Bevan: this page defines <${CARD_TAG}> itself, so Bevan shows no cards here.`);
    return null;
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = cardCss;
  const container = document.createElement('div');
  // Where moving between mentions is announced. Polite: the card's dialog, taking focus, is read out as well.
  const liveRegion = document.createElement('div');
  liveRegion.className = 'visually-hidden';
  liveRegion.setAttribute('aria-live', 'polite');
  liveRegion.setAttribute('role', 'status');
  shadow.append(style, liveRegion, container);
  /**
   * The host goes in when it is first needed, after the page's own content: the last child of the root element,
   * outside the body that the page's framework renders into.
   */
  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  return {
    container,
    attach,
    focusDialog() {
      const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]');
      dialog?.focus();
      return dialog !== null;
    },
    announce(message) {
      attach();
      // Set anew, so that the same words said twice are said again.
      liveRegion.textContent = '';
      requestAnimationFrame(() => (liveRegion.textContent = message));
    },
    clear() {
      render(null, container);
      liveRegion.textContent = '';
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}

/** What a card needs beyond its mention: the background, and the letter to the reader's MP. */
export interface CardServices {
  ask: Ask;
  /** Bevan's own page for choosing the MP. */
  setupUrl: string;
  onLetterOpened: LetterContext['onLetterOpened'];
}

/** Renders the card for a mention into the host's container, replacing any card open there. */
export function renderCard(
  container: HTMLElement,
  {
    target,
    anchor,
    articleDate,
    events,
  }: { target: CardTarget; anchor: Box; articleDate: string | null; events: CardEvents },
  { ask, setupUrl, onLetterOpened }: CardServices,
): void {
  // Light or dark by the page's background under the mention, read before the card is drawn over the page; the
  // "choose your MP" page in the card's frame is told the same.
  const scheme = pageSchemeUnder(anchor, (container.getRootNode() as ShadowRoot).host ?? null);
  container.dataset.scheme = scheme;
  // While the reader chooses their MP in the card's frame, the card stays open: the pointer and focus
  // are then in the frame's document, and the card would otherwise see them leave.
  let held = false;
  const letters: LetterContext = {
    article: { title: document.title, url: location.href },
    setupUrl: `${setupUrl}?scheme=${scheme}`,
    onLetterOpened,
    hold(hold) {
      held = hold;
      if (hold) events.hover(true);
    },
  };
  // How long from the reader's intent (marked by the content script) to the facts on screen: for `npm run bench`.
  let measured = false;
  const shown = () => {
    if (measured) return;
    measured = true;
    performance.measure('bevan:card', 'bevan:card-wanted');
  };
  render(
    <CardShown.Provider value={shown}>
      <PlacedCard
        anchor={anchor}
        label={`Bevan: ${target.text}`}
        onHover={(inside) => (inside || !held) && events.hover(inside)}
        onTabOut={events.tabOut}
      >
        <MentionCard
          key={`${target.kind}:${target.id}`}
          ask={ask}
          target={target}
          articleDate={articleDate}
          letters={letters}
        />
      </PlacedCard>
    </CardShown.Provider>,
    container,
  );
}
