/** The content script's gzipped size, and the matcher's memory once unpacked. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { unpackMatcher } from '../../utils/matching/find';
import { EXTENSION_DIR } from '../chromium';
import type { Baseline } from './baseline';
import { names, packed } from './names';
import { CONTENT_SCRIPT, PAGE_READER_SCRIPT } from './options';
import { met, type SummaryRow } from './stats';

const sizeOfScript = (dir: string, script = CONTENT_SCRIPT) => gzipSync(readFileSync(path.join(dir, script))).length;

/** The heap an unpacked matcher holds; NaN unless node runs with --expose-gc. */
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

export function sizeAndMemorySummary(baseline: Baseline | null): SummaryRow[] {
  const size = sizeOfScript(EXTENSION_DIR);
  return [
    [
      'content script, gzipped',
      `${(size / 1024).toFixed(1)} KB (target ≤ 15 KB: ${met(size <= 15 * 1024)})${baseline ? `; the build of ${baseline.commit.slice(0, 7)}: ${(sizeOfScript(baseline.dir) / 1024).toFixed(1)} KB` : ''}`,
    ],
    [
      'page reader, gzipped',
      `${(sizeOfScript(EXTENSION_DIR, PAGE_READER_SCRIPT) / 1024).toFixed(1)} KB, started only once the first look finds something (its loading counts in the script time)`,
    ],
    ['matcher in memory', `${(matcherMemoryBytes() / 1024).toFixed(0)} KB for ${names.length} names`],
  ];
}
