/**
 * Accuracy on a labelled corpus: realistic article fragments in
 * tests/fixtures/corpus/, each with a sidecar listing every mention Bevan
 * should annotate. The matcher is built from the bundled dataset exactly as
 * the background builds it, each fragment is annotated as the content script
 * would, and precision and recall are measured per kind across the corpus.
 *
 * Sidecar (`<slug>.json`):
 *   { "articleDate": "YYYY-MM-DD", "ukPolitics": boolean,
 *     "expected": [{ "text": "words on the page", "kind": "mp" | "bill" | "dispute", "id": "…" }] }
 * `expected` is in document order. Texts are compared with runs of white space
 * made one space (a name may be written "Jeremy&nbsp;Hunt" or across a line break).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISPUTE_ID } from '@/utils/data/schema';
import { annotatePage } from '@/utils/page/annotate';
import { hasUkPoliticalContext } from '@/utils/page/article';
import { compileMatcher } from '@/utils/matching/compile';
import { buildMatcherSpec } from '@/utils/matching/matcher-spec';
import { bundledDataset } from '../helpers/dataset';

const KINDS = ['mp', 'bill', 'dispute'] as const;
type Kind = (typeof KINDS)[number];

interface Label {
  text: string;
  kind: Kind;
  id: string;
}

interface Sidecar {
  articleDate: string;
  ukPolitics: boolean;
  expected: Label[];
}

interface Article {
  slug: string;
  html: string;
  sidecar: Sidecar;
}

/** A mention Bevan wrapped, with the words around it for the failure report. */
interface Found extends Label {
  context: string;
}

interface Outcome {
  political: boolean;
  textBefore: string;
  textAfter: string;
  found: Found[];
}

const corpusDir = path.resolve(import.meta.dirname, '../fixtures/corpus');

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a sidecar, failing loudly (with the file named) on any malformed field. */
function parseSidecar(file: string, raw: unknown): Sidecar {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!isRecord(raw)) return fail('not a JSON object');
  const { articleDate, ukPolitics, expected } = raw;
  if (typeof articleDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) {
    return fail('articleDate is not YYYY-MM-DD');
  }
  if (typeof ukPolitics !== 'boolean') return fail('ukPolitics is not a boolean');
  if (!Array.isArray(expected)) return fail('expected is not an array');
  const labels = expected.map((item: unknown, index): Label => {
    if (!isRecord(item)) return fail(`expected[${index}] is not an object`);
    const { text, kind, id } = item;
    if (typeof text !== 'string' || !text.trim()) return fail(`expected[${index}].text is empty`);
    if (!isKind(kind)) return fail(`expected[${index}].kind is not mp, bill or dispute`);
    if (typeof id !== 'string' || !id) return fail(`expected[${index}].id is not a non-empty string`);
    return { text, kind, id };
  });
  return { articleDate, ukPolitics, expected: labels };
}

function loadCorpus(): Article[] {
  const files = readdirSync(corpusDir);
  return files
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -'.html'.length);
      const sidecarFile = `${slug}.json`;
      if (!files.includes(sidecarFile)) throw new Error(`${file} has no sidecar ${sidecarFile}`);
      const raw: unknown = JSON.parse(readFileSync(path.join(corpusDir, sidecarFile), 'utf8'));
      return { slug, html: readFileSync(path.join(corpusDir, file), 'utf8'), sidecar: parseSidecar(sidecarFile, raw) };
    });
}

const squash = (text: string) => text.replace(/\s+/g, ' ');
const keyOf = (label: Label) => `${label.kind}\u0000${label.id}\u0000${squash(label.text)}`;
const show = (label: Label) => `${label.kind.padEnd(7)} ${label.id.padEnd(36)} "${squash(label.text)}"`;

/** Labels in `from` left over once each label in `take` has cancelled one equal label (multiset difference). */
function without<T extends Label>(from: readonly T[], take: readonly Label[]): T[] {
  const pool = new Map<string, number>();
  for (const label of take) pool.set(keyOf(label), (pool.get(keyOf(label)) ?? 0) + 1);
  return from.filter((label) => {
    const left = pool.get(keyOf(label)) ?? 0;
    if (left === 0) return true;
    pool.set(keyOf(label), left - 1);
    return false;
  });
}

/**
 * Pairs found mentions with labels in document order (a longest common
 * subsequence), so that a report names the right occurrence: what is left
 * unpaired is a miss or a false hit. Out-of-order finds also end up unpaired.
 */
function align<T extends Label>(expected: readonly Label[], found: readonly T[]): { misses: Label[]; falseHits: T[] } {
  const rows = expected.length;
  const cols = found.length;
  const table = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i][j] =
        keyOf(expected[i]) === keyOf(found[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const misses: Label[] = [];
  const falseHits: T[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && keyOf(expected[i]) === keyOf(found[j])) {
      i++;
      j++;
    } else if (j < cols && (i === rows || table[i][j + 1] >= table[i + 1][j])) {
      falseHits.push(found[j++]);
    } else {
      misses.push(expected[i++]);
    }
  }
  return { misses, falseHits };
}

/** "…words before [mention] words after…", from the block where the mention begins. */
function contextOf(range: Range, length: number): string {
  const first = range.startContainer;
  const block = first.parentElement?.closest('p, li, h1, h2, h3, h4, h5, h6, figcaption, td, th, blockquote, dd, dt');
  if (!block) return '';
  let offset = range.startOffset;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== first; node = walker.nextNode()) {
    offset += node.textContent?.length ?? 0;
  }
  const text = block.textContent ?? '';
  const before = squash(text.slice(Math.max(0, offset - 40), offset)).trimStart();
  const after = squash(text.slice(offset + length, offset + length + 40)).trimEnd();
  return `…${before}[${squash(text.slice(offset, offset + length))}]${after}…`;
}

