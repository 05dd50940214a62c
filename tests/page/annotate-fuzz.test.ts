/**
 * The annotator on pages nobody wrote for it: random text and random DOM
 * (nested inline elements, blocks, code and form fields, editable regions,
 * entities, right-to-left text, emoji, lone surrogate halves, odd white
 * space), with real MP, bill and dispute names from the bundled dataset mixed
 * in and split across elements. Whatever the page, annotating never throws,
 * never changes the page at all, finds mentions only where it may, and a
 * second pass finds nothing more.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotatePage, annotateRun } from '@/utils/page/annotate';
import { createPageState, type AnnotateOptions, type Mention } from '@/utils/page/page-state';
import { compileMatcher } from '@/utils/matching/compile';
import type { CompiledMatcher } from '@/utils/matching/packed-format';
import { NEEDS_MATCHER, pageText, runsAtCues } from '@/utils/page/cued-reading';
import { buildMatcherSpec, type MatcherSpec } from '@/utils/matching/matcher-spec';
import { createPageAnnotator } from '@/utils/page/page-annotator';
import { loadedMatcher, matcherAtHand } from '@/utils/page/page-reader';
import { bundledDataset } from '../helpers/dataset';
import { mayName } from '../helpers/first-look';

/** A page as plain data, built into DOM for each run (fast-check can then print and shrink it). */
type PageNode =
  | { text: string }
  | { html: string }
  | { tag: string; namespace?: 'svg'; attributes: [string, string][]; children: PageNode[] };

const INLINE_TAGS = ['a', 'b', 'i', 'em', 'strong', 'span', 'small', 'mark', 'abbr', 'q', 'cite', 'time', 'sup', 'bdi', 'bdo', 'u', 'font']; // prettier-ignore
const BLOCK_TAGS = ['p', 'div', 'li', 'h2', 'blockquote', 'section', 'td', 'figcaption', 'br', 'hr'];
/** Never annotated inside: the annotator's own list, as the issue names it. */
const SKIPPED_TAGS = ['script', 'style', 'noscript', 'textarea', 'select', 'option', 'button', 'code', 'pre', 'kbd', 'template', 'iframe', 'svg', 'math']; // prettier-ignore
const NEVER_INSIDE = [...SKIPPED_TAGS, 'input', 'samp', 'canvas', 'object', 'bevan-card'].join(', ');

const ATTRIBUTES: [string, string][] = [
  ['dir', 'rtl'],
  ['dir', 'ltr'],
  ['lang', 'cy'],
  ['contenteditable', 'true'],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['hidden', ''],
  ['class', 'article-body'],
  ['data-entity-kind', 'mp'],
];

/** Characters and entities that have broken text-walking code before. */
const TRICKY_TEXT = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '😀', '👩🏽‍⚕️', '🇬🇧', 'e\u0301', '\u0000', '\u00AD', '\u00A0',
  '\u200B', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\uFFFD', '\t', '\n', '\r\n',
  '\u2028', '\u3000', 'مجلس العموم', 'שלום', 'Ysbyty Gwynedd', '’', '‘', "'", '"', '“', '”', '—', '…', '#', '&', '<',
  '>', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'MP', 'the', 'The', 'May', 'Hunt', 'Green', 'Brown', 'Long', 'in May',
  'the 2012 Act', 'Act', 'Bill', 'doctors', 'junior', 'strike', 'Corbynmania', 'Jeremy Hunter', 'John McIndoe',
  'Sir George Gipps', 'Health and Social Care', 'Wes Streetingham',
]; // prettier-ignore
const ENTITIES = [
  '&amp;', '&nbsp;', '&#8217;', '&rsquo;', '&lsquo;', '&lt;b&gt;', '&#x1F600;', '&#xD800;', '&#0;', '&shy;', '&zwj;',
  '&rlm;', '&unknown;', '&amp', 'Jeremy&nbsp;Hunt', 'Caroline&#32;Lucas', 'Wes&shy;Streeting', 'Hunt&#8217;s',
  'junior&nbsp;doctors&rsquo; strike', 'NHS&#x20;Reinstatement Bill',
]; // prettier-ignore
const SPACES = [' ', '  ', '\n', '\t', '\u00A0', '\u2009', '\u202F', '', ', ', '. ', '; ', ' (', ') ', ' — '];

let matcher: CompiledMatcher;
let names: string[] = [];

beforeAll(() => {
  const dataset = bundledDataset();
  const spec: MatcherSpec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
  matcher = compileMatcher(spec, '2016-03-14');
  names = [
    ...spec.people.flatMap((person) => person.names),
    ...spec.bills.flatMap((bill) => bill.names),
    "junior doctors' strike",
    'Resident doctors’ pay dispute',
    'strikes by junior doctors',
    '#NotFairNotSafe',
  ];
});

