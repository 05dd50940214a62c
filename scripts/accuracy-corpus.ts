/**
 * The labelled cases `npm run accuracy` reads: the real excerpts in ../shared/corpus (read at run time, never copied
 * into the repository) and the project's own corpus in tests/fixtures/corpus, each made a plain page for Bevan to
 * read, and what Bevan found on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REAL_CORPUS_DIR = path.resolve(import.meta.dirname, '../../shared/corpus/cases');
export const OWN_CORPUS_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/corpus');

export interface LabelledMp {
  /** An MNIS id; an ambiguous label (own corpus) gives several, comma-separated, as Bevan does. */
  id: string;
  name: string;
  /** The words the page uses for the MP, verbatim. */
  forms: string[];
}

export interface LabelledBill {
  /** Bevan's bill id, or null when Bevan's data has no such bill (then it is listed, not counted). */
  id: string | null;
  title: string;
  forms: string[];
}

export interface LabelledCase {
  name: string;
  source?: string;
  /** YYYY-MM-DD, or null when the page gives no date. */
  published: string | null;
  /** The page's body: markup written at run time from the case's text, never stored in the repository. */
  bodyHtml: string;
  title: string;
  mps: LabelledMp[];
  bills: LabelledBill[];
  dispute: boolean;
  disputeForms: string[];
  /** Names nothing: no MP, bill or dispute. */
  negative: boolean;
}

/** A mention as Bevan lists it, with where its words are in the body's text. */
export interface FoundMention {
  kind: 'mp' | 'bill' | 'dispute';
  id: string;
  text: string;
  context: string;
  start: number;
  end: number;
}

export interface CaseFindings {
  /** The body's text (`textContent`), in which `start` and `end` count. */
  bodyText: string;
  mentions: FoundMention[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/** A case's text as a plain page: its first line the headline, every other line a paragraph. */
export function textToBody(text: string): { bodyHtml: string; title: string } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [headline = '', ...paragraphs] = lines;
  // Line breaks between blocks keep their words apart in the body's text, as a browser's layout does.
  const bodyHtml = [`<h1>${escapeHtml(headline)}</h1>`, ...paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`)].join(
    '\n',
  );
  return { bodyHtml: `\n${bodyHtml}\n`, title: headline };
}

/** A whole page for a case: the date, when there is one, where news sites put it. */
export function pageHtml(labelled: Pick<LabelledCase, 'title' | 'published' | 'bodyHtml'>): string {
  const date = labelled.published
    ? `<meta property="article:published_time" content="${labelled.published}T00:00:00Z">`
    : '';
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(labelled.title)}</title>` +
    `${date}</head><body>${labelled.bodyHtml}</body></html>`
  );
}

interface RealLabel {
  source: string;
  published: string | null;
  mps: { mnis_id: number; name: string; surface_forms: string[] }[];
  bills: { key: string | null; title: string; surface_forms: string[] }[];
  dispute: boolean;
  dispute_surface_forms: string[];
}

/**
 * A bill title without "[HL]" or the labeller's note after it ("Care Bill [HL] 2013-14 (became the Care Act 2014)"),
 * to find a `key: null` bill in Bevan's data once it is there.
 */
const bareTitle = (title: string) =>
  title
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\[HL\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The real corpus (../shared/corpus/cases: NN.txt and NN.json), or null when it is absent. `bills` are Bevan's
 * bills (id and short title), so that a label without a key counts once Bevan's data has that bill.
 */
export function loadRealCorpus(
  bills: readonly { id: string; shortTitle: string }[],
  dir = REAL_CORPUS_DIR,
): LabelledCase[] | null {
  if (!existsSync(dir)) return null;
  const billByTitle = new Map(bills.map((bill) => [bareTitle(bill.shortTitle), bill.id]));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const label = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RealLabel;
      // The first line names the source and a blank line follows it: the page's text is the rest.
      const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8').replace(/^SOURCE:[^\n]*\n/, '');
      const known = new Set(bills.map((bill) => bill.id));
      return {
        name,
        source: label.source,
        published: label.published,
        ...textToBody(text),
        mps: label.mps.map((mp) => ({ id: String(mp.mnis_id), name: mp.name, forms: mp.surface_forms })),
        bills: label.bills.map((bill) => ({
          id: bill.key && known.has(bill.key) ? bill.key : (billByTitle.get(bareTitle(bill.title)) ?? null),
          title: bill.title,
          forms: bill.surface_forms,
        })),
        dispute: label.dispute,
        disputeForms: label.dispute_surface_forms,
        negative: !label.dispute && label.mps.length === 0 && label.bills.length === 0,
      };
    });
}

interface OwnSidecar {
  articleDate: string;
  expected: { text: string; kind: 'mp' | 'bill' | 'dispute'; id: string }[];
}

/** The project's own corpus (tests/fixtures/corpus: fragments and their sidecars), read the same way. */
export function loadOwnCorpus(dir = OWN_CORPUS_DIR): LabelledCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const sidecar = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as OwnSidecar;
      const grouped = (kind: 'mp' | 'bill') => {
        const byId = new Map<string, Set<string>>();
        for (const label of sidecar.expected.filter((label) => label.kind === kind)) {
          byId.set(label.id, (byId.get(label.id) ?? new Set()).add(label.text));
        }
        return [...byId].map(([id, forms]) => ({ id, forms: [...forms] }));
      };
      const dispute = sidecar.expected.filter((label) => label.kind === 'dispute');
      return {
        name,
        published: sidecar.articleDate,
        bodyHtml: readFileSync(path.join(dir, file), 'utf8'),
        title: name,
        mps: grouped('mp').map(({ id, forms }) => ({ id, name: forms[0], forms })),
        bills: grouped('bill').map(({ id, forms }) => ({ id, title: id, forms })),
        dispute: dispute.length > 0,
        disputeForms: [...new Set(dispute.map((label) => label.text))],
        negative: sidecar.expected.length === 0,
      };
    });
}
