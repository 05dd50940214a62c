/** The benchmark's options (see scripts/bench.ts) and the constants its measures share. */
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    'mark-budget': { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    'long-runs': { type: 'string', default: '4' },
    baseline: { type: 'string', default: 'b59a6db' },
  },
});
/** How many saved pages to measure; all when not given. */
export const PAGES = values.pages;
export const MARK_BUDGET_MS = Number(values['mark-budget']);
export const RUNS = Number(values.runs);
export const LONG_RUNS = Number(values['long-runs']);
export const BASELINE_REF = values.baseline!;

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PAGES_DIR = path.resolve(ROOT, '../shared/pages');
export const NEWS_HOST = 'bevan-bench.inews.co.uk';
export const STRICT_CSP = { 'content-security-policy': "script-src 'none'" };
export const CONTENT_SCRIPT = 'content-scripts/annotator.js';
/** The script started with the whole matcher (utils/page/reader-contract.ts). */
export const PAGE_READER_SCRIPT = 'page-reader.js';
