/**
 * The content script on news pages: asks the background for the matcher,
 * wraps mentions, and opens a card when a reader hovers, focuses or taps one.
 * The page never receives anything private: cards show only public data.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MentionCard, type MentionTarget } from '@/components/cards/MentionCard';
import { PlacedCard } from '@/components/cards/PlacedCard';
import cardCss from '@/components/cards/card.css?inline';
import { askBackground } from '@/utils/ask-background';
import { TabEvent } from '@/utils/messages';
import { createPageAnnotator } from '@/utils/page-annotator';
import { hasUkPoliticalContext, readArticleDate } from '@/utils/matching/article';
import { unpackMatcher } from '@/utils/matching/compile';
import { watchMentionIntents } from '@/utils/mention-intents';
import { newsSiteMatchPatterns } from '@/utils/sites';
import './mentions.css';

const MAX_MENTIONS_PER_ENTITY = 5;

export default defineContentScript({
  matches: newsSiteMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    // Bevan's own script time, without the wait for the background: read by the tests and the benchmark.
    let setupStart = performance.now();
    const articleDate = readArticleDate(document);
    let setupMs = performance.now() - setupStart;
    const packed = await askBackground('getMatcher', { articleDate });
    if (!packed.ok) {
      console.warn(`Bevan: ${packed.error.message}`);
      return;
    }
    setupStart = performance.now();
    const matcher = unpackMatcher(packed.data);
    const allowPeople = hasUkPoliticalContext(document.body.textContent ?? '');
    setupMs += performance.now() - setupStart;
    performance.measure('bevan:setup', { start: 0, duration: setupMs });
    const annotator = createPageAnnotator({
      matcher,
      allowPeople,
      maxPerEntity: MAX_MENTIONS_PER_ENTITY,
      onMentions(mentions) {
        // Reachable from the keyboard; a mention's words are read as they are, with no extra announcement.
        for (const mention of mentions) for (const element of mention.elements) element.tabIndex = 0;
      },
    });
    void annotator.annotate(document.body);
    annotator.observe(document.body);

    // A campaigner saved a bill: look for the new names without a reload.
    const onTabEvent = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !TabEvent.safeParse(message).success) return;
      void askBackground('getMatcher', { articleDate }).then((next) => {
        if (next.ok) void annotator.replaceMatcher(unpackMatcher(next.data), document.body);
      });
    };
    browser.runtime.onMessage.addListener(onTabEvent);
    ctx.onInvalidated(() => {
      annotator.stop();
      browser.runtime.onMessage.removeListener(onTabEvent);
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'bevan-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      css: cardCss,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();

    const intents = watchMentionIntents(document, {
      open(mention) {
        const target: MentionTarget = {
          kind: mention.dataset.entityKind as MentionTarget['kind'],
          id: mention.dataset.entityId ?? '',
          text: mention.textContent ?? '',
        };
        const rect = mention.getBoundingClientRect();
        render(
          <PlacedCard anchor={rect} onHover={(inside) => intents.cardHover(inside)}>
            <MentionCard
              key={`${target.kind}:${target.id}`}
              ask={askBackground}
              target={target}
              articleDate={articleDate}
            />
          </PlacedCard>,
          ui.uiContainer,
        );
      },
      close(returnFocusTo) {
        render(null, ui.uiContainer);
        returnFocusTo?.focus();
      },
    });
    ctx.onInvalidated(() => intents.stop());
  },
});
