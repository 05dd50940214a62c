/**
 * A reader on the demo article, in real Chromium with the built extension:
 * mentions are found with the right entities, the page is unchanged, and
 * hovering a mention opens a card with the right facts. The keyboard path is
 * in keyboard.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { FIXTURES_DIR, openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { expectDemoMentions, foundMentions, textUnchanged } from './helpers/demo-mentions';
import { findMention, hoverMention, listMentions } from './helpers/mentions';

const FIXTURE_HTML = readFileSync(path.join(FIXTURES_DIR, 'demo-article.html'), 'utf8');

let site: DemoSite;
let page: Page;
let card: CardReader;
let pageErrors: string[];

beforeAll(async () => {
  site = await openDemoSite();
  ({ page, card, pageErrors } = await openReaderTab(site));
});

afterAll(async () => {
  await site?.close();
});

describe('the demo article in Chromium: its mentions', () => {
  it('annotates the MPs, the bill and the dispute with their entities', async () => {
    expectDemoMentions(foundMentions({ mentions: await listMentions(site.browser, page) }));
  });

  it('lists each mention in the words around it, in the order the page reads', async () => {
    const mentions = await listMentions(site.browser, page);
    const pageText = (await page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    let from = 0;
    for (const mention of mentions) {
      expect(mention.context).toContain(mention.text);
      // Each mention's surroundings are found in the page's text, at or after the previous mention's.
      const at = pageText.indexOf(mention.context, from);
      expect(at, `"${mention.context}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it("leaves the page's text and markup exactly as they were", async () => {
    expect(await page.evaluate<boolean>(textUnchanged(FIXTURE_HTML))).toBe(true);
  });
});

describe('the demo article in Chromium: cards', () => {
  it("opens Caroline Lucas's card on hover with her party and seat at the article's date", async () => {
    await hoverMention(site.browser, page, 'Caroline Lucas');
    const text = await card.waitForText(/Green Party, Brighton, Pavilion/);
    expect(text).toContain('On 14 March 2016');
    expect(text).toContain('NHS votes');
    expect(text).toContain('Open Parliament Licence');
    for (const control of await card.controls()) if (control.href) expect(control.href).toMatch(/^https:\/\//);
  });

  it('adds only its card host, after the body, and leaves the page as it was with a card open', async () => {
    const where = await page.evaluate(() => ({
      last: document.documentElement.lastElementChild?.localName,
      inBody: document.body.querySelectorAll('bevan-card').length,
      hosts: document.querySelectorAll('bevan-card').length,
    }));
    expect(where).toEqual({ last: 'bevan-card', inBody: 0, hosts: 1 });
    expect(await page.evaluate<boolean>(textUnchanged(FIXTURE_HTML))).toBe(true);
  });

  it('closes the card on Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
  });

  it("opens the bill's card, and its sponsor's card from there", async () => {
    await page.mouse.move(0, 0);
    await hoverMention(site.browser, page, 'NHS Reinstatement Bill');
    const text = await card.waitForText(/National Health Service Bill 2015-16/);
    expect(text).toMatch(/11 March 2016/);
    expect(text).toMatch(/talked out/);
    const sponsor = (await card.controls()).find(
      (control) => control.tag === 'button' && control.text === 'Caroline Lucas',
    );
    expect(sponsor).toBeDefined();
    await card.click(sponsor!);
    await card.waitForText(/Member of Parliament|Former MP/);
    expect(await card.text()).toContain('Brighton, Pavilion');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
  });

  it("links the dispute card to the popup's recent news", async () => {
    await page.mouse.move(0, 0);
    await hoverMention(site.browser, page, /./, 'dispute');
    await card.waitForText(/Recent news about the dispute/);
    const link = (await card.controls()).find((control) => control.text === 'Recent news about the dispute');
    await card.click(link!);
    // The popup itself, or the same page in a tab where the browser will not open the popup: either shows the news.
    const popupShown = () =>
      site.browser.serviceWorker.evaluate(async () => {
        type Context = { documentUrl?: string };
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { getContexts(filter: object): Promise<Context[]> } };
        };
        const contexts = await chrome.runtime.getContexts({});
        return contexts.some((context) => context.documentUrl?.endsWith('/popup.html') ?? false);
      });
    await expect.poll(popupShown, { timeout: 10_000 }).toBe(true);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
  });
});

describe('the demo article in Chromium: a short screen, and a mention inside a link', () => {
  it('on a short screen, puts a tall card beside its mention, never over it, with "Write to your MP" in reach', async () => {
    await page.mouse.move(0, 0);
    // A laptop's browser window: the card is taller than the room above or below a mention mid-screen.
    await page.setViewportSize({ width: 1200, height: 620 });
    // Errors the page's own scripts would see: fitting a card must not set off a ResizeObserver loop.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenErrors: string[] }).seenErrors = seen;
      window.addEventListener('error', (event) => seen.push(event.message));
    });
    // Mid-screen, where the card fits neither above nor below.
    const before = await findMention(site.browser, page, 'Jeremy Hunt');
    await page.evaluate((by) => window.scrollBy(0, by), before.rect.y + before.rect.height / 2 - 310);
    await hoverMention(site.browser, page, 'Jeremy Hunt');
    // Measured once the facts are in, and the card has taken its room (a frame after they arrive).
    await card.waitForText(/NHS votes/);
    const where = (await findMention(site.browser, page, 'Jeremy Hunt')).rect;
    expect(where.y).toBeGreaterThan(100);
    expect(where.y + where.height).toBeLessThan(520);
    const besideMention = async () => {
      const box = await card.box();
      return box !== null && (box.bottom <= where.y || box.top >= where.y + where.height);
    };
    await expect.poll(besideMention, { timeout: 5_000 }).toBe(true);
    const box = (await card.box())!;
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(620);
    // The facts scroll inside the card; the button stays in view below them.
    const write = (await card.controls()).find((control) => control.text === 'Write to your MP');
    const button = (await card.box(write!))!;
    expect(button.top).toBeGreaterThanOrEqual(box.top);
    expect(button.bottom).toBeLessThanOrEqual(box.bottom);
    expect(await page.evaluate(() => (window as unknown as { seenErrors: string[] }).seenErrors)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('keeps a mention inside a link a link: hovering opens its card, clicking follows the link', async () => {
    await page.mouse.move(0, 0);
    expect(await page.evaluate(() => document.querySelector('a[href="#hunt"]')?.textContent)).toBe('Jeremy Hunt');
    const mention = await hoverMention(site.browser, page, 'Jeremy Hunt');
    await card.waitForText(/Jeremy Hunt.*NHS votes/);
    expect(page.url()).not.toContain('#hunt');
    await page.mouse.click(mention.rect.x + mention.rect.width / 2, mention.rect.y + mention.rect.height / 2);
    await expect.poll(() => page.url()).toMatch(/#hunt$/);
    expect(await page.evaluate(() => location.hash)).toBe('#hunt');
  });

  it('raised no uncaught errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
