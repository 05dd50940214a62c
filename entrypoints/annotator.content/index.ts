/**
 * The content script on news pages: asks the background for the first look's
 * cues, and for the whole matcher once they find something; draws mentions as
 * highlights, never changing the page; and opens a card when a reader hovers
 * or taps one, or reaches it with the keyboard command or from the popup. The
 * page never receives anything private: cards show only public data.
 */
// First, so that evaluating every module below counts in Bevan's published script time.
import { scriptStart } from './script-start';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { publishedCardUi, type CardTarget, type CardUi } from '@/utils/page/card-ui';
import { askFromPage, readTabEvent, type MentionList, type PageSummary } from '@/utils/page/page-messages';
import { createPageAnnotator, type MatcherSource } from '@/utils/page/page-annotator';
import { firstAtOnce } from '@/utils/page/scheduler';
import { pageText } from '@/utils/page/cued-reading';
import { hasUkPoliticalContext, readArticleDate } from '@/utils/page/article';
import { unpackCues, unpackMatcher } from '@/utils/matching/find';
import type { PackedCues } from '@/utils/matching/packed-format';
import type { Mention } from '@/utils/page/mention-index';
import { watchMentionIntents, type MentionIntents } from '@/utils/page/mention-intents';
import { createHighlighter, highlightsSupported } from '@/utils/page/highlights';
import { announcement, listed, nextMention, scrollToMention } from '@/utils/page/mention-list';
import { firstBoxOf, mentionAtPoint } from '@/utils/page/pointing';
import { newsSiteMatchPatterns } from '@/utils/sites/sites';
import './mentions.css';

