/**
 * `npm run bench`: Bevan's cost on real pages, measured in real Chromium
 * beside baselines taken in the same run, on the same pages:
 * - Bevan: the built extension's content script (setup + annotation slices,
 *   as it publishes them in performance measures), and its longest slice;
 * - the build of an earlier commit (`--baseline`, by default the last one that wrapped mentions in elements), loaded
 *   alternately with this one in a second browser: the machine's noise then falls on both alike;
 * - the floor: a bare TreeWalker over the page's text nodes, warm in the page's own world, and cold in a new
 *   script world (the way a content script first meets a page);
 * - mark.js given the same names (it walks the page once per name, so it runs
 *   against a time budget and its full time is extrapolated from its rate);
 * - a generated 5 MB article, loaded alternately with and without Bevan: its long tasks (over 50 ms), the frames of a
 *   scripted scroll, and the time Bevan spends on each pointer move (read from Chromium's own trace);
 * - the card's opening time, the content script's gzipped size and the matcher's memory.
 * Pages come from ../shared/pages (skipped with a note when absent). History and findings: scripts/BENCHMARKS.md.
 *
 * Options: --pages N (how many saved pages, default all), --mark-budget MS (per page, default 2000), --runs N (page
 * loads per page and build, default 3), --long-runs N (loads of the 5 MB article with and without Bevan, default 4),
 * --baseline REF (the commit to compare with, default b59a6db; `none` to skip).
 */
import { build } from 'esbuild';
import { execFileSync, execSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packMatcher } from '../utils/matching/pack';
import { unpackMatcher } from '../utils/matching/find';
import { buildMatcherSpec } from '../utils/matching/matcher-spec';
import { hoverMention, listMentions, waitForReading } from '../tests/e2e/helpers/mentions';
import { CHROMIUM_PATH, EXTENSION_DIR, launchBevan, type BevanBrowser } from './chromium';
import { openDemoSite } from './demo-site';
import { serveDirectory } from './serve';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    'mark-budget': { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    'long-runs': { type: 'string', default: '4' },
    baseline: { type: 'string', default: 'b59a6db' },
  },
});
const MARK_BUDGET_MS = Number(values['mark-budget']);
const RUNS = Number(values.runs);
const LONG_RUNS = Number(values['long-runs']);
const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES_DIR = path.resolve(ROOT, '../shared/pages');
const NEWS_HOST = 'bevan-bench.inews.co.uk';
const STRICT_CSP = { 'content-security-policy': "script-src 'none'" };
const CONTENT_SCRIPT = 'content-scripts/annotator.js';
/** How long a scripted scroll of the 5 MB article lasts, and how far it moves each frame. */
const SCROLL_MS = 3000;
const SCROLL_STEP_PX = 20;
/** After Bevan has drawn (or the page alone has loaded), long tasks are watched this much longer. */
const SETTLE_MS = 2000;

/** tsx keeps function names with a `__name` helper that pages do not have; functions sent to a page call it. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target;';

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const percentile = (numbers: number[], p: number) =>
  [...numbers].sort((a, b) => a - b)[Math.min(numbers.length - 1, Math.floor((numbers.length * p) / 100))];
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (numbers: number[]) => `median ${ms(median(numbers))}, p95 ${ms(percentile(numbers, 95))}`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

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

/**
 * The earlier commit's extension, built once into a temporary directory (kept between runs) from `git archive`, with
 * this checkout's node_modules: the A/B baseline for the saved pages.
 */
