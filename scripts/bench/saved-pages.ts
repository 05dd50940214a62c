/**
 * The saved pages: Bevan's time on each, beside the baseline build loaded alternately with it, and the floors and
 * mark.js measured on the same page without Bevan.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { listMentions, waitForReading } from '../../tests/e2e/helpers/mentions';
import { launchBevan, type BevanBrowser } from '../chromium';
import { launchBuild, type Baseline } from './baseline';
import { names } from './names';
import { MARK_BUDGET_MS, NEWS_HOST, PAGES_DIR, RUNS } from './options';
import { prepareTab, probeCode, type Probe } from './page';
import { median, met, ms, type SummaryRow } from './stats';

/** The saved pages to measure: the first `count` (all when not given), and always guardian-1.html, the largest. */
export function choosePages(count: string | undefined): string[] {
  const savedPages = existsSync(PAGES_DIR)
    ? readdirSync(PAGES_DIR)
        .filter((name) => name.endsWith('.html'))
        .sort()
    : [];
  if (!savedPages.length) console.log('../shared/pages is absent: only the generated article is measured.');
  const chosen = count ? savedPages.slice(0, Number(count)) : savedPages;
  if (chosen.length && !chosen.includes('guardian-1.html') && savedPages.includes('guardian-1.html'))
    chosen.push('guardian-1.html');
  return chosen;
}

interface BevanTiming {
  totalMs: number;
  /** The annotating alone: the slices, without loading the script and unpacking the matcher. */
  annotatingMs: number;
  longestSliceMs: number;
  mentions: number;
}

/**
 * Loads a page where the content script runs, and reads what Bevan published. Mentions are counted with the
 * `listMentions` message (`bevan`) or, in a build from before highlights, as `<bevan-mention>` elements.
 */
async function measureBevan(tab: Page, url: string, bevan: BevanBrowser | null): Promise<BevanTiming> {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForReading(tab, 60_000);
  const timing = await tab.evaluate(() => {
    const measure = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
    return {
      totalMs: measure('bevan:setup') + measure('bevan:script'),
      annotatingMs: measure('bevan:script'),
      longestSliceMs: measure('bevan:longest-slice'),
      elements: document.querySelectorAll('bevan-mention').length,
    };
  });
  const mentions = bevan ? (await listMentions(bevan, tab)).length : timing.elements;
  return { ...timing, mentions };
}

/**
 * The same walk as a content script meets it: in a new script world of the page, timed from its first touch of the
 * page, so that making the world's DOM objects and running cold code count, as they do in Bevan's start-up.
 */
const COLD_WALK = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  while (walker.nextNode()) characters += walker.currentNode.data.length;
  return performance.now() - start;
})()`;

async function coldWalk(tab: Page): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-walk' });
    const answer = await cdp.send('Runtime.evaluate', {
      expression: COLD_WALK,
      contextId: world.executionContextId,
      returnByValue: true,
    });
    return answer.result.value as number;
  } finally {
    await cdp.detach();
  }
}

/** Loads a page where the content script does not run, and runs the baselines in it. */
async function measureBaselines(tab: Page, url: string, withMark: boolean) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const coldWalkMs = await coldWalk(tab);
  // Evaluated over the DevTools protocol, which the page's CSP does not govern.
  await tab.evaluate(probeCode);
  const bareWalkMs = await tab.evaluate(() => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.bareWalk());
  const mark = withMark
    ? await tab.evaluate(
        ([list, budget]) => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.markJs(list, budget),
        [names, MARK_BUDGET_MS] as const,
      )
    : null;
  return {
    bareWalkMs,
    coldWalkMs,
    markFullMs: mark ? (mark.ms / mark.names) * names.length : NaN,
  };
}

export interface Row {
  page: string;
  kb: number;
  bevanMs: number;
  /** The baseline build's, loaded alternately with this one's. */
  oldMs: number;
  annotatingMs: number;
  longestSliceMs: number;
  mentions: number;
  oldMentions: number;
  bareWalkMs: number;
  coldWalkMs: number;
  markFullMs: number;
}

/** Each chosen page, served on `serverPort` (as the news host and as 127.0.0.1), with this build and the baseline. */
export async function measureSavedPages(chosen: string[], serverPort: number, baseline: Baseline | null) {
  const rows: Row[] = [];
  const browser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort });
  const tab = await browser.context.newPage();
  await prepareTab(tab);
  // The floors are measured in a tab of their own, on another host: in Bevan's tab, that visit made each first load
  // after it a cold start in a new renderer process (17 against 4.5 ms, median first load, 26 pages, 7 December),
  // which the baseline's tab, staying on the news host, never paid.
  const floorTab = await browser.context.newPage();
  await prepareTab(floorTab);
  const oldBrowser = baseline ? await launchBuild(baseline.dir, serverPort) : null;
  const oldTab = await oldBrowser?.context.newPage();
  if (oldTab) await prepareTab(oldTab);
  // Mark.js is slow by design: measure it on the largest page and a spread of others.
  const markPages = new Set(['guardian-1.html', ...chosen.filter((_, index) => index % 26 === 0)]);
  for (const page of chosen) {
    const url = `http://${NEWS_HOST}/${page}`;
    const bevan: BevanTiming[] = [];
    const old: BevanTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Each build goes first every other time, so that neither always meets the page first.
      if (oldTab && run % 2 === 1) old.push(await measureBevan(oldTab, url, null));
      bevan.push(await measureBevan(tab, url, browser));
      if (oldTab && run % 2 === 0) old.push(await measureBevan(oldTab, url, null));
    }
    const baselines = await measureBaselines(floorTab, `http://127.0.0.1:${serverPort}/${page}`, markPages.has(page));
    rows.push({
      page,
      kb: statSync(path.join(PAGES_DIR, page)).size / 1024,
      bevanMs: median(bevan.map((timing) => timing.totalMs)),
      oldMs: old.length ? median(old.map((timing) => timing.totalMs)) : NaN,
      annotatingMs: median(bevan.map((timing) => timing.annotatingMs)),
      longestSliceMs: median(bevan.map((timing) => timing.longestSliceMs)),
      mentions: bevan[0].mentions,
      oldMentions: old[0]?.mentions ?? NaN,
      ...baselines,
    });
  }
  await browser.close();
  await oldBrowser?.close();
  return rows;
}

