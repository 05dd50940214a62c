/**
 * Choosing your MP inside a card, as a reader meets it in real Chromium: focus goes into Bevan's frame and comes back
 * to the card, Enter takes the best match, a mistake's message goes once it is put right, "Save and write" stays in
 * view, Escape closes the frame; then the email letter opens with buttons to copy it, which put the real address and
 * letter on the clipboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { hoverMention } from './helpers/mentions';
import { step } from './helpers/steps';

let site: DemoSite;
let page: Page;
let card: CardReader;
let pageErrors: string[];

beforeAll(async () => {
  site = await openDemoSite();
  ({ page, card, pageErrors } = await openReaderTab(site));
  // mailto: addresses are not handed to a mail app, which a test cannot see.
  await site.browser.serviceWorker.evaluate(() => {
    type Tabs = { update(id: number, properties: { url?: string }): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const update = tabs.update.bind(tabs);
    tabs.update = async (id, properties) => {
      if (properties.url?.startsWith('mailto:')) return undefined;
      return update(id, properties);
    };
  });
});

afterAll(async () => {
  await site?.close();
});

async function pressWrite() {
  const button = (await card.controls()).find((control) => control.text === 'Write to your MP');
  expect(button, 'the card has a "Write to your MP" button').toBeDefined();
  await card.click(button!);
}

async function bevanFrame(query: string): Promise<Frame> {
  const find = () =>
    page.frames().find((frame) => {
      const url = new URL(frame.url());
      return url.pathname === '/your-mp.html' && url.searchParams.has(query);
    });
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}

const hasFrame = () => page.frames().some((frame) => frame.url().includes('/your-mp.html'));
/** The id of the element with focus in the frame, when the frame's document has focus. */
const focusedIn = (frame: Frame) =>
  step(
    'read the focus in the frame',
    () =>
      frame.evaluate(() =>
        document.hasFocus() ? (document.activeElement?.id ?? document.activeElement?.tagName) : null,
      ),
    5_000,
  );
/** How far the frame's page runs past the frame: nothing when the frame has grown to its content. */
const overflowOf = (frame: Frame) =>
  step(
    'measure the frame',
    () => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    5_000,
  );
/** The text of the card's control with focus. */
const focusedInCard = () => step("read the card's focus", () => card.focusedText(), 5_000);

