/**
 * Bevan on 130 saved real-world pages (../shared/pages; skipped when that
 * folder is absent), in two runs, each page loaded at the same time with
 * Bevan and in a browser without it:
 * - as the pages are saved, their own scripts blocked by a strict CSP (they
 *   would only fail without a network), which Bevan's content script is
 *   exempt from: it also shows annotations work under a strict policy. Here
 *   the page must come out exactly as it does without Bevan: the same HTML,
 *   text and layout (its manifest CSS styles only highlights);
 * - with their inline scripts running, served without a CSP, as a reader's
 *   browser would run them (the scripts they load from other hosts fail, as
 *   offline). Here the page's text and its uncaught errors must be the same
 *   with Bevan as without.
 * In both: Bevan raises no error of its own, finds no bill or dispute on pages
 * that name none, and annotates MPs only where a page is about UK politics,
 * drawing every mention it lists. Every other host fails at once, as offline,
 * so no page waits on its trackers. Bevan's own script time per page is
 * printed (median and worst, with several pages loading at once: `npm run
 * bench` measures it alone).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBevan, launchChromium, type BevanBrowser } from '../../scripts/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/serve';
import { drawnMentions } from './helpers/drawn';
import { listMentions } from './helpers/mentions';

const PAGES_DIR = path.resolve(import.meta.dirname, '../../../shared/pages');
const HOST = 'bevan-pages.inews.co.uk';
const pages = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];

/** Pages loaded at once (each in both browsers): the machines here have two cores, and pages mostly wait. */
const PAGES_AT_ONCE = 3;
/** How long a page's own scripts get to settle after it has loaded (and Bevan has read it), before it is compared. */
const SETTLE_MS = 500;
/**
 * The pages' scripts see the same fixed date in both browsers: several write the time into the page (cache
 * busters in image and script addresses), which would make the same page differ from itself. Timers still run.
 */
const PAGE_CLOCK = Date.parse('2026-06-01T09:00:00Z');

/**
 * Fixes `Date` in the page's own world (init scripts run only there: Bevan's content script keeps the real one).
 * Playwright's clock.setFixedTime would do this, but it also replaces `performance`, and with it the measures
 * Bevan publishes.
 */
function fixPageDate(now: number) {
  const RealDate = Date;
  window.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now], newTarget),
    apply: () => new RealDate(now).toString(),
    get: (target, key, receiver) => (key === 'now' ? () => now : Reflect.get(target, key, receiver)),
  });
}

type Run = 'scripts blocked' | 'scripts running';

interface PageReport {
  page: string;
  run: Run;
  /** Where `document.body.innerText` differs with Bevan and without it, or null where it is the same. */
  textChange: string | null;
  /** Scripts blocked: whether the page's HTML is exactly as without Bevan. */
  htmlUnchanged: boolean;
  /** Scripts blocked: where the page's layout differs with Bevan and without it (none). */
  layoutChanges: string[];
  /** Uncaught errors of the page with Bevan that it does not raise without Bevan. */
  newErrors: string[];
  /** Errors from Bevan's own scripts. */
  bevanErrors: string[];
  mentions: { kind: string; id: string; text: string }[];
  /** Whether every mention listed is drawn as a highlight. */
  allDrawn: boolean;
  scriptMs: number;
  setupMs: number;
}

let server: StaticServer;
let bevan: BevanBrowser;
let plain: { context: BrowserContext; close(): Promise<void> };
const reports: PageReport[] = [];

/**
 * The same Chromium as launchBevan's (scripts/chromium.ts), with the same flags, host mapping and settings, but
 * no extension: the baseline each page is compared with.
 */
function launchWithoutBevan(serverPort: number) {
  return launchChromium({ extension: false, mapHosts: [HOST], serverPort, offline: true });
}

/** Runs `work` on every item, `size` at a time. */
async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

interface OpenTab {
  tab: Page;
  errors: string[];
  bevanErrors: string[];
}

/** A new tab on `url`, loaded, with the page's uncaught errors and (with Bevan) Bevan's own, as they happen. */
async function openTab(context: BrowserContext, url: string): Promise<OpenTab> {
  const tab = await context.newPage();
  const open: OpenTab = { tab, errors: [], bevanErrors: [] };
  const bevanUrl = bevan.extensionUrl('');
  // Only Bevan's own console errors: one saved page links to another extension's files.
  tab.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(bevanUrl))
      open.bevanErrors.push(message.text());
  });
  tab.on('pageerror', (error) => {
    if (error.stack?.includes(bevanUrl)) open.bevanErrors.push(error.message);
    else open.errors.push(error.message);
  });
  await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return open;
}

