/**
 * `npm run bench`: Bevan's cost on real pages, measured in real Chromium
 * beside baselines taken in the same run, on the same pages:
 * - Bevan: the built extension's content script (setup + annotation slices,
 *   as it publishes them in performance measures), and its longest slice;
 * - the floor: a bare TreeWalker over the page's text nodes, warm in the page's own world, and cold in a new
 *   script world (the way a content script first meets a page);
 * - mark.js given the same names (it walks the page once per name, so it runs
 *   against a time budget and its full time is extrapolated from its rate);
 * - a generated 5 MB article, watched for long tasks (over 50 ms), and the browser's layout after one word is
 *   wrapped there by hand;
 * - the content script's gzipped size and the matcher's memory.
 * Pages come from ../shared/pages (skipped with a note when absent).
 *
 * Options: --pages N (how many saved pages, default all), --mark-budget MS
 * (per page, default 2000), --runs N (page loads per page for Bevan, default 3).
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { packMatcher, unpackMatcher } from '../utils/matching/compile';
import { buildMatcherSpec } from '../utils/matching/matcher-spec';
import { EXTENSION_DIR, launchBevan } from './chromium';
import { openDemoSite } from './demo-site';
import { serveDirectory } from './serve';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    'mark-budget': { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
  },
});
const MARK_BUDGET_MS = Number(values['mark-budget']);
const RUNS = Number(values.runs);
const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES_DIR = path.resolve(ROOT, '../shared/pages');
const NEWS_HOST = 'bevan-bench.inews.co.uk';
const STRICT_CSP = { 'content-security-policy': "script-src 'none'" };

/** tsx keeps function names with a `__name` helper that pages do not have; functions sent to a page call it. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target;';

const describeLongTasks = (tasks: number[]) =>
  tasks.length
    ? `${tasks.length}, longest ${ms(Math.max(...tasks))}, total ${ms(tasks.reduce((a, b) => a + b, 0))}`
    : 'none';
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

// The names Bevan looks for, exactly as the background builds them.
const dataset = JSON.parse(readFileSync(path.join(ROOT, 'public/data/dataset.json'), 'utf8'));
const spec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
const packed = packMatcher(spec, '2026-01-01');
const names = packed.names.split('\n');

/** A long article: real names and phrases among filler, in ordinary paragraphs. */
function generateArticle(bytes: number): string {
  const people = dataset.people.slice(0, 400).map((person: { name: string }) => person.name);
  const sentences = [
    'The committee heard evidence on waiting lists, staffing and the state of hospital buildings across the regions.',
    "Junior doctors' strikes were discussed again, alongside the long-running arguments about pay and conditions.",
    'Ministers said the figures would be published in the spring, after the usual checks by statisticians.',
    'Campaigners pointed to the Health and Social Care Act 2012 as the root of the present difficulties.',
  ];
  const paragraphs: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const paragraph = `<p>${people[index % people.length]} MP said: ${sentences[index % sentences.length]} ${sentences[(index + 1) % sentences.length]}</p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Generated long article</title></head><body><article><h1>A very long Commons report</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/** Every page load records its long tasks (over 50 ms) where the benchmark can read them. */
async function prepareTab(tab: Page) {
  await tab.addInitScript(KEEP_NAMES_SHIM);
  await tab.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { bevanLongTasks: number[] }).bevanLongTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
}

interface BevanTiming {
  totalMs: number;
  /** The annotating alone: the slices, without loading the script and unpacking the matcher. */
  annotatingMs: number;
  longestSliceMs: number;
  longTasks: number[];
  mentions: number;
}

/** Loads a page where the content script runs, and reads what Bevan published. */
async function measureBevan(tab: Page, url: string): Promise<BevanTiming> {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => performance.getEntriesByName('bevan:script').length > 0, null, { timeout: 60_000 });
  return tab.evaluate(() => {
    const measure = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
    return {
      totalMs: measure('bevan:setup') + measure('bevan:script'),
      annotatingMs: measure('bevan:script'),
      longestSliceMs: measure('bevan:longest-slice'),
      longTasks: (window as unknown as { bevanLongTasks: number[] }).bevanLongTasks ?? [],
      mentions: document.querySelectorAll('bevan-mention').length,
    };
  });
}

const probeBundle = await build({
  entryPoints: [path.join(ROOT, 'scripts/bench-probe.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  alias: { '@': ROOT },
  logLevel: 'error',
});
const probeCode = probeBundle.outputFiles[0].text;

interface Probe {
  bareWalk(): number;
  markJs(names: string[], budgetMs: number): { ms: number; names: number };
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
async function measureBaselines(tab: Page, url: string, withMark: boolean, withColdWalk = true) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const coldWalkMs = withColdWalk ? await coldWalk(tab) : NaN;
  // Evaluated over the DevTools protocol, which the page's CSP does not govern.
  await tab.evaluate(probeCode);
  const bareWalkMs = await tab.evaluate(() => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.bareWalk());
  const mark = withMark
    ? await tab.evaluate(
        ([list, budget]) => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.markJs(list, budget),
        [names, MARK_BUDGET_MS] as const,
      )
    : null;
  const longTasks = await tab.evaluate(() => (window as unknown as { bevanLongTasks: number[] }).bevanLongTasks ?? []);
  return {
    bareWalkMs,
    coldWalkMs,
    markFullMs: mark ? (mark.ms / mark.names) * names.length : NaN,
    markNames: mark?.names ?? 0,
    longTasks,
  };
}

const sizeOfScript = gzipSync(readFileSync(path.join(EXTENSION_DIR, 'content-scripts/annotator.js'))).length;

function matcherMemoryBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = unpackMatcher(structuredClone(packed));
  // Its tables are split on first use: measure them as a page that names someone has them.
  if (!kept.names.length || !kept.targets.length || !kept.surnameLines.length) throw new Error('empty matcher');
  gc();
  const after = process.memoryUsage().heapUsed;
  return after - before;
}

const workDir = mkdtempSync(path.join(tmpdir(), 'bevan-bench-'));
writeFileSync(path.join(workDir, 'generated-5mb.html'), generateArticle(5 * 1024 * 1024));
const savedPages = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];
if (!savedPages.length) console.log('../shared/pages is absent: only the generated article is measured.');
const chosen = values.pages ? savedPages.slice(0, Number(values.pages)) : savedPages;
if (chosen.length && !chosen.includes('guardian-1.html') && savedPages.includes('guardian-1.html'))
  chosen.push('guardian-1.html');

const pagesServer = existsSync(PAGES_DIR) ? await serveDirectory(PAGES_DIR, () => STRICT_CSP) : null;
const generatedServer = await serveDirectory(workDir, () => STRICT_CSP);
const browser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort: pagesServer?.port ?? generatedServer.port });
const tab = await browser.context.newPage();
await prepareTab(tab);

interface Row {
  page: string;
  kb: number;
  bevanMs: number;
  annotatingMs: number;
  longestSliceMs: number;
  mentions: number;
  bareWalkMs: number;
  coldWalkMs: number;
  markFullMs: number;
}
const rows: Row[] = [];
// Mark.js is slow by design: measure it on the largest page and a spread of others.
const markPages = new Set(['guardian-1.html', ...chosen.filter((_, index) => index % 26 === 0)]);
for (const page of chosen) {
  const bevan: BevanTiming[] = [];
  for (let run = 0; run < RUNS; run++) bevan.push(await measureBevan(tab, `http://${NEWS_HOST}/${page}`));
  const baselines = await measureBaselines(tab, `http://127.0.0.1:${pagesServer!.port}/${page}`, markPages.has(page));
  rows.push({
    page,
    kb: statSync(path.join(PAGES_DIR, page)).size / 1024,
    bevanMs: median(bevan.map((timing) => timing.totalMs)),
    annotatingMs: median(bevan.map((timing) => timing.annotatingMs)),
    longestSliceMs: median(bevan.map((timing) => timing.longestSliceMs)),
    mentions: bevan[0].mentions,
    bareWalkMs: baselines.bareWalkMs,
    coldWalkMs: baselines.coldWalkMs,
    markFullMs: baselines.markFullMs,
  });
}
await browser.close();

