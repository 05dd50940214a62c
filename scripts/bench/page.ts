/** What every benchmark tab shares: its long-task record, waiting for frames, and the probe run inside pages. */
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './options';

/** tsx keeps function names with a `__name` helper that pages do not have; functions sent to a page call it. */
const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target;';

/** Every page load records its long tasks (over 50 ms) where the benchmark can read them. */
export async function prepareTab(tab: Page) {
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

export const readLongTasks = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { bevanLongTasks: number[] }).bevanLongTasks ?? []);

export const twoFrames = (tab: Page) =>
  tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const probeBundle = await build({
  entryPoints: [path.join(ROOT, 'scripts/bench-probe.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  alias: { '@': ROOT },
  logLevel: 'error',
});
/** scripts/bench-probe.ts, bundled to be evaluated in a page: it sets `globalThis.bevanProbe`. */
export const probeCode = probeBundle.outputFiles[0].text;

export interface Probe {
  bareWalk(): number;
  markJs(names: string[], budgetMs: number): { ms: number; names: number };
  pointing(points: [number, number][]): {
    caret: number[];
    element: number[];
    caretAndBoxes: number[];
    boxes: number[];
  };
}
