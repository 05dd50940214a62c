/**
 * Walks a page's text nodes in runs that belong to one block (a paragraph, a list item, a heading), never into code,
 * form fields, editable regions, graphics or Bevan's card: the text a mention may be found in. Names never span a
 * block, so a run is the unit of reading.
 */
/** Never looked into: code, forms, editable text, graphics, and Bevan's card. (Its mentions are read, not matched.) */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'TEMPLATE', 'HEAD', 'TITLE', 'BEVAN-CARD',
]); // prettier-ignore

/** Elements that end a run of text: names never span them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'HTML',
]); // prettier-ignore

/**
 * HTML documents report tag names in capitals; SVG and XHTML ones as written,
 * so names are looked up as given and, failing that, in capitals.
 */
function tagOf(element: Element): string {
  const tag = element.tagName;
  return SKIPPED.has(tag) || BLOCKS.has(tag) ? tag : tag.toUpperCase();
}

/** An editable region starts where `contenteditable` is set to anything but "false"; nothing inside it is touched. */
export function isSkipped(element: Element, tag = tagOf(element)): boolean {
  if (SKIPPED.has(tag)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The same elements as a selector, for whether a node is inside one (tag names in any case, as `tagOf` reads them). */
const SKIPPED_SELECTOR = [
  ...[...SKIPPED].map((tag) => tag.toLowerCase()),
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/** Whether a node is inside an element never looked into, its own root's ancestors included. */
export function insideSkipped(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(SKIPPED_SELECTOR));
}

/**
 * The block a node's text belongs to, where a change to it is read again: the node itself when it is a block, else
 * its nearest block ancestor (a name may run across the inline elements around the change).
 */
export function blockAround(node: Node): Node {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === 1 && BLOCKS.has(tagOf(at as Element))) return at;
    if (!at.parentNode || at.nodeType === 11) return at;
  }
  return node;
}

/** Whether `node` is inside an element never looked into below `root` (`insideSkipped` looks at the root's own). */
export function skippedBelow(node: Node, root: Node): boolean {
  for (let at = node.parentNode; at && at !== root; at = at.parentNode) {
    if (at.nodeType === 1 && isSkipped(at as Element)) return true;
  }
  return false;
}

/** Pushed after a block's children: meeting it ends the run, so text never joins across blocks. */
const END_OF_BLOCK = Symbol('end of block');

/** Children taken at a time: an element may have tens of thousands (a long article's paragraphs). */
const CHILDREN_AT_ONCE = 256;

/** The rest of a long list of children, from `next` on. */
class MoreChildren {
  constructor(
    readonly parent: Node,
    readonly next: Node,
  ) {}
}

/**
 * Text nodes under `root`, in document order, in runs that belong to one
 * block. Iterative (an explicit stack), so that very deep pages cannot
 * overflow the call stack, and lazy, so that the caller can pause between
 * runs. Wrapping a run's text only touches nodes already yielded.
 */
export function* textRuns(root: Node): Generator<Text[]> {
  // Content added inside code or an editor is no more Bevan's to touch than the element around it.
  if (insideSkipped(root)) return;
  let run: Text[] = [];
  const stack: (Node | MoreChildren | typeof END_OF_BLOCK)[] = [];
  const pushChildren = (parent: Node, first: Node | null) => {
    const children: Node[] = [];
    let child = first;
    for (; child && children.length < CHILDREN_AT_ONCE; child = child.nextSibling) children.push(child);
    if (child) stack.push(new MoreChildren(parent, child));
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  };
  pushChildren(root, root.firstChild);
  while (stack.length) {
    const item = stack.pop()!;
    if (item === END_OF_BLOCK) {
      if (run.length) yield run;
      run = [];
      continue;
    }
    if (item instanceof MoreChildren) {
      // Had the page moved the next child away meanwhile, its parent's children are read again from the first:
      // reading twice changes nothing.
      pushChildren(item.parent, item.next.parentNode === item.parent ? item.next : item.parent.firstChild);
      continue;
    }
    if (item.nodeType === 3) {
      if ((item as Text).data.length) run.push(item as Text);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = tagOf(item as Element);
    const block = BLOCKS.has(tag);
    const skipped = isSkipped(item as Element, tag);
    // A block, or a skipped element (code, a form field…), ends the run before it.
    if ((block || skipped) && run.length) {
      yield run;
      run = [];
    }
    if (skipped) continue;
    if (block) stack.push(END_OF_BLOCK);
    pushChildren(item, item.firstChild);
  }
  if (run.length) yield run;
}

/**
 * The run of text that `node` belongs to, as `textRuns(root)` would give it:
 * from the block or skipped element before it to the one after, inside its
 * nearest block. Found from the node outwards, so that a page can be read
 * only where its text may name something. `node` must not be inside a skipped
 * element (`insideSkipped`, `skippedBelow`).
 */
export function runAround(node: Text, root: Node): Text[] {
  let block: Node = root;
  for (let at = node.parentNode; at && at !== root; at = at.parentNode) {
    if (BLOCKS.has(tagOf(at as Element))) {
      block = at;
      break;
    }
  }
  const run = textBefore(node, block);
  run.push(node);
  const walker = (node.ownerDocument ?? (root as Document)).createTreeWalker(block, 5 /* elements and text */);
  walker.currentNode = node;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    if (next.nodeType === 3) {
      if ((next as Text).data.length) run.push(next as Text);
      continue;
    }
    const tag = tagOf(next as Element);
    if (BLOCKS.has(tag) || isSkipped(next as Element, tag)) break;
  }
  return run;
}

/**
 * The text of a run before `node`, in page order. Read backwards, an element is met at its end, before its
 * contents: a block or skipped element there is where the run begins.
 */
function textBefore(node: Node, block: Node): Text[] {
  const before: Text[] = [];
  const stack: Node[] = [];
  for (let at = node; at !== block && at.parentNode; at = at.parentNode) {
    for (let sibling = at.previousSibling; sibling; sibling = sibling.previousSibling) {
      stack.push(sibling);
      while (stack.length) {
        const item = stack.pop()!;
        if (item.nodeType === 3) {
          if ((item as Text).data.length) before.push(item as Text);
          continue;
        }
        if (item.nodeType !== 1) continue;
        const tag = tagOf(item as Element);
        if (BLOCKS.has(tag) || isSkipped(item as Element, tag)) return before.reverse();
        // Children in order onto the stack: the last comes off first.
        for (let child = item.firstChild; child; child = child.nextSibling) stack.push(child);
      }
    }
  }
  return before.reverse();
}