describe('choosing your MP inside a card, in Chromium', () => {
  it('moves focus into the frame, and Escape there closes it with focus back on the button', async () => {
    await step('hover the bill', () => hoverMention(site.browser, page, 'NHS Reinstatement Bill'));
    await card.waitForText(/National Health Service Bill 2015-16/);
    await step('press Write to your MP', pressWrite);
    const frame = await bevanFrame('continue');
    await frame.getByLabel('Your postcode').waitFor({ timeout: 20_000 });
    await expect.poll(() => focusedIn(frame)).toBe('postcode');

    // Escape's key-down closes the frame the key went to; the key-up's acknowledgement may then never come from it
    // (seen in CI: the press never ended), so the key is released without waiting for it.
    await step('press Escape', () => page.keyboard.down('Escape'));
    page.keyboard.up('Escape').catch(() => undefined);
    await expect.poll(hasFrame).toBe(false);
    await expect.poll(focusedInCard).toBe('Write to your MP');
    expect(await step('read the card', () => card.text())).toContain('National Health Service Bill 2015-16');
  });

  it('says what is wrong, and stops saying it once it is put right; Enter takes the top match', async () => {
    await page.keyboard.press('Enter');
    const frame = await bevanFrame('continue');
    await expect.poll(() => focusedIn(frame)).toBe('postcode');
    await page.keyboard.type('BS1');
    await page.keyboard.press('Enter');
    const problem = frame.getByRole('alert');
    await problem.getByText('"BS1" is not a UK postcode: write it like SW1A 1AA.').waitFor();
    expect(await frame.getByLabel('Your postcode').getAttribute('aria-invalid')).toBe('true');

    await frame.getByLabel('Your postcode').fill('');
    await problem.getByText('Enter your postcode or choose your constituency.').waitFor();
    expect(await frame.getByLabel('Your postcode').getAttribute('aria-invalid')).toBeNull();

    const search = frame.getByLabel('Or your constituency');
    await search.fill('godalming');
    await frame.getByRole('button', { name: /Godalming and Ash/ }).waitFor();
    // Several matches listed, and Enter takes the first rather than sending the form.
    await search.fill('bristol');
    const listed = await frame.locator('.bevan-choice strong').allTextContents();
    expect(listed.length).toBeGreaterThan(1);
    await search.press('Enter');
    await frame.getByText(listed[0], { exact: true }).waitFor();
    await expect.poll(() => frame.getByRole('alert').count()).toBe(0);
    // Chosen: focus is on the button that saves, and the next Enter would save.
    await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent)).toBe('Save and write');

    await frame.getByRole('button', { name: 'Change' }).click();
    await expect.poll(() => focusedIn(frame)).toBe('constituency-search');
    await page.keyboard.type('godalming');
    await page.keyboard.press('Enter');
    await frame.getByText('Godalming and Ash', { exact: true }).waitFor();
  });

  it('fits the frame to its content, so that "Save and write" is in view', async () => {
    const frame = await bevanFrame('continue');
    // Nothing scrolls inside the frame: it is as tall as its page.
    await expect.poll(() => overflowOf(frame)).toBeLessThanOrEqual(1);
    const save = await frame.getByRole('button', { name: 'Save and write' }).boundingBox();
    const viewport = page.viewportSize()!;
    const cardBox = (await card.box())!;
    expect(save).not.toBeNull();
    expect(save!.y).toBeGreaterThanOrEqual(Math.max(0, cardBox.top));
    expect(save!.y + save!.height).toBeLessThanOrEqual(Math.min(viewport.height, cardBox.bottom));
  });

  it('opens the letter, says it is opening rather than that it opened, and puts focus back on the card', async () => {
    const frame = await bevanFrame('continue');
    await frame.getByRole('button', { name: 'Save and write' }).press('Enter');
    await card.waitForText(/Opening your email app…/);
    expect(await card.text()).not.toMatch(/opened in your email app/);
    await expect.poll(hasFrame).toBe(true);
    await expect.poll(focusedInCard).toBe('Write to your MP');
  });

  it('copies the address and the letter from Bevan’s own frame', async () => {
    const frame = await bevanFrame('letter');
    // The clipboard as the system holds it: pasted into a blank page of the test's own.
    const reader = await site.browser.context.newPage();
    await reader.setContent('<textarea aria-label="Pasted"></textarea>');
    const clipboard = async () => {
      await reader.bringToFront();
      const box = reader.getByLabel('Pasted');
      await box.fill('');
      await box.focus();
      await reader.keyboard.press('Control+V');
      const text = await box.inputValue();
      await page.bringToFront();
      return text;
    };
    await page.bringToFront();
    // The frame opens 80 pixels tall and grows to its letter (and its status line), moving the buttons: a reader
    // clicks them once they are still.
    const fitted = () => expect.poll(() => overflowOf(frame)).toBeLessThanOrEqual(1);
    await fitted();

    await frame.getByRole('button', { name: 'Copy address' }).click();
    // Polled as text, so that a failure says what the reader was told instead.
    const status = () => step('read the status', () => frame.getByRole('status').textContent(), 5_000);
    await expect.poll(status).toBe('Copied huntj@parliament.uk.');
    expect(await clipboard()).toBe('huntj@parliament.uk');
    await fitted();

    await frame.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(status).toBe('Copied the letter, with its subject.');
    const letter = await clipboard();
    expect(letter).toMatch(/^The National Health Service Bill 2015-16\n\nDear Sir Jeremy Hunt,/);
    expect(letter).toContain(`"${await page.title()}" (${page.url()})`);

    await reader.close();
    // Nothing of it reached the page: the address and the letter stayed in Bevan's frame.
    const visibleToPage = await page.evaluate(() => document.documentElement.outerHTML);
    expect(visibleToPage).not.toMatch(/huntj|Godalming/i);
  });

  it('raised no uncaught errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
