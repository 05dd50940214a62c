/**
 * A reader on the demo article, in real Chromium with the built extension:
 * mentions are found with the right entities, the page's text is unchanged,
 * and hovering or focusing a mention opens a card with the right facts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { FIXTURES_DIR, openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { expectDemoMentions, READ_MENTIONS, textUnchanged, type FoundMention } from './helpers/demo-mentions';

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

describe('the demo article in Chromium', () => {
  it('annotates the MPs, the bill and the dispute with their entities', async () => {
    expectDemoMentions(await page.evaluate<FoundMention[]>(READ_MENTIONS));
  });

  it("leaves the page's text exactly as it was", async () => {
    const html = readFileSync(path.join(FIXTURES_DIR, 'demo-article.html'), 'utf8');
    const same = await page.evaluate<boolean>(textUnchanged(html));
    expect(same).toBe(true);
  });

  it("opens Caroline Lucas's card on hover with her party and seat at the article's date", async () => {
    await page.locator('bevan-mention', { hasText: 'Caroline Lucas' }).hover();
    const text = await card.waitForText(/Green Party, Brighton, Pavilion/);
    expect(text).toContain('On 14 March 2016');
    expect(text).toContain('NHS votes');
    expect(text).toContain('Open Parliament Licence');
    for (const control of await card.controls()) if (control.href) expect(control.href).toMatch(/^https:\/\//);
  });

  it('closes the card on Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
  });

  it("opens the bill's card, and its sponsor's card from there", async () => {
    await page.locator('bevan-mention', { hasText: 'NHS Reinstatement Bill' }).first().hover();
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
  });

  it('opens a card from the keyboard: Tab reaches a mention, Escape closes and keeps focus there', async () => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let presses = 0; presses < 20 && !focused.startsWith('bevan-mention'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent}`,
      );
    }
    expect(focused).toMatch(/^bevan-mention:/);
    await card.waitForText(/.+/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('bevan-mention');
  });

  it("links the dispute card to the popup's recent news", async () => {
    await page.locator('bevan-mention[data-entity-kind="dispute"]').first().hover();
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
  });

  it('on a short screen, puts a tall card beside its mention, never over it, with "Write to your MP" in reach', async () => {
    // A laptop's browser window: the card is taller than the room above or below a mention mid-screen.
    await page.setViewportSize({ width: 1200, height: 620 });
    // Errors the page's own scripts would see: fitting a card must not set off a ResizeObserver loop.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenErrors: string[] }).seenErrors = seen;
      window.addEventListener('error', (event) => seen.push(event.message));
    });
    const mention = page.locator('bevan-mention', { hasText: 'Jeremy Hunt' }).first();
    // Mid-screen, where the card fits neither above nor below.
    await mention.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await mention.hover();
    // Measured once the facts are in, and the card has taken its room (a frame after they arrive).
    await card.waitForText(/NHS votes/);
    const where = (await mention.boundingBox())!;
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
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('raised no uncaught errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