/** A real name as pages write it: possessive, curly apostrophe, shouted, titled, or just the surname. */
const nameText = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('', "'s", '’s', 's', ',', '.', 'mania'),
    fc.constantFrom('', 'Mr ', 'Ms ', 'Sir ', 'Dr ', 'the ', 'The '),
    fc.constantFrom<'as-is' | 'upper' | 'lower' | 'surname'>('as-is', 'as-is', 'as-is', 'upper', 'lower', 'surname'),
  )
  .map(([index, suffix, title, form]) => {
    const name = names[index % names.length];
    const shaped =
      form === 'upper'
        ? name.toUpperCase()
        : form === 'lower'
          ? name.toLowerCase()
          : form === 'surname'
            ? name.split(' ').at(-1)!
            : name;
    return title + shaped + suffix;
  });

const word = fc.oneof(
  { arbitrary: nameText, weight: 4 },
  { arbitrary: fc.constantFrom(...TRICKY_TEXT), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }), weight: 1 },
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SPACES)), { maxLength: 6 })
  .map((parts) => parts.map(([part, space]) => part + space).join(''));

/** A name cut in two across inline elements, as in `<a>Wes</a> Streeting`. */
const splitName: fc.Arbitrary<PageNode> = fc
  .tuple(nameText, fc.nat(), fc.constantFrom(...INLINE_TAGS))
  .map(([name, cut, tag]) => {
    const at = 1 + (cut % Math.max(1, name.length - 1));
    return {
      tag: 'span',
      attributes: [],
      children: [{ tag, attributes: [], children: [{ text: name.slice(0, at) }] }, { text: name.slice(at) }],
    };
  });

const attributes = fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 2 });

const { page } = fc.letrec<{ page: PageNode[]; node: PageNode }>((tie) => ({
  page: fc.array(tie('node'), { maxLength: 6 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text.map((value): PageNode => ({ text: value })), weight: 6 },
    { arbitrary: fc.constantFrom(...ENTITIES).map((html): PageNode => ({ html })), weight: 1 },
    { arbitrary: splitName, weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...INLINE_TAGS, ...BLOCK_TAGS), attributes, tie('page'))
        .map(([tag, attrs, children]): PageNode => ({ tag, attributes: attrs, children })),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...SKIPPED_TAGS), tie('page'))
        .map(([tag, children]): PageNode => ({ tag, attributes: [], children })),
      weight: 1,
    },
    {
      arbitrary: tie('page').map((children): PageNode => ({ tag: 'text', namespace: 'svg', attributes: [], children })),
      weight: 1,
    },
    // A long script or style, full of names, as pages keep below their body: the first look leaves its text out.
    {
      arbitrary: fc.tuple(fc.constantFrom(...SKIPPED_TAGS), text).map(([tag, value]): PageNode => ({
        tag,
        attributes: [],
        children: [{ text: value.padEnd(2500, value || 'Hunt ') }],
      })),
      weight: 1,
    },
  ),
})) as { page: fc.Arbitrary<PageNode[]> };

/** Built outside the document, so that the test DOM does not try to load frames. */
function build(nodes: PageNode[]): HTMLElement {
  const root = document.createElement('article');
  const append = (parent: Element, node: PageNode) => {
    if ('text' in node) parent.appendChild(document.createTextNode(node.text));
    else if ('html' in node) {
      // Entities reach the page through the HTML parser.
      const holder = document.createElement('span');
      holder.innerHTML = node.html;
      parent.append(...holder.childNodes);
    } else {
      const element =
        node.namespace === 'svg'
          ? document.createElementNS('http://www.w3.org/2000/svg', 'svg')
          : document.createElement(node.tag);
      for (const [name, value] of node.attributes) element.setAttribute(name, value);
      for (const child of node.children) append(element, child);
      parent.appendChild(element);
    }
  };
  for (const node of nodes) append(root, node);
  return root;
}

const settings = fc.record({ allowPeople: fc.boolean(), maxPerEntity: fc.integer({ min: 1, max: 5 }) });

/** Where each mention lies in the root's text, with its entity: what two readings of one page must agree on. */
function spans(root: HTMLElement, mentions: readonly Mention[]): string[] {
  const starts = new Map<Node, number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let at = 0, node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.set(node, at);
    at += (node as Text).length;
  }
  return mentions.map(({ range, entity }) => {
    const start = starts.get(range.startContainer)! + range.startOffset;
    return `${start}+${range.toString().length} ${entity.kind}:${entity.id}`;
  });
}

