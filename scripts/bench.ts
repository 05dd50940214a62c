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
 * - the card's opening time, the background's memory after 200 cards, the content script's gzipped size and the
 *   matcher's memory.
 * Pages come from ../shared/pages (skipped with a note when absent). History and findings: scripts/BENCHMARKS.md.
 * This file runs the measures in order and prints them; each measure is a module of scripts/bench/.
 *
 * Options: --pages N (how many saved pages, default all), --mark-budget MS (per page, default 2000), --runs N (page
 * loads per page and build, default 3), --long-runs N (loads of the 5 MB article with and without Bevan, default 4),
 * --baseline REF (the commit to compare with, default b59a6db; `none` to skip).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backgroundMemorySummary, measureBackgroundMemory } from './bench/background-memory';
import { baselineBuild } from './bench/baseline';
import { cardSummary, measureCards } from './bench/cards';
import { longArticleSummary, measureLongArticle, writeLongArticle } from './bench/long-article';
import { BASELINE_REF, PAGES, PAGES_DIR, STRICT_CSP } from './bench/options';
import { pointerSummary } from './bench/pointer';
import { choosePages, measureSavedPages, printPageTable, savedPagesSummary } from './bench/saved-pages';
import { sizeAndMemorySummary } from './bench/size-memory';
import type { SummaryRow } from './bench/stats';
import { serveDirectory } from './serve';

const baseline = baselineBuild(BASELINE_REF);
const workDir = mkdtempSync(path.join(tmpdir(), 'bevan-bench-'));
writeLongArticle(workDir);
const chosen = choosePages(PAGES);

const pagesServer = existsSync(PAGES_DIR) ? await serveDirectory(PAGES_DIR, () => STRICT_CSP) : null;
const generatedServer = await serveDirectory(workDir, () => STRICT_CSP);

const rows = chosen.length ? await measureSavedPages(chosen, pagesServer!.port, baseline) : [];
const longArticle = await measureLongArticle(generatedServer.port);
await pagesServer?.close();
await generatedServer.close();
const cardTimes = await measureCards();
const backgroundMemory = await measureBackgroundMemory();

printPageTable(rows);
const summary: SummaryRow[] = [
  ...savedPagesSummary(rows, baseline),
  ...longArticleSummary(longArticle),
  ...pointerSummary(longArticle.pointer),
  cardSummary(cardTimes),
  backgroundMemorySummary(backgroundMemory),
  ...sizeAndMemorySummary(baseline),
];
console.log('\nSummary');
for (const [label, value] of summary) console.log(`  ${label.padEnd(44)} ${value}`);
