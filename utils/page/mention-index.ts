/**
 * Bevan's mentions on a page, found by the text nodes they cover. Mentions
 * are live ranges over the page's own nodes, never elements of Bevan's, so
 * the index is how Bevan asks "what is here?": which mentions have text in the
 * element under the pointer, whether text was already found, and which
 * mentions a change of the page has broken.
 */
import type { ResolvedEntity } from '../matching/packed-format';

export interface Mention {
  entity: ResolvedEntity;
  /** The words as found. A range whose text no longer reads so has been changed by the page. */
  text: string;
  /** Live: the browser keeps it over the same text as the page changes around it. */
  range: Range;
  /** The text nodes it covered when found. */
  nodes: Text[];
}

export class MentionIndex {
  private readonly byNode = new Map<Text, Mention[]>();
  /** By the elements their text nodes were in when found: what the pointer's event target holds. */
  private readonly byElement = new Map<Element, Mention[]>();
  /** Those elements, per mention, as they were when it was found. */
  private readonly elementsOf = new Map<Mention, Element[]>();
  private readonly mentions = new Set<Mention>();

  get size(): number {
    return this.mentions.size;
  }

  add(mention: Mention): void {
    this.mentions.add(mention);
    const elements = new Set<Element>();
    for (const node of mention.nodes) {
      addTo(this.byNode, node, mention);
      if (node.parentElement) elements.add(node.parentElement);
    }
    for (const element of elements) addTo(this.byElement, element, mention);
    this.elementsOf.set(mention, [...elements]);
  }

  remove(mention: Mention): void {
    if (!this.mentions.delete(mention)) return;
    for (const node of mention.nodes) removeFrom(this.byNode, node, mention);
    for (const element of this.elementsOf.get(mention) ?? []) removeFrom(this.byElement, element, mention);
    this.elementsOf.delete(mention);
  }

  /** The mentions with text directly inside `element`. */
  inElement(element: Element): readonly Mention[] {
    return this.byElement.get(element) ?? [];
  }

  /** The mentions that cover any of `node`'s text. */
  on(node: Node): readonly Mention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /**
   * Every mention, in the page's order (by where each begins). They were added mostly in that order, and the sort
   * finds a run by comparing each with the one before it; so the earlier node is asked where the later one is.
   * Chromium answers that in a step or two, where the other way round walks back through every sibling: on a 5 MB
   * article, sorting 2,000 mentions took 282 to 367 ms one way and 1.2 the other.
   */
  inPageOrder(): Mention[] {
    return [...this.mentions].sort(({ range: a }, { range: b }) => {
      if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
      return b.startContainer.compareDocumentPosition(a.startContainer) & Node.DOCUMENT_POSITION_PRECEDING ? -1 : 1;
    });
  }

  /**
   * Takes out, and returns, the mentions the page has broken: text changed
   * under them, or their nodes removed (a removed node's ranges fall back to
   * where it was, and read as something else). Only those covering `within`
   * are checked, when given.
   */
  prune(within?: (node: Text) => boolean): Mention[] {
    const broken: Mention[] = [];
    for (const mention of this.mentions) {
      if (within && !mention.nodes.some(within)) continue;
      if (!intact(mention)) broken.push(mention);
    }
    for (const mention of broken) this.remove(mention);
    return broken;
  }

  clear(): void {
    this.byNode.clear();
    this.byElement.clear();
    this.elementsOf.clear();
    this.mentions.clear();
  }
}

function addTo<K>(map: Map<K, Mention[]>, key: K, mention: Mention): void {
  const list = map.get(key);
  if (!list) map.set(key, [mention]);
  else if (!list.includes(mention)) list.push(mention);
}

function removeFrom<K>(map: Map<K, Mention[]>, key: K, mention: Mention): void {
  const list = map.get(key)?.filter((other) => other !== mention);
  if (list?.length) map.set(key, list);
  else map.delete(key);
}

/** Whether a mention still covers its own text, in nodes still in the page. */
export function intact(mention: Mention): boolean {
  const { range } = mention;
  return !range.collapsed && range.startContainer.isConnected && range.toString() === mention.text;
}
