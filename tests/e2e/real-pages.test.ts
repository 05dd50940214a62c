/**
 * Bevan on 130 saved real-world pages (../shared/pages; skipped when that
 * folder is absent): it never throws, never changes a page's text, finds no
 * bill or dispute on pages that name none, and annotates MPs only where a page
 * is about UK politics. The pages' own scripts are blocked by a strict CSP
 * (they would only fail without a network), which Bevan's content script is
 * exempt from: it also shows annotations work under a strict policy.
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

interface PageReport {
  page: string;
  textUnchanged: boolean;
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
    browser = await launchBevan({ mapHosts: [HOST], serverPort: server.port });
    const tab = await browser.context.newPage();
    // Before Bevan runs (at document idle), remember the page's text as parsed.
    await tab.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.dataset.textBefore = String(document.body?.textContent?.length ?? 0);
        (window as unknown as { textBefore: string }).textBefore = document.body?.textContent ?? '';
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
      const result = await tab.evaluate(() => {
        const before = (window as unknown as { textBefore: string }).textBefore;
        const measure = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? -1;
        return {
          textUnchanged: document.body.textContent === before,
          mentions: [...document.querySelectorAll('bevan-mention')].map((element) => ({
            kind: element.getAttribute('data-entity-kind') ?? '',
            id: element.getAttribute('data-entity-id') ?? '',
            text: element.textContent ?? '',
          })),
          scriptMs: measure('bevan:script'),
          setupMs: measure('bevan:setup'),
        };
      });
      reports.push({ page, ...result, bevanErrors: [...bevanErrors] });
    }
    const byTime = [...reports].sort((a, b) => a.scriptMs + a.setupMs - (b.scriptMs + b.setupMs));
    const total = (report: PageReport) => (report.scriptMs + report.setupMs).toFixed(1);
    const median = byTime[Math.floor(byTime.length / 2)];
    const worst = byTime[byTime.length - 1];
    const annotated = reports.filter((report) => report.mentions.length);
    console.log(
      `Bevan on ${reports.length} pages: script time median ${total(median)} ms, worst ${total(worst)} ms (${worst.page}); ` +
        `annotations on ${annotated.length} pages:\n` +
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