const articles = loadCorpus();
const dataset = bundledDataset();
const personIds = new Set(dataset.people.map((person) => String(person.id)));
const billIds = new Set(dataset.bills.map((bill) => bill.id));
const outcomes = new Map<string, Outcome>();

beforeAll(() => {
  // Built exactly as the background builds the matcher it sends to content scripts, for each article's date.
  const spec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
  for (const article of articles) {
    const matcher = compileMatcher(spec, article.sidecar.articleDate);
    document.body.innerHTML = article.html;
    const textBefore = document.body.textContent ?? '';
    const political = hasUkPoliticalContext(textBefore);
    const mentions = annotatePage(document.body, {
      matcher,
      allowPeople: political,
      maxPerEntity: 1000,
    });
    outcomes.set(article.slug, {
      political,
      textBefore,
      textAfter: document.body.textContent ?? '',
      found: mentions.map(({ entity, text, range }) => ({
        text,
        kind: entity.kind,
        id: entity.id,
        context: contextOf(range, text.length),
      })),
    });
    document.body.innerHTML = '';
  }
});

function outcomeOf(slug: string): Outcome {
  const outcome = outcomes.get(slug);
  if (!outcome) throw new Error(`${slug} was not annotated`);
  return outcome;
}

describe('accuracy corpus', () => {
  it('has 14–18 articles, positives and negatives', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    expect(articles.length).toBeLessThanOrEqual(18);
    expect(articles.some((article) => article.sidecar.expected.length === 0)).toBe(true);
    for (const kind of KINDS) {
      expect(articles.some((article) => article.sidecar.expected.some((label) => label.kind === kind))).toBe(true);
    }
  });

  describe.each(articles.map((article) => [article.slug, article] as const))('%s', (_slug, article) => {
    it('has well-formed labels: known ids, texts on the page in document order', () => {
      const { expected, ukPolitics } = article.sidecar;
      document.body.innerHTML = article.html;
      const pageText = squash(document.body.textContent ?? '');
      document.body.innerHTML = '';
      let from = 0;
      for (const label of expected) {
        if (label.kind === 'mp') {
          for (const id of label.id.split(',')) expect(personIds, `MP id ${id}`).toContain(id);
          expect(ukPolitics, `MP "${label.text}" labelled on a page not about UK politics`).toBe(true);
        }
        if (label.kind === 'bill') expect(billIds, `bill id ${label.id}`).toContain(label.id);
        if (label.kind === 'dispute') expect(label.id).toBe(DISPUTE_ID);
        const at = pageText.indexOf(squash(label.text), from);
        expect(at, `"${label.text}" on the page after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + squash(label.text).length;
      }
    });

    it('is labelled ukPolitics as hasUkPoliticalContext judges it', () => {
      expect(outcomeOf(article.slug).political).toBe(article.sidecar.ukPolitics);
    });

    it('keeps the page text unchanged', () => {
      const { textBefore, textAfter } = outcomeOf(article.slug);
      expect(textAfter).toBe(textBefore);
    });
  });

  it('finds every labelled mention and nothing else: precision and recall 1 for each kind', () => {
    const totals = new Map<Kind, { expected: number; found: number; correct: number }>(
      KINDS.map((kind) => [kind, { expected: 0, found: 0, correct: 0 }]),
    );
    const problems: string[] = [];
    for (const article of articles) {
      const { expected } = article.sidecar;
      const { found } = outcomeOf(article.slug);
      // Precision and recall count matches as multisets; the listing pairs them in document order.
      const unfound = without(found, expected);
      for (const kind of KINDS) {
        const total = totals.get(kind)!;
        const ofKind = (labels: readonly Label[]) => labels.filter((label) => label.kind === kind).length;
        total.expected += ofKind(expected);
        total.found += ofKind(found);
        total.correct += ofKind(found) - ofKind(unfound);
      }
      const { misses, falseHits } = align(expected, found);
      for (const label of misses) {
        problems.push(`${article.slug.padEnd(48)} MISSED     ${show(label)}  (expected[${expected.indexOf(label)}])`);
      }
      for (const hit of falseHits) problems.push(`${article.slug.padEnd(48)} FALSE HIT  ${show(hit)}  ${hit.context}`);
    }

    const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
    const metrics = KINDS.map((kind) => {
      const { expected, found, correct } = totals.get(kind)!;
      return { kind, expected, found, correct, precision: ratio(correct, found), recall: ratio(correct, expected) };
    });
    const table = [
      'kind     expected  found  correct  precision  recall',
      ...metrics.map(
        (m) =>
          `${m.kind.padEnd(8)} ${String(m.expected).padStart(8)} ${String(m.found).padStart(6)} ` +
          `${String(m.correct).padStart(8)} ${m.precision.toFixed(3).padStart(10)} ${m.recall.toFixed(3).padStart(7)}`,
      ),
    ].join('\n');
    console.log(`Accuracy over ${articles.length} articles:\n${table}`);
    const report = problems.length ? `\n${table}\n\n${problems.join('\n')}\n` : table;

    expect(problems, report).toEqual([]);
    for (const m of metrics) {
      expect(m.precision, `${m.kind} precision\n${report}`).toBe(1);
      expect(m.recall, `${m.kind} recall\n${report}`).toBe(1);
    }
  });
});
