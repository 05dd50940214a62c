/**
 * Runs the built extension's annotator over labelled cases in Chromium, each
 * case a page on a news host (so that the content script runs as on the real
 * site), and reads what it found with the tab message `listMentions`. The
 * pages are written at run time into a temporary folder from the cases' text:
 * no corpus text is kept in the repository.
 *
 * `npm run accuracy` (this file, run directly) scores the real corpus in
 * ../shared/corpus and the project's own corpus, prints both side by side
 * with issue 20's targets, and lists every miss and extra with its context.
 * tests/e2e/real-corpus-accuracy.test.ts runs the same measure in `npm test`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { listMentions, waitForReading } from '../tests/e2e/helpers/mentions';
import { formatProblems, formatTable, scoreCorpus, type CorpusScore } from './accuracy-score';
import {
  loadOwnCorpus,
  loadRealCorpus,
  pageHtml,
  type CaseFindings,
  type FoundMention,
  type LabelledCase,
} from './accuracy-corpus';
import { launchBevan, type BevanBrowser } from './chromium';
import { serveDirectory } from './serve';
import { MENTIONS_PER_ENTITY } from '../utils/sites/mention-cap';

/** A subdomain of a default news site (inews.co.uk) that does not exist there. */
export const ACCURACY_HOST = 'bevan-accuracy.inews.co.uk';

/** Bevan's bills (id and short title), from the bundled dataset. */
export function bundledBills(): { id: string; shortTitle: string }[] {
  const file = path.resolve(import.meta.dirname, '../public/data/dataset.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { bills: { id: string; shortTitle: string }[] }).bills;
}

export interface Measure {
  /** Null when ../shared/corpus is absent. */
  real: CorpusScore | null;
  own: CorpusScore;
}

/**
 * The most mentions of one entity Bevan underlines is set to its maximum, so that what is measured is what Bevan
 * recognises, not the reader's cap (five by default), through the options page as a reader sets it.
 */
async function raiseMentionCap(browser: BevanBrowser) {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  const field = options.getByLabel(/Underline at most this many mentions/);
  await field.waitFor();
  await field.fill(String(MENTIONS_PER_ENTITY.max));
  const annotations = options.getByRole('region', { name: 'Annotations' });
  await annotations.getByRole('button', { name: 'Save' }).click();
  await annotations.getByText(/Saved/).waitFor();
  await options.close();
}

/** Where each highlight Bevan drew is in the body's text, by kind, in page order. */
function drawnPlaces(page: Page) {
  return page.evaluate(() => {
    const body = document.body;
    const places: Record<string, { start: number; end: number; text: string }[]> = {};
    const before = document.createRange();
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Highlight>) {
      if (!/^bevan-(mp|bill|dispute)$/.test(name)) continue;
      places[name.slice('bevan-'.length)] = [...(highlight as unknown as Set<Range>)]
        .map((range) => {
          before.setStart(body, 0);
          before.setEnd(range.startContainer, range.startOffset);
          const start = before.toString().length;
          const text = range.toString();
          return { start, end: start + text.length, text };
        })
        .sort((a, b) => a.start - b.start);
    }
    return { bodyText: body.textContent ?? '', places };
  });
}

/** What Bevan found on one page: its listed mentions, each placed by the highlight drawn for it. */
async function readFindings(browser: BevanBrowser, page: Page): Promise<CaseFindings> {
  const listed = await listMentions(browser, page);
  const count = (kind: string) => listed.filter((mention) => mention.kind === kind).length;
  // Highlights are drawn a batch a frame after the mentions are found: wait until every listed one is drawn.
  let drawn = await drawnPlaces(page);
  for (let tries = 0; ['mp', 'bill', 'dispute'].some((kind) => (drawn.places[kind]?.length ?? 0) !== count(kind));) {
    if (++tries > 100) throw new Error(`${page.url()}: the highlights drawn never matched the mentions listed`);
    await page.waitForTimeout(50);
    drawn = await drawnPlaces(page);
  }
  const next: Record<string, number> = { mp: 0, bill: 0, dispute: 0 };
  const mentions: FoundMention[] = listed.map((mention) => {
    const place = drawn.places[mention.kind][next[mention.kind]++];
    if (place.text !== mention.text) {
      throw new Error(`${page.url()}: listed "${mention.text}" but drew "${place.text}" in its place`);
    }
    return {
      kind: mention.kind,
      id: mention.id,
      text: mention.text,
      context: mention.context,
      start: place.start,
      end: place.end,
    };
  });
  return { bodyText: drawn.bodyText, mentions };
}

/** Runs Bevan (built in .output/) over the cases in one browser, and returns what it found on each, by case name. */
export async function readCases(corpora: Record<string, readonly LabelledCase[]>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bevan-accuracy-'));
  const server = await serveDirectory(dir);
  const browser = await launchBevan({ mapHosts: [ACCURACY_HOST], serverPort: server.port, offline: true });
  const findings: Record<string, Map<string, CaseFindings>> = {};
  try {
    await raiseMentionCap(browser);
    const page = await browser.context.newPage();
    for (const [corpus, cases] of Object.entries(corpora)) {
      findings[corpus] = new Map();
      for (const labelled of cases) {
        const file = `${corpus}-${labelled.name}.html`;
        writeFileSync(path.join(dir, file), pageHtml(labelled));
        await page.goto(`http://${ACCURACY_HOST}/${file}`);
        // The first page waits for a new install to load its dataset.
        await waitForReading(page, 30_000);
        findings[corpus].set(labelled.name, await readFindings(browser, page));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return findings;
}

/** Both corpora read and scored. */
export async function measureAccuracy(): Promise<Measure> {
  const real = loadRealCorpus(bundledBills());
  const own = loadOwnCorpus();
  const findings = await readCases(real ? { real, own } : { own });
  return {
    real: real ? scoreCorpus(real, findings.real) : null,
    own: scoreCorpus(own, findings.own),
  };
}

/** The whole report: the table, then every miss and extra. */
export function formatMeasure({ real, own }: Measure): string {
  return [
    `Bevan's accuracy, read in Chromium on ${ACCURACY_HOST} (P precision, R recall; right/found/labelled):`,
    formatTable(real, own),
    '',
    real
      ? formatProblems(`Real corpus (../shared/corpus, ${real.cases} cases)`, real)
      : 'Real corpus: ../shared/corpus is absent, so only the project’s own corpus was measured.',
    formatProblems(`Own corpus (tests/fixtures/corpus, ${own.cases} cases)`, own),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatMeasure(await measureAccuracy()));
}
