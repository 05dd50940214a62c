/**
 * The generated 5 MB article, in a browser whose news host points at it; the page alone is the same file from
 * 127.0.0.1, where Bevan does not run. Loaded alternately, the page alone first: long tasks, scrolling, repaints, and
 * (on the last load, drawn) hit-testing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { listMentions, waitForReading } from '../../tests/e2e/helpers/mentions';
import { launchBevan, type BevanBrowser } from '../chromium';
import { dataset } from './names';
import { LONG_RUNS, NEWS_HOST } from './options';
import { prepareTab, readLongTasks } from './page';
import { measurePointer, type PointerCosts } from './pointer';
import { scrollFrames, scrollOf } from './scroll';
import { median, met, ms, sum, type SummaryRow } from './stats';
import {
  countTracedTasks,
  describeTracedTasks,
  isBevans,
  pageThread,
  traced,
  wholePageRepaints,
  type TraceEvent,
} from './trace';

const ARTICLE = 'generated-5mb.html';
/** After Bevan has drawn (or the page alone has loaded), long tasks are watched this much longer. */
const SETTLE_MS = 2000;

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

/** Writes the 5 MB article into `dir`, to be served from there. */
export function writeLongArticle(dir: string) {
  writeFileSync(path.join(dir, ARTICLE), generateArticle(5 * 1024 * 1024));
}

/** Waits until every mention Bevan found is drawn (highlights are drawn over the frames after reading). */
async function waitForDrawing(tab: Page, bevan: BevanBrowser): Promise<number> {
  const found = (await listMentions(bevan, tab)).length;
  await tab.waitForFunction(
    (count) => {
      const highlights = [...(CSS.highlights as unknown as Map<string, Highlight>).entries()];
      return (
        highlights.filter(([name]) => !name.startsWith('bevan-focus')).reduce((n, [, h]) => n + h.size, 0) >= count
      );
    },
    found,
    { timeout: 60_000 },
  );
  return found;
}

interface LongLoad {
  longTasks: number[];
  scrollGaps: number[];
  scriptMs: number;
  longestSliceMs: number;
  mentions: number;
}

export interface LongArticle {
  alone: LongLoad[];
  withBevan: LongLoad[];
  tracedAlone: { result: LongLoad; events: TraceEvent[] };
  tracedBevan: { result: LongLoad; events: TraceEvent[] };
  pointer: PointerCosts;
}

/** The article served on `serverPort`: `LONG_RUNS` loads each way, one traced load each, then the pointer's costs. */
export async function measureLongArticle(serverPort: number): Promise<LongArticle> {
  const longBrowser = await launchBevan({ mapHosts: [NEWS_HOST], serverPort });
  const longTab = await longBrowser.context.newPage();
  await prepareTab(longTab);
  const aloneUrl = `http://127.0.0.1:${serverPort}/${ARTICLE}`;
  const bevanUrl = `http://${NEWS_HOST}/${ARTICLE}`;

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
  // Hit-testing, on the last page loaded (with Bevan, drawn).
  const pointer = await measurePointer(longTab, longBrowser);
  await longBrowser.close();
  return { alone, withBevan, tracedAlone, tracedBevan, pointer };
}

const describeLoads = (loads: LongLoad[]) => {
  const counts = loads.map((load) => load.longTasks.length);
  const longest = loads.map((load) => (load.longTasks.length ? Math.max(...load.longTasks) : 0));
  return {
    counts,
    longest,
    text: `long tasks per load ${counts.join(', ')} (median ${median(counts)}); longest ${longest.map((value) => value.toFixed(0)).join(', ')} ms (median ${ms(median(longest))})`,
  };
};

const describeRepaints = (cpu: number[]) =>
  cpu.length ? `${cpu.length}, CPU ${ms(Math.min(...cpu))} to ${ms(Math.max(...cpu))}, ${ms(sum(cpu))} in all` : 'none';

export function longArticleSummary({ alone, withBevan, tracedAlone, tracedBevan }: LongArticle): SummaryRow[] {
  const firstBevanCall = pageThread(tracedBevan.events).find(isBevans)?.ts ?? 0;
  const aloneLoadEnd = pageThread(tracedAlone.events).find((event) => event.name === 'ParseHTML')?.ts ?? 0;
  const bevanScriptCpuMs =
    sum(
      pageThread(tracedBevan.events)
        .filter(isBevans)
        .map((call) => call.tdur ?? call.dur ?? 0),
    ) / 1000;
  const aloneTasks = describeLoads(alone);
  const bevanTasks = describeLoads(withBevan);
  const scrollAlone = scrollOf(alone);
  const scrollBevan = scrollOf(withBevan);
  const aloneRepaints = wholePageRepaints(tracedAlone.events, aloneLoadEnd);
  const bevanRepaints = wholePageRepaints(tracedBevan.events, firstBevanCall);
  return [
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
    [
      '5 MB article, traced load with Bevan',
      describeTracedTasks(tracedBevan.events).join('; ') || 'no task over 50 ms',
    ],
    [
      '5 MB article, whole-page repaints',
      `with Bevan, from its start: ${describeRepaints(bevanRepaints)}; the page alone after parsing: ${describeRepaints(aloneRepaints)}`,
    ],
    [
      '5 MB article, scroll frames',
      `page alone ${scrollAlone.text}; with Bevan ${scrollBevan.text}; ratio of p95 ${(scrollBevan.p95 / scrollAlone.p95).toFixed(2)}× (target ≤ 1.10×: ${met(scrollBevan.p95 <= scrollAlone.p95 * 1.1)})`,
    ],
  ];
}