// The 5 MB article, in a browser whose news host points at the generated page.
const longBrowser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort: generatedServer.port });
const longTab = await longBrowser.context.newPage();
await prepareTab(longTab);
const long = await measureBevan(longTab, `http://${NEWS_HOST}/generated-5mb.html`);
const longBaselines = await measureBaselines(
  longTab,
  `http://127.0.0.1:${generatedServer.port}/generated-5mb.html`,
  false,
  // Only the page's own long tasks are counted here.
  false,
);
// Any change to the 5 MB page makes the browser lay it out again: one word wrapped by hand, without Bevan.
await longTab.goto(`http://127.0.0.1:${generatedServer.port}/generated-5mb.html`, { waitUntil: 'load' });
const oneWrapLayoutMs = await longTab.evaluate(() => {
  void document.body.offsetHeight;
  const paragraphs = document.querySelectorAll('p');
  const text = paragraphs[paragraphs.length >> 1].firstChild as Text;
  text.splitText(10);
  const wrapper = document.createElement('span');
  text.replaceWith(wrapper);
  wrapper.append(text);
  const start = performance.now();
  void document.body.offsetHeight;
  return performance.now() - start;
});
await longBrowser.close();
await pagesServer?.close();
await generatedServer.close();

// Cards on the demo article: from the end of the hover-intent delay to the card's facts on screen.
const cardSite = await openDemoSite();
const cardTab = await cardSite.browser.context.newPage();
await cardTab.goto(cardSite.url('demo-article.html'));
await cardTab.locator('bevan-mention').first().waitFor({ timeout: 20_000 });
const cardTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const text of ['Caroline Lucas', 'NHS Reinstatement Bill', 'Jeremy Hunt']) {
    await cardTab.mouse.move(0, 0);
    await cardTab.keyboard.press('Escape');
    await cardTab.waitForTimeout(400);
    const before = await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').length);
    await cardTab.locator('bevan-mention', { hasText: text }).first().hover();
    await cardTab.waitForFunction((count) => performance.getEntriesByName('bevan:card').length > count, before);
    cardTimes.push(await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').at(-1)!.duration));
  }
}
await cardSite.close();

