/**
 * The content script on news pages: asks the background for the first look's
 * cues, and for the whole matcher once they find something; draws mentions as
 * highlights, never changing the page; and opens a card when a reader hovers
 * or taps one, or reaches it with the keyboard command or from the popup. The
 * page never receives anything private: cards show only public data.
 */
// First, so that evaluating every module below counts in Bevan's published script time.
import { scriptStart } from '@/utils/page/script-start';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askFromPage, readTabEvent, type MentionList, type PageSummary } from '@/utils/page/page-messages';
import { createPageAnnotator, type MatcherSource, type PageAnnotator } from '@/utils/page/page-annotator';
import { FIRST_LOOK_WAIT_MS, firstAtOnce, idleSchedule } from '@/utils/page/scheduler';
import { pageText } from '@/utils/page/cued-reading';
import { hasUkPoliticalContext, readArticleDate } from '@/utils/page/article';
import { todayIso } from '@/utils/dates';
import { unpackCues } from '@/utils/matching/first-look';
import { publishedPageReader, type PageReader, type PageUi } from '@/utils/page/reader-contract';
import type { PackedCues } from '@/utils/matching/packed-format';
import { highlightsSupported } from '@/utils/page/highlights';
import { listInSlices, nextMention } from '@/utils/page/mention-list';
import { newsSiteMatchPatterns } from '@/utils/sites/sites';
import './mentions.css';

