/**
 * Bevan on 130 saved real-world pages (../shared/pages; skipped when that
 * folder is absent): it never throws, never changes a page's text, adds
 * nothing but its wrappers and the wrappers change no layout, finds no bill
 * or dispute on pages that name none, and annotates MPs only where a page is
 * about UK politics. It prints Bevan's own script time per page (median and
 * worst). The pages' own scripts are blocked by a strict CSP (they would only
 * fail without a network), which Bevan's content script is exempt from: it
 * also shows annotations work under a strict policy. Every other host fails
 * at once, as offline, so no page waits on its trackers.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBevan, type BevanBrowser } from '../../scripts/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/serve';

const PAGES_DIR = path.resolve(import.meta.dirname, '../../../shared/pages');
const HOST = 'bevan-pages.inews.co.uk';
const pages = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];

/** Words wrapped as Bevan wraps a mention, per page, to see that a wrapper moves nothing under the page's own CSS. */
const TRIAL_WRAPS = 30;

interface PageReport {
  page: string;
  textUnchanged: boolean;
  /** Elements Bevan added to the page other than its wrappers (none, unless a card was opened). */
  addedElements: number;
  /** Where the page's layout differs with Bevan's wrappers and without them: none. */
  layoutChanges: string[];
  wrapsMeasured: number;
  mentions: { kind: string; id: string; text: string }[];
  scriptMs: number;
  setupMs: number;
  bevanErrors: string[];
}

let server: StaticServer;
let browser: BevanBrowser;
const reports: PageReport[] = [];