export default defineContentScript({
  matches: newsSiteMatchPatterns(),
  runAt: 'document_idle',
  // WXT would otherwise announce each start to the page with window.postMessage, naming Bevan's extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The script may be started again in a tab (a site switched back on): one Bevan per page.
    const scope = globalThis as { bevanRunning?: boolean };
    if (scope.bevanRunning) return;
    scope.bevanRunning = true;

    // Without highlights Bevan could only mark mentions by changing the page, which it never does: it stays out,
    // and tells the popup why.
    if (!highlightsSupported()) {
      answerUndrawable();
      return;
    }

    const starting = askFromPage('startPage', { url: location.href });
    // Bevan's setup time, read by the tests and the benchmark: all that loading its modules and this function do on
    // the page's thread (sending the request included), but not the wait for the background's answer.
    let setupMs = performance.now() - scriptStart;
    const start = await starting;
    if (!start.ok) console.warn(`Bevan: ${start.error.message}`);
    if (!start.ok || !start.data.site.runs || !start.data.cues) {
      scope.bevanRunning = false;
      return;
    }
    const { cues, settings } = start.data;
    const setupStart = performance.now();
    // Read when first needed: most pages name nobody, and their date is never read. Reading it is part of the
    // annotator's slice that asks for the matcher, so its time counts in Bevan's.
    let articleDate: string | undefined;
    const readDate = () => (articleDate ??= readArticleDate(document));
    const matcherSource = (packedCues: PackedCues): MatcherSource => ({
      cues: unpackCues(packedCues),
      async load() {
        const packed = await askFromPage('getMatcher', { articleDate: readDate() });
        if (!packed.ok) console.warn(`Bevan: ${packed.error.message}`);
        return packed.ok ? unpackMatcher(packed.data) : null;
      },
    });
    // The page's text, read once: by the annotator's first look, and then for the political context.
    let bodyText: string | undefined;
    let politicalPage: boolean | undefined;
    const allowPeople = () => (politicalPage ??= hasUkPoliticalContext((bodyText ??= pageText(document.body))));
    let disputeRecorded = false;
    const highlighter = createHighlighter();
    const annotator = createPageAnnotator({
      matcher: matcherSource(cues),
      schedule: firstAtOnce(),
      allowPeople,
      onText(root, text) {
        if (root === document.body) bodyText ??= text;
      },
      maxPerEntity: settings.maxMentionsPerEntity,
      onMentions(mentions) {
        // "Pages you read" in the popup: articles that name the dispute, remembered by the background.
        if (!disputeRecorded && mentions.some((mention) => mention.entity.kind === 'dispute')) {
          disputeRecorded = true;
          void askFromPage('recordDisputeArticle', { title: document.title, articleDate: readDate() });
        }
        highlighter.draw(mentions);
        watchIntents();
      },
      onRemoved(mentions) {
        highlighter.erase(mentions);
        if (intents?.openMention && mentions.includes(intents.openMention)) intents.cardTabOut();
      },
    });
    const found = annotator.state.found;

    const onTabEvent = (
      message: unknown,
      sender: { id?: string },
      sendResponse: (answer: PageSummary | MentionList) => void,
    ) => {
      const event = readTabEvent(message);
      if (sender.id !== browser.runtime.id || !event) return;
      switch (event.type) {
        case 'getPageSummary':
          sendResponse({ mentions: found.size, articleDate: readDate(), canDraw: true });
          return true;
        case 'listMentions':
          sendResponse({ mentions: found.inPageOrder().map(listed) });
          return true;
        case 'moveToMention': {
          const mentions = found.inPageOrder();
          const next = nextMention(mentions, reached, event.direction, window.innerHeight);
          if (next) reach(next, announcement(next, mentions));
          return;
        }
        case 'showMention': {
          const mentions = found.inPageOrder();
          const first = mentions.find(({ entity }) => entity.kind === event.kind && entity.id === event.id);
          if (first) reach(first, announcement(first, mentions));
          return;
        }
        case 'siteSwitchedOff':
          stop();
          return;
        case 'matcherChanged':
          // A campaigner saved a bill: look for the new names without a reload.
          void askFromPage('getCues', {}).then((next) => {
            if (next.ok) void annotator.replaceMatcher(matcherSource(next.data), document.body);
          });
          return;
      }
    };
    browser.runtime.onMessage.addListener(onTabEvent);
    const stopCallbacks: (() => void)[] = [];
    function stop() {
      annotator.stop();
      highlighter.clear();
      found.clear();
      browser.runtime.onMessage.removeListener(onTabEvent);
      for (const callback of stopCallbacks) callback();
      scope.bevanRunning = false;
    }
    ctx.onInvalidated(stop);

    // The card UI is started in this page the first time a reader reaches for a mention.
    let cardUi: Promise<CardUi | null> | null = null;
    const loadCardUi = () =>
      (cardUi ??= askFromPage('startCardUi', {}).then((started) => {
        if (!started.ok) console.warn(`Bevan: ${started.error.message}`);
        return started.ok ? publishedCardUi() : null;
      }));
    stopCallbacks.push(() => void cardUi?.then((ui) => ui?.destroy()));
    let wanted: Mention | null = null;
    /** The card UI showing a card, for moving focus into it when the keyboard reaches a card already open. */
    let openUi: CardUi | null = null;
    /** The mention the keyboard or the popup last brought the reader to: the keyboard goes on from there. */
    let reached: Mention | null = null;

    // The pointer is watched once the page has a mention: most pages never do.
    let intents: MentionIntents<Mention> | null = null;
    function watchIntents() {
      if (intents) return;
      const watched = watchMentionIntents<Mention>(
        document,
        {
          prepare: () => void loadCardUi(),
          async open(mention, how) {
            // The card's clock starts here, at the end of the intent delay (read by `npm run bench`).
            performance.mark('bevan:card-wanted');
            wanted = mention;
            highlighter.focus(mention);
            const ui = await loadCardUi();
            // The reader may have moved on while the card UI started.
            if (!ui || wanted !== mention) return;
            const target: CardTarget = { ...mention.entity, text: mention.range.toString() };
            ui.open(target, firstBoxOf(mention), readDate(), {
              hover: (inside) => intents?.cardHover(inside),
              tabOut: () => intents?.cardTabOut(),
            });
            openUi = ui;
            if (how === 'keyboard') ui.focus();
          },
          enterCard: () => openUi?.focus() ?? false,
          close(returnFocusTo) {
            wanted = null;
            openUi = null;
            highlighter.focus(null);
            void cardUi?.then((ui) => ui?.close());
            returnFocusTo?.focus({ preventScroll: true });
          },
        },
        { mentionAt: (x, y) => mentionAtPoint(document, found, x, y) },
      );
      intents = watched;
      stopCallbacks.push(() => watched.stop());
    }

    /** Brings the reader to a mention: into view, said aloud, and its card open with focus inside. */
    function reach(mention: Mention, words: string) {
      reached = mention;
      watchIntents();
      scrollToMention(mention);
      void loadCardUi().then((ui) => ui?.announce(words));
      intents!.reach(mention);
    }

    // Last, once everything its mentions use is set up: the first slice runs within this call. It counts its own
    // time in Bevan's script time, so it is left out of the setup's (but not the first touch of the page's body).
    const body = document.body;
    setupMs += performance.now() - setupStart;
    void annotator.annotate(body);
    const afterFirstSlice = performance.now();
    annotator.observe(body);
    setupMs += performance.now() - afterFirstSlice;
    performance.measure('bevan:setup', { start: 0, duration: setupMs });
  },
});

/** Answers the popup where this browser cannot draw highlights, so that it can say why Bevan does nothing here. */
function answerUndrawable() {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { id?: string }, sendResponse: (answer: PageSummary) => void) => {
      const event = readTabEvent(message);
      if (sender.id !== browser.runtime.id || event?.type !== 'getPageSummary') return;
      sendResponse({ mentions: 0, articleDate: new Date().toISOString().slice(0, 10), canDraw: false });
      return true;
    },
  );
}