export function printPageTable(rows: Row[]) {
  console.log('\nPer page (Bevan: median of runs; times are script time on the main thread)');
  console.log(
    `page                                   KB   Bevan    old  ×old   slice  found   bare walk   ×walk   cold walk   ×cold   mark.js (all names)   ×Bevan`,
  );
  for (const row of rows) {
    const mark = Number.isNaN(row.markFullMs)
      ? ''
      : `${ms(row.markFullMs).padStart(12)}          ${(row.markFullMs / row.bevanMs).toFixed(0).padStart(6)}×`;
    console.log(
      `${row.page.padEnd(34)} ${row.kb.toFixed(0).padStart(6)} ${row.bevanMs.toFixed(1).padStart(7)} ${row.oldMs.toFixed(1).padStart(6)} ${(row.bevanMs / row.oldMs).toFixed(2).padStart(5)} ${row.longestSliceMs.toFixed(1).padStart(7)} ${String(row.mentions).padStart(6)} ${row.bareWalkMs.toFixed(1).padStart(10)} ${(row.bevanMs / Math.max(row.bareWalkMs, 0.1)).toFixed(1).padStart(7)} ${row.coldWalkMs.toFixed(1).padStart(10)} ${(row.bevanMs / Math.max(row.coldWalkMs, 0.1)).toFixed(1).padStart(7)}   ${mark}`,
    );
  }
  const differentFinds = rows.filter((row) => !Number.isNaN(row.oldMentions) && row.oldMentions !== row.mentions);
  for (const row of differentFinds)
    console.log(`  ${row.page}: ${row.mentions} mentions, ${row.oldMentions} in the old build`);
}

export function savedPagesSummary(rows: Row[], baseline: Baseline | null): SummaryRow[] {
  const guardian = rows.find((row) => row.page === 'guardian-1.html');
  const nothingFound = rows.filter((row) => row.mentions === 0);
  const marked = rows.filter((row) => !Number.isNaN(row.markFullMs));
  const medianPage = rows.length ? median(rows.map((row) => row.bevanMs)) : NaN;
  const oldMedianPage = rows.length && baseline ? median(rows.map((row) => row.oldMs)) : NaN;
  return [
    ['pages measured', `${rows.length}, ${RUNS} loads each per build`],
    [
      'Bevan, median page',
      rows.length
        ? baseline
          ? `${ms(medianPage)}; the build of ${baseline.commit.slice(0, 7)}, loaded alternately: ${ms(oldMedianPage)}; median of the pages' ratios ${median(rows.map((row) => row.bevanMs / row.oldMs)).toFixed(2)}× (target: no worse: ${met(medianPage <= oldMedianPage)})`
          : ms(medianPage)
        : 'n/a',
    ],
    [
      'Bevan ÷ bare walk, median page',
      rows.length
        ? `${median(rows.map((row) => row.bevanMs / Math.max(row.bareWalkMs, 0.1))).toFixed(1)}× (target ≤ 3×)`
        : 'n/a',
    ],
    // A content script's own walk pays for a new script world's first touch of the page, as Bevan's start-up does.
    [
      'Bevan ÷ cold walk (a new script world), median',
      rows.length
        ? `${median(rows.map((row) => row.bevanMs / Math.max(row.coldWalkMs, 0.1))).toFixed(1)}× (cold walk, median ${ms(median(rows.map((row) => row.coldWalkMs)))})`
        : 'n/a',
    ],
    // The walk is the floor for annotating; loading the script and its matcher is a fixed cost the walk has not.
    [
      'annotating alone ÷ bare walk, median page',
      rows.length
        ? `${median(rows.map((row) => row.annotatingMs / Math.max(row.bareWalkMs, 0.1))).toFixed(1)}× (annotating alone, median ${ms(median(rows.map((row) => row.annotatingMs)))})`
        : 'n/a',
    ],
    [
      'mark.js ÷ Bevan, median of measured pages',
      marked.length ? `${median(marked.map((row) => row.markFullMs / row.bevanMs)).toFixed(0)}× (target ≥ 50×)` : 'n/a',
    ],
    [
      'guardian-1.html (1.1 MB)',
      guardian ? `${ms(guardian.bevanMs)}, old build ${ms(guardian.oldMs)} (target ≤ 20 ms)` : 'absent',
    ],
    [
      'pages with nothing to annotate, median',
      nothingFound.length ? ms(median(nothingFound.map((row) => row.bevanMs))) : 'n/a',
    ],
    ['longest slice on any saved page', rows.length ? ms(Math.max(...rows.map((row) => row.longestSliceMs))) : 'n/a'],
  ];
}
