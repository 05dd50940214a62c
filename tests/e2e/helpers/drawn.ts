/**
 * What Bevan has drawn on a page: the ranges of its highlights, by highlight
 * name (`bevan-mp`, `bevan-bill`, `bevan-dispute`, `bevan-focus`), read from
 * the page's main world. The highlight registry belongs to the document, so
 * the page itself sees what Bevan paints, exactly as a reader does.
 */
import type { Page } from 'playwright-core';

export type Drawn = Record<string, string[]>;

/** Every `bevan-*` highlight on the page, each as the words of its ranges. */
export function drawnHighlights(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const drawn: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Highlight>) {
      if (name.startsWith('bevan-')) drawn[name] = [...highlight].map((range) => range.toString());
    }
    return drawn;
  });
}

/**
 * The words of every mention drawn, over all of Bevan's highlights but the open mention's (`bevan-focus`, and its tint
 * on a long page), sorted: what a reader sees marked.
 */
export async function drawnMentions(page: Page): Promise<string[]> {
  return Object.entries(await drawnHighlights(page))
    .filter(([name]) => !name.startsWith('bevan-focus'))
    .flatMap(([, words]) => words)
    .sort();
}

/** The words underlined for mentions of a kind (its highlight's ranges), sorted: a highlight's ranges are a set. */
export async function drawnWords(page: Page, kind: 'mp' | 'bill' | 'dispute'): Promise<string[]> {
  return ((await drawnHighlights(page))[`bevan-${kind}`] ?? []).sort();
}
