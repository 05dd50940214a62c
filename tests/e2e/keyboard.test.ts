/**
 * The keyboard path on the demo article, in real Chromium: the article gets
 * no tab stops; the next-mention command brings the reader to a mention, says
 * so, and opens its card as a dialog with focus inside; Tab goes through the
 * card to "Write to your MP"; Escape closes it and puts focus back.
 *
 * Browser shortcuts are not reached by the DevTools protocol's key events, so
 * the tests send the tab what the background sends for the command
 * (`moveToMention`); the manifest's commands are checked on their own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { EXTENSION_DIR } from '../../scripts/chromium';
import { FIXTURES_DIR, openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { textUnchanged } from './helpers/demo-mentions';
import { hoverMention, listMentions, tellTab, type ListedMention } from './helpers/mentions';

const FIXTURE_HTML = readFileSync(path.join(FIXTURES_DIR, 'demo-article.html'), 'utf8');

let site: DemoSite;
let page: Page;
let card: CardReader;
let pageErrors: string[];
let session: CDPSession;
const VIEWPORT = { width: 1200, height: 600 };

beforeAll(async () => {
  site = await openDemoSite();
  ({ page, card, pageErrors } = await openReaderTab(site));
  // A short window, so that the reader can scroll mentions out of view above.
  await page.setViewportSize(VIEWPORT);
  session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
});

afterAll(async () => {
  await site?.close();
});

const move = (direction: 'next' | 'previous') => tellTab(site.browser, page, { type: 'moveToMention', direction });

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** The role and name of the innermost focused node, as assistive technology sees it (closed shadow roots included). */
async function focusedNode(): Promise<{ role: string; name: string } | null> {
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const focused = nodes.filter((node) =>
    node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
  );
  const last = focused.at(-1);
  return last ? { role: last.role?.value ?? '', name: last.name?.value ?? '' } : null;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The words in Bevan's aria-live region (inside its closed shadow root), or null when it has none. */
async function liveRegionText(): Promise<string | null> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const textOf = (node: DomNode): string =>
    node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join('');
  const find = (node: DomNode, inCard: boolean): string | null => {
    const here = inCard || node.nodeName === 'BEVAN-CARD';
    if (here && node.attributes?.includes('aria-live')) return textOf(node);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child, here);
      if (found !== null) return found;
    }
    return null;
  };
  return find(root, false);
}

/** The words the page's `bevan-focus` highlight covers. */
const focusHighlighted = () =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('bevan-focus');
    return [...(highlight ?? [])].map((range) => range.toString());
  });

const activeElement = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active ? `${active.localName}:${active.textContent?.trim().slice(0, 40)}` : null;
  });

const cardOpen = async () => (await card.box()) !== null;

/** The tag and markup of each element that is a tab stop: for the page, its `html`, as served. */
async function tabStops(html?: string): Promise<string[]> {
  return page.evaluate((html) => {
    const root = html ? new DOMParser().parseFromString(html, 'text/html') : document;
    const focusable =
      'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]';
    return [...root.querySelectorAll<HTMLElement>(focusable)]
      .filter((element) => element.tabIndex >= 0)
      .map((element) => element.outerHTML);
  }, html);
}

/** The first mention in view, which the first test reaches; later tests go on from it. */
let first: ListedMention;

