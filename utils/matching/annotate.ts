/**
 * Finds mentions in a page and wraps them in inline `<bevan-mention>`
 * elements. Text is read per block (a paragraph, a list item, a heading), not
 * per text node, so that a name split across inline elements
 * (`<a>Wes</a> Streeting`) is still found; each piece of a split mention gets
 * its own wrapper, carrying the same entity.
 *
 * The page's text is never changed: wrappers only surround existing text
 * nodes. Wrapped text is skipped on later runs, so annotating twice changes
 * nothing.
 */
import { findMatches, resolveEntity, type CompiledMatcher, type ResolvedEntity } from './compile';

export const MENTION_TAG = 'bevan-mention';

/** Never looked into: code, forms, editable text, graphics, and Bevan's own UI. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  MENTION_TAG.toUpperCase(),
  'BEVAN-CARD',
]);

/** Elements that end a run of text: names never span them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
  'HTML',
]);

export interface AnnotateOptions {
  matcher: CompiledMatcher;
  articleDate: string;
  /** Whether MP names may be annotated at all (the page is about UK politics). */
  allowPeople: boolean;
  /** Most wrapped mentions per entity on one page; later ones are left plain. */
  maxPerEntity: number;
  /** Mentions already wrapped on this page, per entity key; updated in place. */
  counts?: Map<string, number>;
}

export interface Mention {
  entity: ResolvedEntity;
  text: string;
  elements: HTMLElement[];
}

function isSkipped(element: Element): boolean {
  return (
    SKIPPED.has(element.tagName.toUpperCase()) ||
    (element as HTMLElement).isContentEditable === true ||
    element.getAttribute('contenteditable') === 'true'
  );
}

/** Text nodes under `root`, in document order, grouped into runs that belong to one block. */
export function collectTextRuns(root: Node): Text[][] {
  const runs: Text[][] = [];
  let current: Text[] = [];
  const flush = () => {
    if (current.length) runs.push(current);
    current = [];
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).data.length) current.push(child as Text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const block = BLOCKS.has(element.tagName.toUpperCase());
        if (block) flush();
        if (!isSkipped(element)) visit(element);
        else if (!block) flush();
        if (block) flush();
      }
    }
  };
  visit(root);
  flush();
  return runs;
}

/**
 * Annotates everything under `root`. Returns the mentions it wrapped this
 * time (not those wrapped before).
 */
export function annotatePage(root: Node, options: AnnotateOptions): Mention[] {
  const counts = options.counts ?? new Map<string, number>();
  const mentions: Mention[] = [];
  const document = root.ownerDocument ?? (root as Document);
  for (const run of collectTextRuns(root)) {
    const text = run.map((node) => node.data).join('');
    const matches = findMatches(options.matcher, text).filter(
      (match) => options.allowPeople || match.entity.kind !== 'mp',
    );
    if (!matches.length) continue;
    // Offsets of each node's text within the run's text.
    const starts: number[] = [];
    let offset = 0;
    for (const node of run) {
      starts.push(offset);
      offset += node.data.length;
    }
    // Right to left, so that splitting nodes never moves a match still to come.
    for (const match of [...matches].reverse()) {
      const entity = resolveEntity(match.entity, options.articleDate);
      const key = `${entity.kind}:${entity.id}`;
      const seen = counts.get(key) ?? 0;
      if (seen >= options.maxPerEntity) continue;
      counts.set(key, seen + 1);
      const elements: HTMLElement[] = [];
      for (let index = run.length - 1; index >= 0; index--) {
        const nodeStart = starts[index];
        const nodeEnd = nodeStart + run[index].data.length;
        if (nodeEnd <= match.start || nodeStart >= match.end) continue;
        const from = Math.max(match.start, nodeStart) - nodeStart;
        const to = Math.min(match.end, nodeEnd) - nodeStart;
        elements.unshift(wrapRange(document, run[index], from, to, entity));
      }
      mentions.unshift({ entity, text: match.text, elements });
    }
  }
  return mentions;
}

/** Wraps characters [from, to) of a text node; the node keeps the text before, new nodes hold the rest. */
function wrapRange(document: Document, node: Text, from: number, to: number, entity: ResolvedEntity): HTMLElement {
  const middle = from > 0 ? node.splitText(from) : node;
  if (to - from < middle.data.length) middle.splitText(to - from);
  const wrapper = document.createElement(MENTION_TAG);
  wrapper.setAttribute('data-entity-kind', entity.kind);
  wrapper.setAttribute('data-entity-id', entity.id);
  if (entity.ambiguous) wrapper.setAttribute('data-ambiguous', 'true');
  middle.parentNode!.insertBefore(wrapper, middle);
  wrapper.appendChild(middle);
  return wrapper;
}
