/**
 * The hostile page (see hostile-page.test.ts) in two more forms, in real
 * Chromium: taking Bevan's element names first, where Bevan fails closed and
 * shows no card; and under a strict Content-Security-Policy, which still gets
 * its mentions drawn, styled cards and the MP setup frame.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import {
  CARD_LOOK,
  cardStyle,
  expectNothingPrivate,
  pageChanges,
  POSTCODE,
  useHostileSite,
} from './helpers/hostile-page';
import { drawnMentions } from './helpers/drawn';
import { hoverMention } from './helpers/mentions';

const { site, pageErrors, openHostilePage, mentions, chooseYourMp } = useHostileSite();

// As in hostile-page.test.ts before these: the reader has chosen their MP, so that there is something to keep private.
beforeAll(() => chooseYourMp());

describe('a page that takes Bevan’s element names first (to read the card through ElementInternals)', () => {
  it('still gets its mentions, but no card: Bevan fails closed rather than show one the page can read', async () => {
    const { page, card } = await openHostilePage('?elements');
    expect(await mentions(page)).toContain('Jeremy Hunt → 1572');
    const warnings: string[] = [];
    page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
    await hoverMention(site.browser, page, 'Jeremy Hunt');
    await expect.poll(() => warnings.some((warning) => warning.includes('shows no cards here'))).toBe(true);
    expect(await card.text()).toBe('');
    // Not even a host went in: the page's own element was never added.
    expect(await pageChanges(page)).toEqual([]);
    await expectNothingPrivate(page);
    await page.close();
  });
});

describe('the same page under a strict Content-Security-Policy', () => {
  let page: Page;
  let card: CardReader;

  beforeAll(async () => {
    const options = await site.browser.context.newPage();
    await options.goto(site.browser.extensionUrl('options.html'));
    await options.locator('#your-mp').getByRole('button', { name: 'Forget' }).click();
    await options.getByLabel('Your postcode').waitFor();
    await options.close();
    ({ page, card } = await openHostilePage('?csp=strict'));
  });

  it('annotates and opens styled cards', async () => {
    expect(await mentions(page)).toContain('Caroline Lucas → 3930');
    // Drawn, and underlined: the policy does not block the content script's manifest CSS that styles highlights.
    expect(await drawnMentions(page)).toContain('Caroline Lucas');
    expect(
      await page.evaluate(() => {
        const lucas = [...document.querySelectorAll('b')].find((element) => element.textContent === 'Caroline Lucas')!;
        return getComputedStyle(lucas, '::highlight(bevan-mp)').textDecorationLine;
      }),
    ).toBe('underline');
    // The policy is in force (the page's inline script was blocked), and its own script ran ('self'): it is as
    // hostile as before.
    expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined();
    expect(await page.evaluate(() => typeof window.hostile)).toBe('object');
    await hoverMention(site.browser, page, 'Caroline Lucas');
    await card.waitForText(/Green Party, Brighton, Pavilion/);
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    expect(await cardStyle(session)).toEqual(CARD_LOOK);
  });

  it('lets the reader type their postcode in the card’s frame, which the page never sees', async () => {
    const write = (await card.controls()).find((control) => control.text === 'Write to your MP');
    await card.click(write!);
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/your-mp.html'))).toBe(true);
    const frame = page.frames().find((candidate) => candidate.url().includes('/your-mp.html'))!;
    const field = frame.getByLabel('Your postcode');
    await field.waitFor();
    // Typed key by key, so that every key event there is to hear is fired.
    await field.pressSequentially(POSTCODE.toLowerCase());
    const letterTab = site.browser.context.waitForEvent('page');
    await frame.getByRole('button', { name: 'Save and write' }).click();
    await (await letterTab).close();
    await card.waitForText(/Opening WriteToThem in a new tab/);
    await expectNothingPrivate(page);
    const keys = (await page.evaluate(() => window.hostile.log)).filter((entry) => /^key(down|up)/.test(entry));
    expect(keys).toEqual([]);
    await page.close();
  });
});

it('raised no uncaught errors on any of these pages', () => {
  expect(pageErrors).toEqual([]);
});
