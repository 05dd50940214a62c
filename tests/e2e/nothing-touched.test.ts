/**
 * Bevan never changes the page it reads. A MutationObserver, installed by the
 * page before Bevan starts, records every change to the demo article's DOM
 * while Bevan annotates it, a reader hovers a mention and its card opens, the
 * card closes, the keyboard command moves to a mention and back out, and the
 * site is switched off. The one change allowed is Bevan's card host,
 * <bevan-card>, added as the last child of <html> when a card first opens.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CardReader } from '../../scripts/card-reader';
import { DEMO_HOST as HOST, openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { drawnHighlights } from './helpers/drawn';
import { activeTabId, findMention, listMentions, tellTab, waitForReading } from './helpers/mentions';

declare global {
  interface Window {
    /** Every change to the DOM since the page was parsed, one line each. */
    pageMutations: string[];
  }
}

/**
 * Installed before any script of the page's or Bevan's. What the parser does while the page loads is not counted:
 * the records are taken and dropped at DOMContentLoaded, when Bevan starts reading.
 */
function recordMutations() {
  const describe = (node: Node | null): string => {
    if (!node) return 'nothing';
    if (node.nodeType === Node.TEXT_NODE) return `#text "${(node.textContent ?? '').slice(0, 40)}"`;
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName;
    const element = node as Element;
    return `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
  };
  const describeAll = (nodes: NodeList) => [...nodes].map(describe).join(', ');
  window.pageMutations = [];
  const record = (records: MutationRecord[]) => {
    for (const change of records) {
      const where = describe(change.target);
      if (change.type === 'childList') {
        const added = change.addedNodes.length ? ` added ${describeAll(change.addedNodes)}` : '';
        const removed = change.removedNodes.length ? ` removed ${describeAll(change.removedNodes)}` : '';
        const last = change.target.lastChild === change.addedNodes[change.addedNodes.length - 1] ? ' last' : '';
        window.pageMutations.push(
          `${where}:${added}${removed}${added ? ` (${last ? 'last child' : 'not last'})` : ''}`,
        );
      } else if (change.type === 'attributes') {
        window.pageMutations.push(`${where}: attribute ${change.attributeName} was "${change.oldValue}"`);
      } else {
        window.pageMutations.push(`${where}: text was "${(change.oldValue ?? '').slice(0, 40)}"`);
      }
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
  });
  const forgetParsing = () => {
    observer.takeRecords();
    window.pageMutations = [];
  };
  document.addEventListener('DOMContentLoaded', forgetParsing, { once: true });
}

const CARD_HOST_ADDED = '<html>: added <bevan-card> (last child)';
const CARD_HOST_REMOVED = '<html>: removed <bevan-card>';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

/** The changes recorded so far, those the observer has not yet delivered included. */
async function mutations(page: Page): Promise<string[]> {
  // A task later, every change made before now has been delivered to the observer's callback.
  return page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve(window.pageMutations))));
}

it("changes nothing of the page's own while it annotates, opens and closes cards, and is switched off", async () => {
  const page = await site.browser.context.newPage();
  await page.addInitScript(recordMutations);
  await page.goto(site.url('demo-article.html'));
  await waitForReading(page, 30_000);
  const html = await page.evaluate(() => document.body.outerHTML);
  const card = await CardReader.attach(page);

  // Annotating.
  expect(await mutations(page), 'changes while annotating').toEqual([]);
  const found = await listMentions(site.browser, page);
  expect(found.length, 'mentions found on the demo article').toBeGreaterThan(0);

  // Hovering a mention opens its card: the card host comes in, at the end of <html>.
  const lucas = await findMention(site.browser, page, 'Caroline Lucas', 'mp');
  await page.mouse.move(lucas.rect.x + lucas.rect.width / 2, lucas.rect.y + lucas.rect.height / 2);
  await card.waitForText(/Brighton, Pavilion/, 20_000);
  expect(await mutations(page), 'changes once a card has opened on hover').toEqual([CARD_HOST_ADDED]);

  // Moving away closes it.
  await page.mouse.move(5, 5);
  await expect
    .poll(() => card.box(), { timeout: 10_000, message: 'the card closes when the pointer leaves' })
    .toBe(null);
  expect(await mutations(page), 'changes once the card has closed').toEqual([CARD_HOST_ADDED]);

  // The keyboard command moves to the next mention and opens its card; Escape closes it.
  await page.bringToFront();
  await tellTab(site.browser, page, { type: 'moveToMention', direction: 'next' });
  await expect
    .poll(() => card.box(), { timeout: 10_000, message: 'the card opens on the keyboard command' })
    .not.toBe(null);
  await tellTab(site.browser, page, { type: 'moveToMention', direction: 'next' });
  await page.keyboard.press('Escape');
  await expect.poll(() => card.box(), { timeout: 10_000, message: 'Escape closes the card' }).toBe(null);
  expect(await mutations(page), 'changes after keyboard navigation').toEqual([CARD_HOST_ADDED]);

  // Switching the site off, from the popup, takes Bevan's highlights away.
  const tabId = await activeTabId(site.browser);
  const popup = await site.browser.context.newPage();
  await popup.goto(site.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: `Turn Bevan off on ${HOST}` }).click();
  await popup.getByRole('button', { name: `Turn Bevan on for ${HOST}` }).waitFor();
  await expect.poll(() => drawnHighlights(page), { message: 'highlights once the site is off' }).toEqual({});
  // Bevan may take its own card host away as it leaves; nothing else changes.
  expect(
    [[CARD_HOST_ADDED], [CARD_HOST_ADDED, CARD_HOST_REMOVED]],
    'changes after switching the site off',
  ).toContainEqual(await mutations(page));
  expect(await page.evaluate(() => document.body.outerHTML), "the page's body, end to end").toBe(html);
  await popup.close();
  await page.close();
});