function baselineBuild(ref: string): { dir: string; commit: string } | null {
  if (ref === 'none') return null;
  const commit = execFileSync('git', ['rev-parse', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(tmpdir(), `bevan-bench-build-${commit.slice(0, 12)}`);
  const output = path.join(dir, '.output/chrome-mv3');
  if (!existsSync(path.join(output, 'manifest.json'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  }
  try {
    execFileSync('git', ['diff', '--quiet', commit, 'HEAD', '--', 'package-lock.json'], { cwd: ROOT });
  } catch {
    console.log(`note: package-lock.json differs since ${ref}; its build uses this checkout's node_modules.`);
  }
  return { dir: output, commit };
}

/** As scripts/chromium.ts launches Bevan, with another build of the extension. */
async function launchBuild(
  extensionDir: string,
  serverPort: number,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'bevan-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: 'light',
    locale: 'en-GB',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=MAP ${NEWS_HOST} 127.0.0.1:${serverPort}`,
    ],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
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

const readLongTasks = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { bevanLongTasks: number[] }).bevanLongTasks ?? []);

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
  pointing(points: [number, number][]): {
    caret: number[];
    element: number[];
    caretAndBoxes: number[];
    boxes: number[];
  };
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

// Chromium's trace: where a long task's time goes, and Bevan's own calls, measured by the browser itself.
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

async function traced<T>(tab: Page, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await tab.context().newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    return { result: await work(), events };
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}

/** The page's main thread: of the renderers' main threads, the one that ran longest. */
function pageThread(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf),
  );
  const busy = new Map<string, number>();
  for (const event of events)
    if (event.name === 'RunTask' && mains.has(threadOf(event)))
      busy.set(threadOf(event), (busy.get(threadOf(event)) ?? 0) + (event.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((event) => threadOf(event) === main && event.ph === 'X').sort((a, b) => a.ts - b.ts);
}
const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;
const isBevans = (event: TraceEvent) =>
  event.name === 'FunctionCall' && !!event.args?.data?.url?.endsWith(CONTENT_SCRIPT);
const within = (outer: TraceEvent, inner: TraceEvent) =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/** CPU time (ms) of the events of each name within `span`, nested ones of the same name counted once. */
function cpuByName(thread: TraceEvent[], span: TraceEvent, parts: string[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const part of parts) {
    let end = -1;
    for (const event of thread) {
      const named = part === 'Bevan' ? isBevans(event) : event.name === part;
      if (!named || event === span || !within(span, event) || event.ts < end) continue;
      end = event.ts + (event.dur ?? 0);
      totals[part] = (totals[part] ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000;
    }
  }
  return totals;
}

const TASK_PARTS = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Bevan', 'MajorGC', 'MinorGC'];

/** The tasks over 50 ms on the page's thread. */
const tracedLongTasks = (events: TraceEvent[]) =>
  pageThread(events).filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000);

/**
 * How many tasks ran over 50 ms, and how many of them used over 50 ms of CPU: on a busy machine a task's time
 * includes waits for a core, which its CPU time does not.
 */
function countTracedTasks(events: TraceEvent[]): string {
  const tasks = tracedLongTasks(events);
  return `${tasks.length} (${tasks.filter((task) => (task.tdur ?? 0) > 50_000).length} over 50 ms of CPU)`;
}

/** The tasks over 50 ms on the page's thread, with their CPU time and what it went on. */
function describeTracedTasks(events: TraceEvent[]): string[] {
  const thread = pageThread(events);
  return tracedLongTasks(events).map((task) => {
    const parts = Object.entries(cpuByName(thread, task, TASK_PARTS))
      .filter(([, cpu]) => cpu >= 1)
      .map(([name, cpu]) => `${name} ${cpu.toFixed(0)}`)
      .join(', ');
    return `${ms((task.dur ?? 0) / 1000)} (CPU ${ms((task.tdur ?? 0) / 1000)}: ${parts})`;
  });
}

/**
 * Frames that repainted the whole page: a PrePaint of 5 ms or more of CPU. On the 5 MB article a change to any
 * highlight costs one (Chromium invalidates the whole page's paint for it), so their number is what drawing costs.
 */
function wholePageRepaints(events: TraceEvent[], after: number): number[] {
  const thread = pageThread(events);
  return thread
    .filter((event) => event.name === 'PrePaint' && event.ts > after && (event.tdur ?? 0) >= 5000)
    .map((event) => (event.tdur ?? 0) / 1000);
}

/** A scripted scroll: `scrollBy` in each animation frame, and the time between frames from their timestamps. */
async function scrollFrames(tab: Page): Promise<number[]> {
  // The reader's pointer rests on the article, as when scrolling with a wheel: Bevan then hit-tests as it scrolls.
  await tab.mouse.move(600, 450);
  return tab.evaluate(
    ([duration, step]) =>
      new Promise<number[]>((resolve) => {
        window.scrollTo(0, 0);
        const gaps: number[] = [];
        let first = 0;
        let last = 0;
        const frame = (now: number) => {
          if (last) gaps.push(now - last);
          else first = now;
          last = now;
          if (now - first >= duration) return resolve(gaps);
          window.scrollBy(0, step);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [SCROLL_MS, SCROLL_STEP_PX] as const,
  );
}

const twoFrames = (tab: Page) =>
  tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Waits until every mention Bevan found is drawn (highlights are drawn over the frames after reading). */
async function waitForDrawing(tab: Page, bevan: BevanBrowser): Promise<number> {
  const found = (await listMentions(bevan, tab)).length;
  await tab.waitForFunction(
    (count) => {
      const highlights = [...(CSS.highlights as unknown as Map<string, Highlight>).entries()];
      return highlights.filter(([name]) => name !== 'bevan-focus').reduce((n, [, h]) => n + h.size, 0) >= count;
    },
    found,
    { timeout: 60_000 },
  );
  return found;
}

/** What a hit test may spend its time on, inside Bevan's call. */
const POINTER_PARTS = ['HitTest', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'MajorGC', 'MinorGC'];

interface PointerCosts {
  /** Bevan's script per pointer move: its pointermove listener and its hit test in the next frame (wall, CPU). */
  bevanMs: number[];
  bevanCpuMs: number[];
  /** The browser's own hit tests for the same move (to find the event's target and hover), Bevan's left out. */
  browserMs: number[];
  moves: number;
  /** What Bevan's calls in the slowest tenth of moves went on (CPU ms, summed). */
  slowest: string;
  /** In the page, without Bevan's code: the parts of its hit test, timed one call at a time. */
  probe: { caret: number[]; element: number[]; caretAndBoxes: number[]; boxes: number[] };
}

/**
 * Pointer moves over the 5 MB article, dispatched by the DevTools protocol as a mouse would, at five depths of the
 * page: half over mentions, half anywhere. Bevan's share is read from Chromium's trace: its content script's calls
 * in the window after each move.
 */
async function measurePointer(tab: Page, bevan: BevanBrowser): Promise<PointerCosts> {
  const cdp = await tab.context().newCDPSession(tab);
  const points: [number, number][][] = [];
  const { events } = await traced(tab, async () => {
    for (const depth of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      await tab.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), depth);
      await twoFrames(tab);
      const onScreen = (await listMentions(bevan, tab)).filter(
        (mention) => mention.rect.y > 0 && mention.rect.y + mention.rect.height < 900,
      );
      const here: [number, number][] = [];
      for (let index = 0; index < 20; index++) {
        const mention = onScreen[index % Math.max(onScreen.length, 1)];
        here.push(
          index % 2 === 0 && mention
            ? [mention.rect.x + mention.rect.width / 2, mention.rect.y + mention.rect.height / 2]
            : [40 + ((index * 211) % 1100), 20 + ((index * 137) % 860)],
        );
      }
      for (const [x, y] of here) {
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
        await twoFrames(tab);
      }
      points.push(here);
    }
  });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 0, y: 0 });
  await cdp.detach();
  const thread = pageThread(events);
  const moves = thread.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'pointermove');
  const bevanCalls = thread.filter(isBevans);
  const hitTests = thread.filter(
    (event) => event.name === 'HitTest' && !bevanCalls.some((call) => within(call, event)),
  );
  const costs: PointerCosts = {
    bevanMs: [],
    bevanCpuMs: [],
    browserMs: [],
    moves: moves.length,
    slowest: '',
    probe: null!,
  };
  const callsByMove: TraceEvent[][] = [];
  moves.forEach((move, index) => {
    // Up to the next move, and not past 100 ms: the scroll to the next depth comes later than that.
    const end = Math.min(moves[index + 1]?.ts ?? Infinity, move.ts + 100_000);
    const inWindow = (event: TraceEvent) => event.ts >= move.ts && event.ts < end;
    const calls = bevanCalls.filter(inWindow);
    callsByMove.push(calls);
    costs.bevanMs.push(sum(calls.map((call) => call.dur ?? 0)) / 1000);
    costs.bevanCpuMs.push(sum(calls.map((call) => call.tdur ?? call.dur ?? 0)) / 1000);
    costs.browserMs.push(sum(hitTests.filter(inWindow).map((event) => event.dur ?? 0)) / 1000);
  });
  const slowCalls = callsByMove
    .map((calls, index) => ({ calls, ms: costs.bevanMs[index] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.ceil(moves.length / 10))
    .flatMap(({ calls }) => calls);
  const slowParts: Record<string, number> = {};
  for (const call of slowCalls)
    for (const [part, cpu] of Object.entries(cpuByName(thread, call, POINTER_PARTS)))
      slowParts[part] = (slowParts[part] ?? 0) + cpu;
  const slowCpu = sum(slowCalls.map((call) => call.tdur ?? call.dur ?? 0)) / 1000;
  const inside = Object.entries(slowParts).map(([part, cpu]) => `${part} ${ms(cpu)}`);
  costs.slowest = `${ms(sum(slowCalls.map((call) => call.dur ?? 0)) / 1000)} in ${slowCalls.length} calls (CPU ${ms(slowCpu)}), of which traced inside them: ${inside.join(', ') || 'nothing'}`;
  // The same points again, without tracing, timed in the page: what each part of a hit test costs on this page.
  await tab.evaluate(probeCode);
  const probes = [];
  for (const [index, depth] of [0.1, 0.3, 0.5, 0.7, 0.9].entries()) {
    await tab.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), depth);
    await twoFrames(tab);
    probes.push(
      await tab.evaluate(
        (here) => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.pointing(here),
        points[index],
      ),
    );
  }
  costs.probe = {
    caret: probes.flatMap((probe) => probe.caret),
    element: probes.flatMap((probe) => probe.element),
    caretAndBoxes: probes.flatMap((probe) => probe.caretAndBoxes),
    boxes: probes.flatMap((probe) => probe.boxes),
  };
  return costs;
}

const sizeOfScript = (dir: string) => gzipSync(readFileSync(path.join(dir, CONTENT_SCRIPT))).length;

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

const baseline = baselineBuild(values.baseline!);
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

interface Row {
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
const rows: Row[] = [];
if (chosen.length) {
  const browser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort: pagesServer!.port });
  const tab = await browser.context.newPage();
  await prepareTab(tab);
  const oldBrowser = baseline ? await launchBuild(baseline.dir, pagesServer!.port) : null;
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
    const baselines = await measureBaselines(tab, `http://127.0.0.1:${pagesServer!.port}/${page}`, markPages.has(page));
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
}

// The 5 MB article, in a browser whose news host points at the generated page; the page alone is the same file
// from 127.0.0.1, where Bevan does not run. Loaded alternately, the page alone first.
interface LongLoad {
  longTasks: number[];
  scrollGaps: number[];
  scriptMs: number;
  longestSliceMs: number;
  mentions: number;
}
const longBrowser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort: generatedServer.port });
const longTab = await longBrowser.context.newPage();
await prepareTab(longTab);
const aloneUrl = `http://127.0.0.1:${generatedServer.port}/generated-5mb.html`;
const bevanUrl = `http://${NEWS_HOST}/generated-5mb.html`;

async function loadLong(withBevan: boolean): Promise<LongLoad> {
  await longTab.goto(withBevan ? bevanUrl : aloneUrl, { waitUntil: 'load' });
  let mentions = 0;
  if (withBevan) {
    await waitForReading(longTab, 60_000);
    mentions = await waitForDrawing(longTab, longBrowser);
  }
  await longTab.waitForTimeout(SETTLE_MS);
  const longTasks = await readLongTasks(longTab);
  const timing = await longTab.evaluate(() => ({
    scriptMs: performance.getEntriesByName('bevan:script')[0]?.duration ?? NaN,
    longestSliceMs: performance.getEntriesByName('bevan:longest-slice')[0]?.duration ?? NaN,
  }));
  const scrollGaps = await scrollFrames(longTab);
  return { longTasks, scrollGaps, mentions, ...timing };
}

const alone: LongLoad[] = [];
const withBevan: LongLoad[] = [];
for (let run = 0; run < LONG_RUNS; run++) {
  alone.push(await loadLong(false));
  withBevan.push(await loadLong(true));
}
// One traced load of each: what the long tasks are made of, and how many frames repainted the whole page.
const tracedAlone = await traced(longTab, () => loadLong(false));
const tracedBevan = await traced(longTab, () => loadLong(true));
const firstBevanCall = pageThread(tracedBevan.events).find(isBevans)?.ts ?? 0;
const aloneLoadEnd = pageThread(tracedAlone.events).find((event) => event.name === 'ParseHTML')?.ts ?? 0;
const bevanScriptCpuMs =
  sum(
    pageThread(tracedBevan.events)
      .filter(isBevans)
      .map((call) => call.tdur ?? call.dur ?? 0),
  ) / 1000;
// Hit-testing, on the last page loaded (with Bevan, drawn).
const pointer = await measurePointer(longTab, longBrowser);
await longBrowser.close();
await pagesServer?.close();
await generatedServer.close();

// Cards on the demo article: from the end of the hover-intent delay to the card's facts on screen.
const cardSite = await openDemoSite();
const cardTab = await cardSite.browser.context.newPage();
await cardTab.goto(cardSite.url('demo-article.html'));
await waitForReading(cardTab);
const cardTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const text of ['Caroline Lucas', 'NHS Reinstatement Bill', 'Jeremy Hunt']) {
    await cardTab.mouse.move(0, 0);
    await cardTab.keyboard.press('Escape');
    await cardTab.waitForTimeout(400);
    const before = await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').length);
    await hoverMention(cardSite.browser, cardTab, text);
    await cardTab.waitForFunction((count) => performance.getEntriesByName('bevan:card').length > count, before);
    cardTimes.push(await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').at(-1)!.duration));
  }
}
await cardSite.close();

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

const describeLoads = (loads: LongLoad[]) => {
  const counts = loads.map((load) => load.longTasks.length);
  const longest = loads.map((load) => (load.longTasks.length ? Math.max(...load.longTasks) : 0));
  return {
    counts,
    longest,
    text: `long tasks per load ${counts.join(', ')} (median ${median(counts)}); longest ${longest.map((value) => value.toFixed(0)).join(', ')} ms (median ${ms(median(longest))})`,
  };
};
const aloneTasks = describeLoads(alone);
const bevanTasks = describeLoads(withBevan);
const scrollOf = (loads: LongLoad[]) => {
  const gaps = loads.flatMap((load) => load.scrollGaps);
  return {
    p95: percentile(gaps, 95),
    text: `p95 ${ms(percentile(gaps, 95))}, median ${ms(median(gaps))}, ${gaps.filter((gap) => gap > 20).length} of ${gaps.length} frames over 20 ms`,
  };
};
const scrollAlone = scrollOf(alone);
const scrollBevan = scrollOf(withBevan);
const aloneRepaints = wholePageRepaints(tracedAlone.events, aloneLoadEnd);
const bevanRepaints = wholePageRepaints(tracedBevan.events, firstBevanCall);
const describeRepaints = (cpu: number[]) =>
  cpu.length ? `${cpu.length}, CPU ${ms(Math.min(...cpu))} to ${ms(Math.max(...cpu))}, ${ms(sum(cpu))} in all` : 'none';

const guardian = rows.find((row) => row.page === 'guardian-1.html');
const nothingFound = rows.filter((row) => row.mentions === 0);
const marked = rows.filter((row) => !Number.isNaN(row.markFullMs));
const medianPage = rows.length ? median(rows.map((row) => row.bevanMs)) : NaN;
const oldMedianPage = rows.length && baseline ? median(rows.map((row) => row.oldMs)) : NaN;
const pointerP95 = percentile(pointer.bevanMs, 95);
const pointerCpuP95 = percentile(pointer.bevanCpuMs, 95);
const size = sizeOfScript(EXTENSION_DIR);
const summary = [
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
  [
    '5 MB article, Bevan',
    `${ms(median(withBevan.map((load) => load.scriptMs)))} in slices (median); longest slice ${ms(median(withBevan.map((load) => load.longestSliceMs)))}; ${withBevan[0].mentions} mentions; in the traced load all its calls (drawing included) took ${ms(bevanScriptCpuMs)} of CPU`,
  ],
  ['5 MB article, page alone', aloneTasks.text],
  ['5 MB article, with Bevan', bevanTasks.text],
  [
    '5 MB article, target',
    `no more long tasks (${median(bevanTasks.counts)} against ${median(aloneTasks.counts)}): ${met(median(bevanTasks.counts) <= median(aloneTasks.counts))}; longest within 10 ms of the page alone's (${ms(median(bevanTasks.longest))} against ${ms(median(aloneTasks.longest))}): ${met(median(bevanTasks.longest) <= median(aloneTasks.longest) + 10)}`,
  ],
  [
    '5 MB article, traced loads, tasks over 50 ms',
    `page alone ${countTracedTasks(tracedAlone.events)}; with Bevan ${countTracedTasks(tracedBevan.events)}`,
  ],
  ['5 MB article, traced load alone', describeTracedTasks(tracedAlone.events).join('; ') || 'no task over 50 ms'],
  ['5 MB article, traced load with Bevan', describeTracedTasks(tracedBevan.events).join('; ') || 'no task over 50 ms'],
  [
    '5 MB article, whole-page repaints',
    `with Bevan, from its start: ${describeRepaints(bevanRepaints)}; the page alone after parsing: ${describeRepaints(aloneRepaints)}`,
  ],
  [
    '5 MB article, scroll frames',
    `page alone ${scrollAlone.text}; with Bevan ${scrollBevan.text}; ratio of p95 ${(scrollBevan.p95 / scrollAlone.p95).toFixed(2)}× (target ≤ 1.10×: ${met(scrollBevan.p95 <= scrollAlone.p95 * 1.1)})`,
  ],
  [
    '5 MB article, Bevan per pointer move',
    `p95 ${ms(pointerP95)} (CPU ${ms(pointerCpuP95)}), median ${ms(median(pointer.bevanMs))}, over ${pointer.bevanMs.length} moves (target p95 ≤ 0.5 ms: ${met(pointerP95 <= 0.5)})`,
  ],
  [
    '5 MB article, the browser per move',
    `its own hit tests p95 ${ms(percentile(pointer.browserMs, 95))}, median ${ms(median(pointer.browserMs))}; in the page, one call each: caretPositionFromPoint ${spread(pointer.probe.caret)}; elementFromPoint ${spread(pointer.probe.element)}; caret + a range's boxes ${spread(pointer.probe.caretAndBoxes)}; a range's boxes alone ${spread(pointer.probe.boxes)}`,
  ],
  ["5 MB article, Bevan's slowest tenth of moves", pointer.slowest],
  [
    'card after the hover intent, median (first)',
    `${ms(median(cardTimes))} (${ms(cardTimes[0])}), worst ${ms(Math.max(...cardTimes))} (target ≤ 50 ms)`,
  ],
  [
    'content script, gzipped',
    `${(size / 1024).toFixed(1)} KB (target ≤ 15 KB: ${met(size <= 15 * 1024)})${baseline ? `; the build of ${baseline.commit.slice(0, 7)}: ${(sizeOfScript(baseline.dir) / 1024).toFixed(1)} KB` : ''}`,
  ],
  ['matcher in memory', `${(matcherMemoryBytes() / 1024).toFixed(0)} KB for ${names.length} names`],
];
console.log('\nSummary');
for (const [label, value] of summary) console.log(`  ${label.padEnd(44)} ${value}`);
