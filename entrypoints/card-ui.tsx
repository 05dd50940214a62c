/**
 * The card UI, started by the background in a page's isolated world the first
 * time a reader reaches for a mention (see utils/page/card-ui.ts). Cards render in
 * a closed shadow root, so that the page's CSS cannot reach them, their styles
 * cannot leak into the page, and page scripts cannot read them.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardShown, MentionCard } from '@/components/cards/MentionCard';
import { PlacedCard } from '@/components/cards/PlacedCard';
import cardCss from '@/components/cards/card.css?inline';
import { askBackground } from '@/utils/ask-background';
import { cachedAsk } from '@/utils/page/cached-ask';
import { CARD_TAG, publishCardUi, publishedCardUi, unpublishCardUi } from '@/utils/page/card-ui';
import { TabEvent } from '@/utils/tab-events';
import type { LetterContext } from '@/components/cards/WriteToMpButton';

export default defineUnlistedScript(() => {
  if (publishedCardUi()) return;
  const host = document.createElement(CARD_TAG);
  // A page that defined an element of this name itself could read even a closed shadow root attached to it
  // (through attachInternals). On such a page Bevan shows no cards rather than cards the page can read.
  if (host.matches(':defined')) {
    console.warn(`Bevan: this page defines <${CARD_TAG}> itself, so Bevan shows no cards here.`);
    return;
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

  // A letter asked for before the reader chose their MP opens once they have: the background says so.
  const cardData = cachedAsk(askBackground);
  const letterListeners = new Set<(via: 'writetothem' | 'email') => void>();
  const onTabEvent = (message: unknown, sender: { id?: string }) => {
    const event = TabEvent.safeParse(message);
    if (sender.id !== browser.runtime.id || !event.success || event.data.type !== 'letterOpened') return;
    // The reader has just chosen their MP: an MP card may now carry the "Your MP" badge.
    cardData.clear();
    for (const listener of letterListeners) listener(event.data.via);
  };
  browser.runtime.onMessage.addListener(onTabEvent);

  publishCardUi({
    open(target, anchor, articleDate, events) {
      attach();
      // While the reader chooses their MP in the card's frame, the card stays open: the pointer and focus
      // are then in the frame's document, and the card would otherwise see them leave.
      let held = false;
      const letters: LetterContext = {
        article: { title: document.title, url: location.href },
        setupUrl: browser.runtime.getURL('/your-mp.html'),
        onLetterOpened(listener) {
          letterListeners.add(listener);
          return () => letterListeners.delete(listener);
        },
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
              ask={cardData.ask}
              target={target}
              articleDate={articleDate}
              letters={letters}
            />
          </PlacedCard>
        </CardShown.Provider>,
        container,
      );
    },
    focus() {
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
    close() {
      render(null, container);
      // What was announced was about that card.
      liveRegion.textContent = '';
    },
    destroy() {
      unpublishCardUi();
      browser.runtime.onMessage.removeListener(onTabEvent);
      render(null, container);
      host.remove();
    },
  });
});