describe.skipIf(pages.length === 0)(`the ${pages.length} saved pages in ../shared/pages`, () => {
  beforeAll(async () => {
    server = await serveDirectory(PAGES_DIR, () => ({ 'content-security-policy': "script-src 'none'" }));
    browser = await launchBevan({ mapHosts: [HOST], serverPort: server.port, offline: true });
    const tab = await browser.context.newPage();
    // Before Bevan runs (at document idle), remember the page's text as parsed.
    await tab.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const before = window as unknown as { textBefore: string; elementsBefore: number };
        before.textBefore = document.body?.textContent ?? '';
        before.elementsBefore = document.body?.getElementsByTagName('*').length ?? 0;
      });
    });
    // Only Bevan's own errors: one saved page links to another extension's files.
    const bevanUrl = browser.extensionUrl('');
    const bevanErrors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.startsWith(bevanUrl)) bevanErrors.push(message.text());
    });
    tab.on('pageerror', (error) => {
      if (error.stack?.includes(bevanUrl)) bevanErrors.push(error.message);
    });
    for (const page of pages) {
      bevanErrors.length = 0;
      await tab.goto(`http://${HOST}/${page}`, { waitUntil: 'domcontentloaded' });
      // Bevan is done when it has published its script time (it does even on pages with nothing to annotate).
      await tab.waitForFunction(() => performance.getEntriesByName('bevan:script').length > 0, null, {
        timeout: 20_000,
      });
      const result = await tab.evaluate((trialWraps) => {
        const before = window as unknown as { textBefore: string; elementsBefore: number };
        const measure = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? -1;
        const wrappers = [...document.querySelectorAll('bevan-mention')];
        const report = {
          textUnchanged: document.body.textContent === before.textBefore,
          addedElements: document.body.getElementsByTagName('*').length - before.elementsBefore - wrappers.length,
          mentions: wrappers.map((element) => ({
            kind: element.getAttribute('data-entity-kind') ?? '',
            id: element.getAttribute('data-entity-id') ?? '',
            text: element.textContent ?? '',
          })),
          scriptMs: measure('bevan:script'),
          setupMs: measure('bevan:setup'),
        };

        // Layout with wrappers and without. Beside Bevan's own, words of the page are wrapped just as Bevan wraps
        // a mention (a split text node in a <bevan-mention>), so that the page's CSS meets wrappers on every page.
        const skipped =
          // Where Bevan never wraps (utils/matching/annotate.ts).
          'script, style, noscript, textarea, input, select, option, button, code, pre, kbd, samp, svg, math, canvas, ' +
          'iframe, object, template, bevan-mention, bevan-card, [contenteditable]:not([contenteditable="false"])';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const trial: Element[] = [];
        for (let node = walker.nextNode() as Text | null; node && trial.length < trialWraps;) {
          const next = walker.nextNode() as Text | null;
          const word = /\p{L}{2,}/u.exec(node.data);
          if (word && !node.parentElement?.closest(skipped)) {
            const middle = node.splitText(word.index);
            middle.splitText(word[0].length);
            const wrapper = document.createElement('bevan-mention');
            middle.replaceWith(wrapper);
            wrapper.append(middle);
            trial.push(wrapper);
          }
          node = next;
        }
        const all = [...wrappers, ...trial];
        // The text in and around each wrapper, and every element of the page but the wrappers.
        const texts = all.flatMap((wrapper) =>
          [wrapper.previousSibling, wrapper.firstChild, wrapper.nextSibling].filter(
            (node): node is Text => node?.nodeType === Node.TEXT_NODE,
          ),
        );
        const elements = [...document.body.getElementsByTagName('*')].filter(
          (element) => element.localName !== 'bevan-mention',
        );
        const range = document.createRange();
        const layout = () => {
          const boxes = new Map<string, string>();
          const box = (rect: DOMRect) => `${rect.x},${rect.y} ${rect.width}×${rect.height}`;
          elements.forEach((element, index) =>
            boxes.set(`<${element.localName}> #${index}`, box(element.getBoundingClientRect())),
          );
          texts.forEach((text, index) => {
            range.selectNodeContents(text);
            boxes.set(
              `text "${text.data.trim().slice(0, 30)}" #${index}`,
              [...range.getClientRects()].map(box).join(' '),
            );
          });
          boxes.set('page size', `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`);
          return boxes;
        };
        const wrapped = layout();
        for (const wrapper of all) wrapper.replaceWith(...wrapper.childNodes);
        const bare = layout();
        const layoutChanges = [...wrapped]
          .filter(([key, value]) => bare.get(key) !== value)
          .map(([key, value]) => `${key}: ${bare.get(key)} → ${value}`);
        return { ...report, layoutChanges: layoutChanges.slice(0, 5), wrapsMeasured: all.length };
      }, TRIAL_WRAPS);
      reports.push({ page, ...result, bevanErrors: [...bevanErrors] });
    }
    const byTime = [...reports].sort((a, b) => a.scriptMs + a.setupMs - (b.scriptMs + b.setupMs));
    const total = (report: PageReport) => (report.scriptMs + report.setupMs).toFixed(1);
    const median = byTime[Math.floor(byTime.length / 2)];
    const worst = byTime[byTime.length - 1];
    const annotated = reports.filter((report) => report.mentions.length);
    const wraps = reports.reduce((sum, report) => sum + report.wrapsMeasured, 0);
    console.log(
      `Bevan on ${reports.length} pages: its own script time per page (start-up and annotation, from bevan:setup and ` +
        `bevan:script) median ${total(median)} ms, worst ${total(worst)} ms (${worst.page}); ` +
        `layout compared with and without ${wraps} wrappers; annotations on ${annotated.length} pages:\n` +
        annotated
          .map(
            (report) => `  ${report.page}: ${report.mentions.map((m) => `${m.text} (${m.kind} ${m.id})`).join(', ')}`,
          )
          .join('\n'),
    );
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('raises no error from Bevan on any page', () => {
    expect(reports.filter((report) => report.bevanErrors.length)).toEqual([]);
  });

  it("leaves every page's text unchanged", () => {
    expect(reports.filter((report) => !report.textUnchanged).map((report) => report.page)).toEqual([]);
  });

  it('adds nothing to any page but its wrappers, and the wrappers change no layout', () => {
    expect(reports.filter((report) => report.addedElements !== 0).map((report) => report.page)).toEqual([]);
    expect(reports.filter((report) => report.wrapsMeasured === 0).map((report) => report.page)).toEqual([]);
    expect(
      reports.filter((report) => report.layoutChanges.length).map((report) => [report.page, report.layoutChanges]),
    ).toEqual([]);
  });

  it('finds no NHS bill and no doctors’ dispute on pages that name none', () => {
    const found = reports.flatMap((report) =>
      report.mentions.filter((mention) => mention.kind !== 'mp').map((mention) => `${report.page}: ${mention.text}`),
    );
    expect(found).toEqual([]);
  });

  it('annotates MPs only on pages about UK politics, and only real MPs named there', () => {
    const found = reports.flatMap((report) =>
      report.mentions.map((mention) => `${report.page}: ${mention.text} → ${mention.id}`),
    );
    expect(found).toEqual(EXPECTED_MP_MENTIONS);
  });
});

/**
 * Checked by hand against each page: real UK politicians named in a UK
 * political context. bug-1255978 is a UK business report: "Baroness Vadera, a
 * former adviser to Gordon Brown, …".
 */
const EXPECTED_MP_MENTIONS: string[] = ['bug-1255978.html: Gordon Brown → 591'];
