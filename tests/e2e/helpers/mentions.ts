/**
 * What Bevan found on a page, read as any tool may read it: the `listMentions`
 * message, sent to the tab from the extension's service worker. Bevan draws
 * mentions as highlights and adds nothing to the page, so there is no element
 * to look for; the answer gives each mention's words, entity and place.
 */
import type { Page } from 'playwright-core';
import type { BevanBrowser } from '../../../scripts/chromium';

export interface ListedMention {
  kind: 'mp' | 'bill' | 'dispute';
  id: string;
  text: string;
  context: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** The few of the service worker's `chrome.tabs` calls used here. */
interface WorkerTabs {
  query(query: object): Promise<{ id?: number; url?: string }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Sends a message to `page`'s tab from the service worker, and returns the content script's answer. Where several
 * tabs show the same address, the newest (the last opened) is told.
 */
export async function tellTab<T>(bevan: BevanBrowser, page: Page, message: Record<string, unknown>): Promise<T> {
  return bevan.serviceWorker.evaluate(
    async ({ url, message }) => {
      const { tabs: chromeTabs } = (globalThis as unknown as { chrome: { tabs: WorkerTabs } }).chrome;
      const tabs = await chromeTabs.query({});
      const tab = tabs.findLast((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
      return chromeTabs.sendMessage(tab.id, message);
    },
    { url: page.url(), message },
  ) as Promise<T>;
}

/**
 * The id of the active tab: the one the popup is about when it is opened as a page over it (`popup.html?tab=`). The
 * worker sees tabs' addresses only where Bevan has host access, so the active tab is asked for, not an address.
 */
export async function activeTabId(bevan: BevanBrowser): Promise<number> {
  return bevan.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(query: { active: boolean }): Promise<{ id: number }[]> } };
    };
    const active = await chrome.tabs.query({ active: true });
    if (active.length !== 1) throw new Error(`expected one active tab, found ${active.length}`);
    return active[0].id;
  });
}

/** The page's mentions, in document order. */
export async function listMentions(bevan: BevanBrowser, page: Page): Promise<ListedMention[]> {
  const answer = await tellTab<{ mentions: ListedMention[] } | undefined>(bevan, page, { type: 'listMentions' });
  return answer?.mentions ?? [];
}

/** Waits until Bevan has read the whole page (its `bevan:script` measure), as it publishes when it is done. */
export async function waitForReading(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('bevan:script').length > 0, null, { timeout });
}

/** The first mention whose words are `text` (and of `kind`, if given); fails the test when there is none. */
export async function findMention(
  bevan: BevanBrowser,
  page: Page,
  text: string | RegExp,
  kind?: ListedMention['kind'],
): Promise<ListedMention> {
  const mentions = await listMentions(bevan, page);
  const found = mentions.find(
    (mention) =>
      (typeof text === 'string' ? mention.text === text : text.test(mention.text)) && (!kind || mention.kind === kind),
  );
  if (!found) throw new Error(`No mention "${text}" among ${mentions.map((mention) => mention.text).join(', ')}`);
  return found;
}

/** Moves the mouse over the middle of a mention's first line, scrolling it into view first when it is out of it. */
export async function hoverMention(
  bevan: BevanBrowser,
  page: Page,
  text: string | RegExp,
  kind?: ListedMention['kind'],
) {
  let mention = await findMention(bevan, page, text, kind);
  const viewport = page.viewportSize() ?? { width: 1200, height: 900 };
  if (mention.rect.y < 0 || mention.rect.y + mention.rect.height > viewport.height) {
    await page.evaluate((by) => window.scrollBy(0, by), mention.rect.y - viewport.height / 2);
    mention = await findMention(bevan, page, text, kind);
  }
  await page.mouse.move(mention.rect.x + mention.rect.width / 2, mention.rect.y + mention.rect.height / 2);
  return mention;
}