export default defineContentScript({
  matches: newsSiteMatchPatterns(),
  // Started before the page is parsed, Bevan reads it once DOMContentLoaded has passed. A script run at document_idle
  // held back the page's load event until it had run: on the 5 MB article the page's last parsing and its first whole
  // layout, one long task without an extension script, became two (with this script doing nothing at all as well).
  runAt: 'document_start',
  // WXT would otherwise announce each start to the page with window.postMessage, naming Bevan's extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The script may be started again in a tab (a site switched back on): one Bevan per page.
    const scope = globalThis as { bevanRunning?: boolean };
    if (scope.bevanRunning) return;
    scope.bevanRunning = true;

    // Asked while the page is still being parsed, so that the answer is usually here by the time it is.
    const starting = askFromPage('startPage', { url: location.href });
    // Bevan's setup time, read by the tests and the benchmark: all that loading its modules and this function do on
    // the page's thread (sending the request included), but not the waits for the page and the background's answer.
    let setupMs = performance.now() - scriptStart;
    if (document.readyState === 'loading') {
      await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
      // Then an idle moment: the page's end of parsing (with its load event and first layout, when nothing else was
      // loading) stays as long as without Bevan, and the first look does not share the page's thread with its first
      // frames.
      await new Promise<void>((idle) => idleSchedule(idle, FIRST_LOOK_WAIT_MS));
    }
    const start = await starting;
    if (!start.ok) console.warn(`Bevan: ${start.error.message}`);
    if (!start.ok || !start.data.site.runs || !start.data.cues) {
      scope.bevanRunning = false;
      return;
    }
    const { cues, settings } = start.data;
    const setupStart = performance.now();
    // Read when first needed: most pages name nobody, and their date is never read. Reading it is part of the
    // annotator's slice that asks for the matcher, so its time counts in Bevan's. Null: the page gives no date.
    let articleDate: string | null | undefined;
    const readDate = () => (articleDate === undefined ? (articleDate = readArticleDate(document)) : articleDate);
    // The page's text, read once: by the annotator's first look, and then for the political context.
    let bodyText: string | undefined;
    let politicalPage: boolean | undefined;
    const allowPeople = () => (politicalPage ??= hasUkPoliticalContext((bodyText ??= pageText(document.body))));
    let disputeRecorded = false;
    // Whether this browser draws highlights, asked at the first mention: the first touch of `CSS.highlights` costs a
    // fifth of a millisecond, and most pages name nobody.
    let drawable: boolean | undefined;
    const canDraw = () => (drawable ??= highlightsSupported());
    // Highlights and cards come with the page reader, once the first look finds a place to read: before that, the
    // page has no mention to show.
    let ui: PageUi | null = null;
    const withReader = (reader: PageReader) =>
      (ui ??= reader.pageUi(annotator.state.found, readDate, () => bodyText?.length ?? 0));
    const annotator = createPageAnnotator({
      matcher: matcherSource(cues, readDate, withReader),
      schedule: firstAtOnce(),
      allowPeople,
      onText(root, text) {
        if (root === document.body) bodyText ??= text;
      },
      maxPerEntity: settings.maxMentionsPerEntity,
      onMentions(mentions, moreToRead) {
        // Without highlights Bevan could only mark mentions by changing the page, which it never does: it stays
        // out, and tells the popup why.
        if (!canDraw()) {
          stop();
          answerUndrawable();
          return;
        }
        // "Pages you read" in the popup: articles that name the dispute, remembered by the background.
        if (!disputeRecorded && mentions.some((mention) => mention.entity.kind === 'dispute')) {
          disputeRecorded = true;
          void askFromPage('recordDisputeArticle', { title: document.title, articleDate: readDate() });
        }
        ui?.highlighter.draw(mentions, moreToRead);
        ui?.cards.watch();
      },
      onReadingDone: () => ui?.highlighter.readingDone(),
      onRemoved(mentions) {
        ui?.highlighter.erase(mentions);
        ui?.cards.removed(mentions);
      },
    });
    const found = annotator.state.found;

    const onTabEvent = tabListener({ annotator, ui: () => ui, readDate, canDraw, withReader, stop: () => stop() });
    browser.runtime.onMessage.addListener(onTabEvent);
    function stop() {
      annotator.stop();
      ui?.cards.stop();
      ui?.highlighter.clear();
      found.clear();
      browser.runtime.onMessage.removeListener(onTabEvent);
      scope.bevanRunning = false;
    }
    ctx.onInvalidated(stop);

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

/** The whole matcher for the article's date, asked for once the first look finds something. */
function matcherSource(
  packedCues: PackedCues,
  readDate: () => string | null,
  withReader: (reader: PageReader) => void,
): MatcherSource {
  let readerCounted = false;
  return {
    cues: unpackCues(packedCues),
    async load() {
      // An undated page is matched as of today (a name two MPs shared means today's MP); its cards say the date
      // is unknown.
      const articleDate = readDate();
      const [packed, reader] = await Promise.all([
        askFromPage('getMatcher', { articleDate: articleDate ?? todayIso() }),
        startPageReader(),
      ]);
      if (!packed.ok) console.warn(`Bevan: ${packed.error.message}`);
      if (!packed.ok || !reader) return null;
      withReader(reader);
      // The reader's script loads once per page: a later matcher (a campaigner's new bill) costs nothing more.
      const loadMs = readerCounted ? 0 : reader.loadMs;
      readerCounted = true;
      // A role ("the Health Secretary") means whoever held it on the article's date: an undated page names nobody by it.
      const matcher = reader.unpackMatcher(articleDate === null ? { ...packed.data, roles: '' } : packed.data);
      return { matcher, reader, loadMs };
    },
  };
}

/** The page reader (utils/page/reader-contract.ts), started in this page once; null when it cannot be. */
async function startPageReader(): Promise<PageReader | null> {
  const published = publishedPageReader();
  if (published) return published;
  const started = await askFromPage('startPageReader', {});
  if (!started.ok) console.warn(`Bevan: ${started.error.message}`);
  return started.ok ? publishedPageReader() : null;
}

/** Answers Bevan's background and pages: the popup's questions, the keyboard's moves, the site switched off. */
function tabListener({
  annotator,
  ui,
  readDate,
  canDraw,
  withReader,
  stop,
}: {
  annotator: PageAnnotator;
  /** Null until the page has had a place to read: then it has no mention to move to either. */
  ui: () => PageUi | null;
  withReader: (reader: PageReader) => void;
  readDate: () => string | null;
  canDraw: () => boolean;
  stop: () => void;
}) {
  const found = annotator.state.found;
  return (message: unknown, sender: { id?: string }, sendResponse: (answer: PageSummary | MentionList) => void) => {
    const event = readTabEvent(message);
    if (sender.id !== browser.runtime.id || !event) return;
    switch (event.type) {
      case 'getPageSummary':
        sendResponse({ mentions: found.size, articleDate: readDate(), canDraw: canDraw() });
        return true;
      case 'listMentions':
        void listInSlices(found.inPageOrder()).then((mentions) => sendResponse({ mentions }));
        return true;
      case 'moveToMention': {
        const cards = ui()?.cards;
        const mentions = found.inPageOrder();
        const next = cards && nextMention(mentions, cards.reached, event.direction, window.innerHeight);
        if (next) cards.reach(next, mentions);
        return;
      }
      case 'showMention': {
        const cards = ui()?.cards;
        const mentions = found.inPageOrder();
        const first = mentions.find(({ entity }) => entity.kind === event.kind && entity.id === event.id);
        if (cards && first) cards.reach(first, mentions);
        return;
      }
      case 'siteSwitchedOff':
        stop();
        return;
      case 'matcherChanged':
        // A campaigner saved a bill: look for the new names without a reload.
        void askFromPage('getCues', {}).then((next) => {
          if (next.ok) void annotator.replaceMatcher(matcherSource(next.data, readDate, withReader), document.body);
        });
        return;
    }
  };
}

/** Answers the popup where this browser cannot draw highlights, so that it can say why Bevan does nothing here. */
function answerUndrawable() {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { id?: string }, sendResponse: (answer: PageSummary) => void) => {
      const event = readTabEvent(message);
      if (sender.id !== browser.runtime.id || event?.type !== 'getPageSummary') return;
      sendResponse({ mentions: 0, articleDate: null, canDraw: false });
      return true;
    },
  );
}