/** The messages in `withBevan` beyond those in `without`, counted as many times as they occur. */
function beyond(withBevan: string[], without: string[]): string[] {
  const left = [...without];
  return withBevan.filter((message) => {
    const at = left.indexOf(message);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Where two texts first differ, with a little of each around it. */
function firstDifference(withBevan: string, without: string): string | null {
  if (withBevan === without) return null;
  let at = 0;
  while (withBevan[at] === without[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `at ${at}: ${around(without)} → ${around(withBevan)}`;
}

/**
 * Every element's box, and the page's size, to compare layouts: measured at the top of the page. A page with
 * `autofocus` scrolls to its field when its tab has focus, which differs between two browsers loading pages side by
 * side and is no change of layout; its fixed elements stay where the viewport is, so document coordinates differ too.
 * (Only with the page's scripts blocked: nothing of the page's own runs on the scroll.)
 */
function layoutOf(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    scrollTo(0, 0);
    // An element with no box (`display: none`, a hidden input) has none to compare.
    const box = (element: Element) => {
      if (!element.getClientRects().length) return 'no box';
      const rect = element.getBoundingClientRect();
      return `${rect.x},${rect.y} ${rect.width}×${rect.height}`;
    };
    return [
      `page size ${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`,
      ...[...document.body.getElementsByTagName('*')].map(
        (element, index) => `<${element.localName}> #${index} ${box(element)}`,
      ),
    ];
  });
}

/** Loads one page with Bevan and without it, at the same time, and compares them. */
async function comparePage(page: string, run: Run): Promise<PageReport> {
  const url = `http://${HOST}/${page}${run === 'scripts running' ? '?scripts' : ''}`;
  const [withBevan, without] = await Promise.all([openTab(bevan.context, url), openTab(plain.context, url)]);
  const { tab } = withBevan;
  try {
    // Bevan is done when it has published its script time (it does even on pages with nothing to annotate). Polled
    // on a timer: a page's scripts may hold up animation frames.
    await tab.waitForFunction(() => performance.getEntriesByName('bevan:script').length > 0, null, {
      timeout: 30_000,
      polling: 100,
    });
    const mentions = (await listMentions(bevan, tab)).map(({ kind, id, text }) => ({ kind, id, text }));
    // What is listed is drawn, a batch a frame: wait for it, then count.
    const drawnCount = async () => (await drawnMentions(tab)).length;
    for (let tries = 0; tries < 100 && (await drawnCount()) !== mentions.length; tries++) await tab.waitForTimeout(100);
    const allDrawn = (await drawnCount()) === mentions.length;
    if (run === 'scripts running') await tab.waitForTimeout(SETTLE_MS);

    const read = (open: OpenTab) => open.tab.evaluate(() => document.body.innerText);
    const [text, baseText] = await Promise.all([read(withBevan), read(without)]);
    let htmlUnchanged = true;
    let layoutChanges: string[] = [];
    if (run === 'scripts blocked') {
      const html = (open: OpenTab) => open.tab.evaluate(() => document.documentElement.outerHTML);
      htmlUnchanged = (await html(withBevan)) === (await html(without));
      const [layout, baseLayout] = await Promise.all([layoutOf(tab), layoutOf(without.tab)]);
      layoutChanges = layout
        .map((entry, index) => (entry === baseLayout[index] ? null : `${baseLayout[index]} → ${entry}`))
        .filter((change): change is string => change !== null)
        .slice(0, 5);
      if (layout.length !== baseLayout.length) layoutChanges.push(`${baseLayout.length} → ${layout.length} boxes`);
    }
    const measure = (name: string) =>
      tab.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? -1, name);
    return {
      page,
      run,
      textChange: firstDifference(text, baseText),
      htmlUnchanged,
      layoutChanges,
      newErrors: beyond(withBevan.errors, without.errors),
      bevanErrors: [...withBevan.bevanErrors],
      mentions,
      allDrawn,
      scriptMs: await measure('bevan:script'),
      setupMs: await measure('bevan:setup'),
    };
  } finally {
    await Promise.all([tab.close(), without.tab.close()]);
  }
}

function summary(run: Run, took: number): string {
  const ofRun = reports.filter((report) => report.run === run);
  const total = (report: PageReport) => report.scriptMs + report.setupMs;
  const byTime = [...ofRun].sort((a, b) => total(a) - total(b));
  const median = byTime[Math.floor(byTime.length / 2)];
  const worst = byTime[byTime.length - 1];
  const annotated = ofRun.filter((report) => report.mentions.length);
  return (
    `Bevan on ${ofRun.length} pages, ${run} (${(took / 1000).toFixed(0)} s, ${PAGES_AT_ONCE} pages at once): its own ` +
    `script time per page (start-up and annotation, from bevan:setup and bevan:script) median ` +
    `${total(median).toFixed(1)} ms, worst ${total(worst).toFixed(1)} ms (${worst.page}); annotations on ` +
    `${annotated.length} pages:\n` +
    annotated
      .map((report) => `  ${report.page}: ${report.mentions.map((m) => `${m.text} (${m.kind} ${m.id})`).join(', ')}`)
      .join('\n')
  );
}

describe.skipIf(pages.length === 0)(`the ${pages.length} saved pages in ../shared/pages`, () => {
  beforeAll(async () => {
    server = await serveDirectory(PAGES_DIR, (_path, query): Record<string, string> =>
      query.has('scripts') ? {} : { 'content-security-policy': "script-src 'none'" },
    );
    bevan = await launchBevan({ mapHosts: [HOST], serverPort: server.port, offline: true });
    plain = await launchWithoutBevan(server.port);
    await Promise.all([bevan.context, plain.context].map((context) => context.addInitScript(fixPageDate, PAGE_CLOCK)));
    for (const run of ['scripts blocked', 'scripts running'] as const) {
      const started = Date.now();
      await inPool(pages, PAGES_AT_ONCE, async (page) => void reports.push(await comparePage(page, run)));
      console.log(summary(run, Date.now() - started));
    }
  }, 1_200_000);

  afterAll(async () => {
    await bevan?.close();
    await plain?.close();
    await server?.close();
  });

  const runs: Run[] = ['scripts blocked', 'scripts running'];
  const ofRun = (run: Run) => reports.filter((report) => report.run === run);

  it('read every page in both runs', () => {
    for (const run of runs)
      expect(
        ofRun(run)
          .map((report) => report.page)
          .sort(),
        run,
      ).toEqual(pages);
  });

  it.each(runs)('raises no error from Bevan, and no page error the page does not raise without Bevan (%s)', (run) => {
    expect(ofRun(run).filter((report) => report.bevanErrors.length)).toEqual([]);
    expect(
      ofRun(run)
        .filter((report) => report.newErrors.length)
        .map((report) => [report.page, report.newErrors]),
    ).toEqual([]);
  });

  it.each(runs)("leaves every page's text as it is without Bevan (%s)", (run) => {
    expect(
      ofRun(run)
        .filter((report) => report.textChange)
        .map((report) => `${report.page}: ${report.textChange}`),
    ).toEqual([]);
  });

  it("changes nothing in any page's HTML, and nothing in its layout", () => {
    const run = ofRun('scripts blocked');
    expect(run.filter((report) => !report.htmlUnchanged).map((report) => report.page)).toEqual([]);
    expect(
      run.filter((report) => report.layoutChanges.length).map((report) => [report.page, report.layoutChanges]),
    ).toEqual([]);
  });

  it.each(runs)('draws every mention it lists (%s)', (run) => {
    expect(
      ofRun(run)
        .filter((report) => !report.allDrawn)
        .map((report) => report.page),
    ).toEqual([]);
  });

  it.each(runs)('finds no NHS bill and no doctors’ dispute on pages that name none (%s)', (run) => {
    const found = ofRun(run).flatMap((report) =>
      report.mentions.filter((mention) => mention.kind !== 'mp').map((mention) => `${report.page}: ${mention.text}`),
    );
    expect(found).toEqual([]);
  });

  it.each(runs)('annotates MPs only on pages about UK politics, and only real MPs named there (%s)', (run) => {
    const found = ofRun(run)
      .sort((a, b) => a.page.localeCompare(b.page))
      .flatMap((report) => report.mentions.map((mention) => `${report.page}: ${mention.text} → ${mention.id}`));
    expect(found).toEqual(EXPECTED_MP_MENTIONS);
  });
});

/**
 * Checked by hand against each page: real UK politicians named in a UK
 * political context. bug-1255978 is a UK business report: "Baroness Vadera, a
 * former adviser to Gordon Brown, …".
 */
const EXPECTED_MP_MENTIONS: string[] = ['bug-1255978.html: Gordon Brown → 591'];