describe('the annotator on random pages: one reading', () => {
  it('never throws, never changes the page, and finds mentions only where it may', () => {
    fc.assert(
      fc.property(page, settings, (nodes, { allowPeople, maxPerEntity }) => {
        const root = build(nodes);
        const html = root.innerHTML;
        const mentions = annotatePage(root, { matcher, allowPeople, maxPerEntity });

        expect(root.innerHTML).toBe(html);
        for (const { range, text, nodes: covered, entity } of mentions) {
          // Each mention covers the page's own text, as it was found, from text node to text node.
          expect(range.toString()).toBe(text);
          expect(text).not.toBe('');
          expect(range.startContainer.nodeType).toBe(Node.TEXT_NODE);
          expect(range.endContainer.nodeType).toBe(Node.TEXT_NODE);
          if (entity.kind === 'mp') expect(entity.id).toMatch(/^\d+(,\d+)*$/);
          else if (entity.kind === 'bill') expect(entity.id).toMatch(/^[a-z0-9-]+$/);
          else expect([entity.kind, entity.id]).toEqual(['dispute', 'junior-doctors-dispute']);
          if (!allowPeople) expect(entity.kind).not.toBe('mp');
          // Never inside code, form fields, graphics or editable text.
          for (const node of covered) {
            expect(node.parentElement?.closest(NEVER_INSIDE)).toBeNull();
            expect(node.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')).toBeNull();
          }
        }
        const perEntity = new Map<string, number>();
        for (const { entity } of mentions) {
          const key = `${entity.kind}:${entity.id}`;
          perEntity.set(key, (perEntity.get(key) ?? 0) + 1);
        }
        for (const count of perEntity.values()) expect(count).toBeLessThanOrEqual(maxPerEntity);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: a second pass finds nothing more, and a fresh reading finds just the same', () => {
    fc.assert(
      fc.property(page, settings, (nodes, { allowPeople }) => {
        const root = build(nodes);
        // No cap here, so that a fresh pass has no room the first one did not.
        const options: AnnotateOptions = { matcher, allowPeople, maxPerEntity: 1000 };
        const state = createPageState();
        const first = annotatePage(root, options, state);
        const once = root.innerHTML;
        expect(annotatePage(root, options, state)).toEqual([]);
        expect(spans(root, annotatePage(root, options))).toEqual(spans(root, first));
        expect(root.innerHTML).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never passes over a page after its first look when the page names something', () => {
    fc.assert(
      // Where people are not annotated (a page not about UK politics), the first look looks for bills alone.
      fc.property(page, fc.boolean(), (nodes, allowPeople) => {
        const root = build(nodes);
        // The first look reads the page's text, where blocks meet with no space ("BBC" + "Jeremy Hunt").
        if (mayName(matcher, pageText(root), allowPeople)) return;
        expect(annotatePage(root, { matcher, allowPeople, maxPerEntity: 1000 })).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the annotator on random pages: reading in pieces', () => {
  it('finds all that reading every block finds, reading only around the places a mention may begin', () => {
    fc.assert(
      fc.property(page, settings, fc.integer({ min: 1, max: 40 }), fc.nat(4), (nodes, options, step, dense) => {
        const all = build(nodes);
        const everyBlock = spans(all, annotatePage(all, { matcher, ...options }));

        const cued = build(nodes);
        const state = createPageState();
        const loaded = loadedMatcher(matcher);
        // Any step, and a switch to reading block by block after a few runs, or none.
        const reading = {
          cues: matcher.cues,
          matcher: () => loaded,
          allowPeople: () => options.allowPeople,
          state,
          stepCharacters: step,
          denseAfterRuns: dense ? dense : Infinity,
        };
        // Each run's mentions are found as soon as it is read.
        const found: Mention[] = [];
        for (const run of runsAtCues(cued, pageText(cued), reading)) {
          if (run && run !== NEEDS_MATCHER) found.push(...annotateRun(run, { matcher, ...options }, state));
        }
        expect(spans(cued, found)).toEqual(everyBlock);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same whether the work is done at once or cut into slices', async () => {
    await fc.assert(
      fc.asyncProperty(page, settings, fc.integer({ min: 1, max: 12 }), async (nodes, options, msPerRead) => {
        const all = build(nodes);
        const atOnce = spans(all, annotatePage(all, { matcher, ...options }));

        const sliced = build(nodes);
        let time = 0;
        let pending: (() => void) | null = null;
        const annotator = createPageAnnotator({
          matcher: matcherAtHand(matcher),
          ...options,
          // A clock that jumps with each read: slices end after a block or two, wherever that falls.
          now: () => (time += msPerRead),
          schedule: (work) => (pending = work),
        });
        let finished = false;
        void annotator.annotate(sliced).then(() => (finished = true));
        // Bounded, so that an annotator that stops making progress fails here rather than hanging the run. Between
        // slices, the matcher (asked for when the first look finds something) may arrive.
        for (let slices = 0; slices < 10_000; slices++) {
          if (!pending) await new Promise((resolve) => setTimeout(resolve, 0));
          if (!pending) break;
          const work: () => void = pending;
          pending = null;
          work();
        }
        expect(finished).toBe(true);
        expect(spans(sliced, annotator.state.found.inPageOrder())).toEqual(atOnce);
      }),
      { numRuns: 300 },
    );
  });
});
