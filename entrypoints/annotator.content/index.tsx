/**
 * The content script on news pages: asks the background for the matcher,
 * wraps mentions, and opens a card when a reader hovers, focuses or taps one.
 * The page never receives anything private: cards show only public data.
 */
// First, so that evaluating every module below counts in Bevan's published script time.
import { scriptStart } from './script-start';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MentionCard, type MentionTarget } from '@/components/cards/MentionCard';
import { PlacedCard } from '@/components/cards/PlacedCard';
import cardCss from '@/components/cards/card.css?inline';
import { askBackground } from '@/utils/ask-background';
import { TabEvent, type PageSummary } from '@/utils/messages';
import { createPageAnnotator } from '@/utils/page-annotator';
import { removeAnnotations } from '@/utils/matching/annotate';
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
    // The script may be started again in a tab (a site switched back on): one Bevan per page.
    const scope = globalThis as { bevanRunning?: boolean };
    if (scope.bevanRunning) return;
    scope.bevanRunning = true;

    // Bevan's own script time (loading its modules included), without the wait for the background:
    // read by the tests and the benchmark.
    const articleDate = readArticleDate(document);
    let setupMs = performance.now() - scriptStart;
    const [site, packed] = await Promise.all([
      askBackground('getSiteStatus', { url: location.href }),
      askBackground('getMatcher', { articleDate }),
    ]);
    if (!site.ok || !site.data.runs || !packed.ok) {
      if (!packed.ok) console.warn(`Bevan: ${packed.error.message}`);
      scope.bevanRunning = false;
      return;
    }
    const setupStart = performance.now();
    const matcher = unpackMatcher(packed.data);
    const allowPeople = hasUkPoliticalContext(document.body.textContent ?? '');
    setupMs += performance.now() - setupStart;
    performance.measure('bevan:setup', { start: 0, duration: setupMs });
    let mentionCount = 0;
    const annotator = createPageAnnotator({
      matcher,
      allowPeople,
      maxPerEntity: MAX_MENTIONS_PER_ENTITY,
      onMentions(mentions) {
        mentionCount += mentions.length;
        // Reachable from the keyboard; a mention's words are read as they are, with no extra announcement.
        for (const mention of mentions) for (const element of mention.elements) element.tabIndex = 0;
      },
    });
    void annotator.annotate(document.body);
    annotator.observe(document.body);

    const onTabEvent = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageSummary) => void) => {
      const event = TabEvent.safeParse(message);
      if (sender.id !== browser.runtime.id || !event.success) return;
      if (event.data.type === 'getPageSummary') {
        sendResponse({ mentions: mentionCount, articleDate });
        return true;
      }
      if (event.data.type === 'siteSwitchedOff') {
        stop();
        removeAnnotations(document.body);
        return;
      }
      // A campaigner saved a bill: look for the new names without a reload.
      void askBackground('getMatcher', { articleDate }).then((next) => {
        if (next.ok) void annotator.replaceMatcher(unpackMatcher(next.data), document.body);
      });
    };
    browser.runtime.onMessage.addListener(onTabEvent);
    const stopCallbacks: (() => void)[] = [];
    function stop() {
      annotator.stop();
      browser.runtime.onMessage.removeListener(onTabEvent);
      for (const callback of stopCallbacks) callback();
      scope.bevanRunning = false;
    }
    ctx.onInvalidated(stop);

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
    stopCallbacks.push(() => ui.remove());

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
    stopCallbacks.push(() => intents.stop());
  },
});