console.log('\nPer page (Bevan: median of runs; times are script time on the main thread)');
console.log(
  'page                                   KB   Bevan   slice  found   bare walk   ×walk   cold walk   ×cold   mark.js (all names)   ×Bevan',
);
for (const row of rows) {
  const mark = Number.isNaN(row.markFullMs)
    ? ''
    : `${ms(row.markFullMs).padStart(12)}          ${(row.markFullMs / row.bevanMs).toFixed(0).padStart(6)}×`;
  console.log(
    `${row.page.padEnd(34)} ${row.kb.toFixed(0).padStart(6)} ${row.bevanMs.toFixed(1).padStart(7)} ${row.longestSliceMs.toFixed(1).padStart(7)} ${String(row.mentions).padStart(6)} ${row.bareWalkMs.toFixed(1).padStart(10)} ${(row.bevanMs / Math.max(row.bareWalkMs, 0.1)).toFixed(1).padStart(7)} ${row.coldWalkMs.toFixed(1).padStart(10)} ${(row.bevanMs / Math.max(row.coldWalkMs, 0.1)).toFixed(1).padStart(7)}   ${mark}`,
  );
}

const guardian = rows.find((row) => row.page === 'guardian-1.html');
const nothingFound = rows.filter((row) => row.mentions === 0);
const marked = rows.filter((row) => !Number.isNaN(row.markFullMs));
const summary = [
  ['pages measured', String(rows.length)],
  ['Bevan, median page', rows.length ? ms(median(rows.map((row) => row.bevanMs))) : 'n/a'],
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
  ['guardian-1.html (1.1 MB)', guardian ? `${ms(guardian.bevanMs)} (target ≤ 20 ms)` : 'absent'],
  [
    'pages with nothing to annotate, median',
    nothingFound.length ? ms(median(nothingFound.map((row) => row.bevanMs))) : 'n/a',
  ],
  ['longest slice on any saved page', rows.length ? ms(Math.max(...rows.map((row) => row.longestSliceMs))) : 'n/a'],
  [
    '5 MB article',
    `${ms(long.totalMs)} in slices; longest slice ${ms(long.longestSliceMs)}; bare walk ${ms(longBaselines.bareWalkMs)}; ${long.mentions} mentions`,
  ],
  // Parsing and laying out 5 MB is itself a run of long tasks: the same page without Bevan shows the page's own share.
  ['5 MB article, long tasks with Bevan', describeLongTasks(long.longTasks)],
  ['5 MB article, long tasks without Bevan', describeLongTasks(longBaselines.longTasks)],
  ['5 MB article, one word wrapped by hand', `the browser's layout then takes ${ms(oneWrapLayoutMs)}`],
  [
    'card after the hover intent, median (first)',
    `${ms(median(cardTimes))} (${ms(cardTimes[0])}), worst ${ms(Math.max(...cardTimes))} (target ≤ 50 ms)`,
  ],
  ['content script, gzipped', `${(sizeOfScript / 1024).toFixed(1)} KB (target ≤ 40 KB)`],
  ['matcher in memory', `${(matcherMemoryBytes() / 1024).toFixed(0)} KB for ${names.length} names`],
];
console.log('\nSummary');
for (const [label, value] of summary) console.log(`  ${label.padEnd(44)} ${value}`);
