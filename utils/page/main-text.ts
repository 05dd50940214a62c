/**
 * Where a page's main text is: the article a reader came for, not its navigation, sidebars, other stories' teasers
 * or comments. A surname alone names an MP only there (utils/page/annotate.ts): a sidebar's "Harper's Bazaar" or a
 * teaser's "Fox called Arizona" is no one the article named.
 *
 * Found as Readability finds it, on any markup (`<article>` or not): each paragraph of prose scores its container
 * (and half as much the container's container) by its length and commas, less the share of it that is links; the
 * best-scoring container is the main text, with those of its siblings that score nearly as well (an article split
 * into several boxes). Paragraphs inside navigation, asides and footers are not prose, and a container whose class
 * or id says sidebar, related, comments and the like scores less.
 */

/** Paragraphs shorter than this (characters) are captions, buttons and bylines, not prose. */
const SHORTEST_PARAGRAPH = 25;
/** Paragraphs read at most: enough for any article, bounded on huge pages. */
const MOST_PARAGRAPHS = 3000;
/** A sibling of the best container that scores this share of it is part of the main text too. */
const SIBLING_SHARE = 0.25;

/** Boxes that are no article's main text, by tag or role, wherever they are. */
const NOT_MAIN = 'nav,aside,footer,[role=navigation],[role=complementary]';
/** Words in a container's own class or id that make it less likely to be the main text. */
const UNLIKELY = /sidebar|related|promo|teaser|recommend|popular|trending|most-?read|comment|footer|menu|newsletter|advert|share|social|outbrain|taboola/i; // prettier-ignore

const COMMAS = /[,，、]/g;
/** Elements whose text is no reader's. */
const NOT_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * Characters of paragraphs scored at most: an article begins well within them. On a 5 MB page, scoring all its 3,000
 * paragraphs' text took 30 to 40 ms in one step of reading.
 */
const MOST_CHARACTERS_SCORED = 200_000;

/**
 * The elements holding the page's main text (usually one), or null when the page has no prose to go by. Found from
 * the paragraphs in the first `most` characters of them.
 */
export function mainTextOf(root: ParentNode & Node, most = MOST_CHARACTERS_SCORED): Element[] | null {
  const scores = new Map<Element, number>();
  let left = most;
  for (const [paragraph, parent] of paragraphsOf(root)) {
    if (left <= 0) break;
    const text = paragraph.textContent ?? '';
    left -= text.length;
    const length = text.trim().length;
    if (length < SHORTEST_PARAGRAPH || paragraph.closest(NOT_MAIN)) continue;
    let linked = 0;
    for (const link of paragraph.querySelectorAll('a')) linked += link.textContent?.length ?? 0;
    const score =
      (1 + (text.match(COMMAS)?.length ?? 0) + Math.min(3, length / 100)) * (1 - Math.min(1, linked / length));
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  for (const [element, score] of scores) {
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    if (UNLIKELY.test(names)) scores.set(element, score * 0.2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return null;
  const parent = best.parentElement;
  if (!parent) return [best];
  const main: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === best || (scores.get(sibling) ?? 0) >= bestScore * SIBLING_SHARE) main.push(sibling);
  }
  return main;
}

/** Characters of the main text read for rules that search it: any article's, bounded on a huge page. */
const MAIN_TEXT_SAMPLE = 200_000;

/**
 * The main text's elements' text, each as `textContent` joins it, up to `MAIN_TEXT_SAMPLE` characters in all: any
 * article fits, and a 5 MB page's main text is not made one string of megabytes in a single step of reading.
 */
export function mainTextSample(main: readonly Element[], most = MAIN_TEXT_SAMPLE): string[] {
  const texts: string[] = [];
  let left = most;
  for (const element of main) {
    if (left <= 0) break;
    const walker = (element.ownerDocument ?? document).createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode() as Text | null; node && left > 0; node = walker.nextNode() as Text | null) {
      parts.push(node.data);
      left -= node.data.length;
    }
    texts.push(parts.join(''));
  }
  return texts;
}

/** Whether a node is in the main text (everywhere is, on a page without one). */
export function inMainText(main: readonly Element[] | null, node: Node): boolean {
  return !main || main.some((element) => element.contains(node));
}

/**
 * The paragraphs of prose, each with the container it scores: `<p>` elements and their parents, or on a page with
 * few of them, the elements that hold text directly (a `<div>` of text with `<br>`s), each its own container. Read
 * lazily, as far as the scoring reads.
 */
function* paragraphsOf(root: ParentNode & Node): Generator<[Element, Element | null]> {
  // The page's live lists, read only as far as scoring goes: finding all of a 5 MB page's paragraphs first (one
  // `querySelectorAll`) took about 8 ms.
  let paragraphs = 0;
  for (const tag of PARAGRAPH_TAGS) {
    const list = (root as Element).getElementsByTagName(tag);
    for (let index = 0; paragraphs < MOST_PARAGRAPHS; index++) {
      const paragraph = list.item(index);
      if (!paragraph) break;
      paragraphs++;
      yield [paragraph, paragraph.parentElement];
    }
  }
  if (paragraphs >= 3) return;
  const holders = new Set<Element>();
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && holders.size < MOST_PARAGRAPHS; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || (node as Text).data.trim().length < SHORTEST_PARAGRAPH || NOT_TEXT.test(parent.tagName)) continue;
    // Text in an inline element belongs to the block around it.
    const block = parent.closest('div, td, li, section, article, main, body') ?? parent;
    if (holders.has(block)) continue;
    holders.add(block);
    yield [block, block];
  }
}

/** The elements of paragraphs of prose. */
const PARAGRAPH_TAGS = ['p', 'pre', 'blockquote'];
