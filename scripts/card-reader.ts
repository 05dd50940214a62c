/**
 * Reads Bevan's card, which lives in a closed shadow root that page scripts
 * (and Playwright's locators) cannot enter. The DevTools protocol can: it is
 * how a test sees what the reader sees without opening the card to the page.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  pseudoType?: string;
  pseudoElements?: DomNode[];
}

export interface CardElement {
  text: string;
  backendNodeId: number;
  tag: string;
  href: string | null;
}

/** The first node, in document order with shadow roots after light children, that passes `test`. */
function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

export class CardReader {
  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
  ) {}

  static async attach(page: Page): Promise<CardReader> {
    const session = await page.context().newCDPSession(page);
    // For the words a stylesheet draws (see text()).
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    return new CardReader(page, session);
  }

  private async cardRoot(): Promise<DomNode | null> {
    const { root } = (await this.session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return findNode(root, (node) => node.nodeName === 'BEVAN-CARD');
  }

  /** All text inside the card, words drawn by its stylesheet included, or '' when no card is open. */
  async text(): Promise<string> {
    const root = await this.cardRoot();
    if (!root) return '';
    const parts: (string | Promise<string>)[] = [];
    const collect = (node: DomNode) => {
      if (node.nodeType === 3) parts.push(node.nodeValue);
      if (node.nodeName === 'STYLE') return;
      const pseudo = (type: string) => node.pseudoElements?.find((element) => element.pseudoType === type);
      const before = pseudo('before');
      if (before) parts.push(this.generatedText(before, node));
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child);
      const after = pseudo('after');
      if (after) parts.push(this.generatedText(after, node));
    };
    collect(root);
    return (await Promise.all(parts)).join('').replace(/\s+/g, ' ').trim();
  }

  /** The words a ::before or ::after element shows: a quoted string, or an attribute of its element. */
  private async generatedText(pseudo: DomNode, element: DomNode): Promise<string> {
    const { computedStyle } = (await this.session.send('CSS.getComputedStyleForNode', { nodeId: pseudo.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    const content = computedStyle.find((property) => property.name === 'content')?.value ?? '';
    const quoted = /^"(.*)"$/.exec(content);
    if (quoted) return quoted[1];
    const attribute = /^attr\(([\w-]+)\)$/.exec(content);
    const attributes = element.attributes ?? [];
    const index = attribute ? attributes.indexOf(attribute[1]) : -1;
    return index >= 0 && index % 2 === 0 ? attributes[index + 1] : '';
  }

  /** Waits until the card's text matches. */
  async waitForText(pattern: RegExp, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.text();
      if (pattern.test(last)) return last;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`The card never showed ${pattern}; it showed: "${last.slice(0, 300)}"`);
  }

  /** Links and buttons in the card, with their text. */
  async controls(): Promise<CardElement[]> {
    const root = await this.cardRoot();
    const found: CardElement[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeType === 3 ? node.nodeValue : [...(node.children ?? [])].map(textOf).join('');
    const visit = (node: DomNode) => {
      if (node.nodeName === 'A' || node.nodeName === 'BUTTON') {
        const attributes = node.attributes ?? [];
        const hrefIndex = attributes.indexOf('href');
        found.push({
          text: textOf(node).trim(),
          backendNodeId: node.backendNodeId,
          tag: node.nodeName.toLowerCase(),
          href: hrefIndex >= 0 ? attributes[hrefIndex + 1] : null,
        });
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    if (root) visit(root);
    return found;
  }

  /** The name of the control that has keyboard focus (the accessibility tree sees into the closed shadow root). */
  async focusedText(): Promise<string | null> {
    const { nodes } = (await this.session.send('Accessibility.getFullAXTree')) as {
      nodes: { name?: { value?: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const focused = nodes.filter((node) =>
      node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
    );
    // The innermost focused node is the control; the document itself also counts as focused.
    return focused.at(-1)?.name?.value ?? null;
  }

  /**
   * Where the open card is on screen (its border box, in CSS pixels), or one of its controls, as laid out now (a
   * control scrolled out of the card's view lies outside the card's box); null when no card is open.
   */
  async box(control?: CardElement): Promise<{ top: number; bottom: number; left: number; right: number } | null> {
    const root = await this.cardRoot();
    const isCard = (node: DomNode) => {
      const classIndex = node.attributes?.indexOf('class') ?? -1;
      return (
        node.nodeName === 'SECTION' && classIndex >= 0 && node.attributes![classIndex + 1].split(' ').includes('card')
      );
    };
    const backendNodeId = control?.backendNodeId ?? (root && findNode(root, isCard))?.backendNodeId;
    if (!root || !backendNodeId) return null;
    const { model } = (await this.session.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1, y1, , , x3, y3] = model.border;
    return { top: y1, bottom: y3, left: x1, right: x3 };
  }

  /** Clicks a control in the card as a reader would, at its position on screen. */
  async click(control: CardElement): Promise<void> {
    // The card scrolls when its facts are long: bring the control into view first, as a reader would.
    await this.session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
    const { model } = (await this.session.send('DOM.getBoxModel', { backendNodeId: control.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}