describe('the keyboard path in Chromium: into a card and out again', () => {
  it('takes the next-mention command to the first mention in view, says so, and opens its card with focus inside', async () => {
    // The reader is on the article's link, and has scrolled its headline away.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await activeElement()).toBe('a:Jeremy Hunt');
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.byline')!.getBoundingClientRect().top));
    const mentions = await listMentions(site.browser, page);
    const firstInView = mentions.find((mention) => mention.rect.y >= 0);
    expect(firstInView).toBeDefined();
    // Some mentions were scrolled past, so "first in view" is not simply the first.
    expect(mentions.indexOf(firstInView!)).toBeGreaterThan(0);
    first = firstInView!;

    await move('next');
    await expect.poll(focusedNode, { timeout: 15_000 }).toEqual({ role: 'dialog', name: `Bevan: ${first.text}` });
    expect(await activeElement()).toMatch(/^bevan-card:/);
    expect(await focusHighlighted()).toEqual([first.text]);
    const said = await liveRegionText();
    expect(said).toContain(first.text);
    expect(said).toContain(`of ${mentions.length}`);
    // In view, where it was.
    const now = (await listMentions(site.browser, page)).find(
      (mention) => mention.context === first.context && mention.text === first.text,
    )!;
    expect(now.rect.y).toBeGreaterThanOrEqual(0);
    expect(now.rect.y + now.rect.height).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('goes with Tab through the card\'s controls to "Write to your MP", staying in the card', async () => {
    await card.waitForText(/Write to your MP/);
    const controls = (await card.controls()).map((control) => control.text);
    expect(controls).toContain('Write to your MP');
    const reached: string[] = [];
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      expect(await activeElement()).toMatch(/^bevan-card:/);
      const focused = await focusedNode();
      reached.push(focused?.name ?? '');
      if (focused?.name === 'Write to your MP') break;
    }
    expect(reached.at(-1)).toBe('Write to your MP');
    // Every stop on the way was one of the card's own controls.
    for (const name of reached) expect(controls).toContain(name);
  });

  it('closes the card on Escape and puts focus back on the link the reader was on', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    expect(await activeElement()).toBe('a:Jeremy Hunt');
    expect(await focusHighlighted()).toEqual([]);
  });
});

describe('the keyboard path in Chromium: from mention to mention, and the page left as it was', () => {
  it('goes on to the following mention, and back with previous-mention', async () => {
    const mentions = await listMentions(site.browser, page);
    const at = mentions.findIndex((mention) => mention.context === first.context && mention.text === first.text);
    const following = mentions[at + 1];
    await move('next');
    await expect.poll(focusedNode, { timeout: 15_000 }).toEqual({ role: 'dialog', name: `Bevan: ${following.text}` });
    await expect.poll(focusHighlighted).toEqual([following.text]);
    await move('previous');
    await expect.poll(focusedNode, { timeout: 15_000 }).toEqual({ role: 'dialog', name: `Bevan: ${first.text}` });
    await expect.poll(focusHighlighted).toEqual([first.text]);
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    expect(await activeElement()).toBe('a:Jeremy Hunt');
  });

  it('gives the article no tab stops: Tab from the top lands only on what the page itself has', async () => {
    // Bevan's card host is in the page by now (cards have opened), with no card open.
    expect(await page.evaluate(() => document.querySelectorAll('bevan-card').length)).toBe(1);
    expect(await tabStops()).toEqual(await tabStops(FIXTURE_HTML));
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const landed: string[] = [];
    // Past the page's last tab stop the browser's own UI takes focus, then the page again: twice round.
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press('Tab');
      landed.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return !active || active === document.body ? 'body' : active.outerHTML;
        }),
      );
    }
    const own = await tabStops(FIXTURE_HTML);
    expect(landed.filter((stop) => stop !== 'body').length).toBeGreaterThan(0);
    for (const stop of landed) if (stop !== 'body') expect(own).toContain(stop);
    expect(await cardOpen()).toBe(false);
  });

  it('leaves the page as it was after all that', async () => {
    await hoverMention(site.browser, page, 'Caroline Lucas');
    await card.waitForText(/Brighton, Pavilion/);
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    expect(await page.evaluate<boolean>(textUnchanged(FIXTURE_HTML))).toBe(true);
  });

  it('raised no uncaught errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe("the extension's manifest", () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
    minimum_chrome_version?: string;
  };

  it('declares the next- and previous-mention commands, and the browser gives them the keys the README gives', async () => {
    // Shown in the browser's shortcuts page, where the reader can change them.
    expect(manifest.commands?.['next-mention']?.description).toBeTruthy();
    expect(manifest.commands?.['previous-mention']?.description).toBeTruthy();
    // A suggested key that clashes with one of the browser's own (Alt+Shift+B focuses Chromium's bookmarks bar) is
    // silently left unassigned: ask the browser what the reader actually gets.
    const options = await site.browser.context.newPage();
    await options.goto(site.browser.extensionUrl('options.html'));
    const assigned = await options.evaluate(async () => {
      const commands = (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome.commands;
      return Object.fromEntries((await commands.getAll()).map((command) => [command.name, command.shortcut]));
    });
    await options.close();
    expect(assigned).toMatchObject({ 'next-mention': 'Alt+Shift+J', 'previous-mention': 'Alt+Shift+K' });
  });

  it('asks for a Chromium with the highlight API (105 and later)', () => {
    expect(manifest.minimum_chrome_version).toBe('105');
  });
});
