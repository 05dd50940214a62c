/**
 * The card UI, started by the background in a page's isolated world the first
 * time a reader reaches for a mention (see utils/page/card-contract.ts). Cards render in
 * a closed shadow root (see components/cards/card-host.tsx), so that the page's CSS
 * cannot reach them, their styles cannot leak into the page, and page scripts
 * cannot read them.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost, renderCard } from '@/components/cards/card-host';
import { askCardFacts } from '@/components/cards/MentionCard';
import { askBackground } from '@/utils/ask-background';
import { cachedAsk } from '@/utils/page/cached-ask';
import { publishCardUi, publishedCardUi, unpublishCardUi } from '@/utils/page/card-contract';
import { TabEvent } from '@/utils/tab-events';
import type { LetterContext } from '@/components/cards/WriteToMpButton';

export default defineUnlistedScript(() => {
  if (publishedCardUi()) return;
  const host = createCardHost();
  if (!host) return;

  // A letter asked for before the reader chose their MP opens once they have: the background says so.
  const cardData = cachedAsk(askBackground);
  const letterListeners = new Set<(via: 'writetothem' | 'email') => void>();
  const onLetterOpened: LetterContext['onLetterOpened'] = (listener) => {
    letterListeners.add(listener);
    return () => letterListeners.delete(listener);
  };
  const onTabEvent = (message: unknown, sender: { id?: string }) => {
    const event = TabEvent.safeParse(message);
    if (sender.id !== browser.runtime.id || !event.success || event.data.type !== 'letterOpened') return;
    // The reader has just chosen their MP: an MP card may now carry the "Your MP" badge.
    cardData.clear();
    for (const listener of letterListeners) listener(event.data.via);
  };
  browser.runtime.onMessage.addListener(onTabEvent);

  publishCardUi({
    prepare(target) {
      askCardFacts(cardData.ask, target);
      // In the page during the intent delay, the host's styles are worked out in a frame of the browser's own; put in
      // at opening, they were worked out when the card was measured, about 14 ms of the first card in a tab.
      host.attach();
    },
    open(target, anchor, articleDate, events) {
      host.attach();
      renderCard(
        host.container,
        { target, anchor, articleDate, events },
        { ask: cardData.ask, setupUrl: browser.runtime.getURL('/your-mp.html'), onLetterOpened },
      );
    },
    focus: () => host.focusDialog(),
    announce: (message) => host.announce(message),
    // What was announced was about that card.
    close: () => host.clear(),
    destroy() {
      unpublishCardUi();
      browser.runtime.onMessage.removeListener(onTabEvent);
      host.remove();
    },
  });
});
