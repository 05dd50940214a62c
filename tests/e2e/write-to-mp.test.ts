/**
 * "Write to your MP" as a reader meets it, in real Chromium: the first press
 * asks who their MP is (in Bevan's own frame inside the card), then opens the
 * letter; WriteToThem for a postcode, an email for a constituency; and the
 * whole path works from the keyboard alone (the next-mention command, sent as
 * the background sends it: browser shortcuts cannot be pressed from a test). The page never sees the postcode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { hoverMention, listMentions, tellTab } from './helpers/mentions';

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

async function pressWrite() {
  const button = (await card.controls()).find((control) => control.text === 'Write to your MP');
  expect(button, 'the card has a "Write to your MP" button').toBeDefined();
  await card.click(button!);
}

async function setupFrame(): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/your-mp.html'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/your-mp.html'))!;
  await frame.getByLabel('Your postcode').waitFor();
  return frame;
}

/**
 * Records the letters the service worker opens. WriteToThem tabs still open (the test sees them appear);
 * mailto: addresses are not handed to a mail app, which a test cannot see.
 */
async function recordLetters() {
  await site.browser.serviceWorker.evaluate(() => {
    type Tabs = {
      create(properties: { url?: string }): Promise<unknown>;
      update(id: number, properties: { url?: string }): Promise<unknown>;
    };
    const scope = globalThis as unknown as { letters?: string[]; chrome: { tabs: Tabs } };
    const tabs = scope.chrome.tabs;
    const installed = scope.letters !== undefined;
    scope.letters = [];
    if (installed) return;
    const create = tabs.create.bind(tabs);
    const update = tabs.update.bind(tabs);
    tabs.create = async (properties) => {
      if (properties.url) scope.letters?.push(properties.url);
      return create(properties);
    };
    tabs.update = async (id, properties) => {
      if (properties.url?.startsWith('mailto:')) return void scope.letters?.push(properties.url);
      return update(id, properties);
    };
  });
  return () => site.browser.serviceWorker.evaluate(() => (globalThis as unknown as { letters: string[] }).letters);
}

describe('Write to your MP, in Chromium: a postcode, and WriteToThem', () => {
  it('asks for the postcode inside the card on first use, then opens WriteToThem for it', async () => {
    await hoverMention(site.browser, page, 'NHS Reinstatement Bill');
    await card.waitForText(/National Health Service Bill 2015-16/);
    await pressWrite();
    await card.waitForText(/tell Bevan who your MP is/);

    const frame = await setupFrame();
    const letters = await recordLetters();
    const letterTab = site.browser.context.waitForEvent('page');
    await frame.getByLabel('Your postcode').fill('bs1 4nd');
    await frame.getByRole('button', { name: 'Save and write' }).click();
    // WriteToThem is not reachable from the test machine: the tab opens, and the address it was given is checked.
    await (await letterTab).close();
    expect(await letters()).toEqual(['https://www.writetothem.com/?a=WMC&pc=BS1+4ND']);
    await card.waitForText(/Opening WriteToThem in a new tab/);

    // The postcode stayed in Bevan's frame: nothing the page's scripts can read holds it.
    const visibleToPage = await page.evaluate(() => {
      const host = document.querySelector('bevan-card');
      return [document.documentElement.outerHTML, String(host?.shadowRoot), document.cookie, localStorage.length];
    });
    expect(visibleToPage.join(' ')).not.toMatch(/BS1|4ND/i);
    expect(visibleToPage[1]).toBe('null');
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    await expect.poll(() => card.text()).toBe('');
  });

  it('opens the letter at once next time, from any card', async () => {
    await hoverMention(site.browser, page, 'Caroline Lucas');
    await card.waitForText(/Brighton, Pavilion/);
    const letters = await recordLetters();
    const letterTab = site.browser.context.waitForEvent('page');
    await pressWrite();
    await (await letterTab).close();
    expect(await letters()).toEqual(['https://www.writetothem.com/?a=WMC&pc=BS1+4ND']);
    await card.waitForText(/Opening WriteToThem in a new tab/);
    await page.keyboard.press('Escape');
  });
});

describe('Write to your MP, in Chromium: a constituency, and the keyboard alone', () => {
  it('emails the MP of a chosen constituency, marks them as yours, and from their card writes to them about their own record', async () => {
    const options = await site.browser.context.newPage();
    await options.goto(site.browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Change' }).click();
    await options.getByLabel('Your postcode').fill('');
    await options.getByLabel('Or your constituency').fill('godalming');
    await options.getByRole('button', { name: /Godalming and Ash/ }).click();
    await options.locator('#your-mp').getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Sir Jeremy Hunt').waitFor();
    await options.close();
    const emails = await recordLetters();

    await page.bringToFront();
    await hoverMention(site.browser, page, 'Jeremy Hunt');
    const text = await card.waitForText(/Your MP/);
    expect(text).toContain('Jeremy Hunt');
    await pressWrite();
    await card.waitForText(/Opening your email app…/);
    const [email] = await emails();
    const url = new URL(email);
    const query = new URLSearchParams(url.search);
    expect(decodeURIComponent(url.pathname)).toBe('huntj@parliament.uk');
    // Their own card: a letter to them about their record, not "Dear Sir Jeremy Hunt … about Sir Jeremy Hunt".
    expect(query.get('subject')).toBe('Your record, as reported in the news');
    expect(query.get('body')).toContain('Dear Sir Jeremy Hunt,');
    expect(query.get('body')).toContain('my MP for Godalming and Ash about your own record');
    expect(query.get('body')?.match(/Jeremy Hunt/g)).toHaveLength(1);
    expect(query.get('body')).toContain(`"${await page.title()}" (${page.url()})`);
    await page.keyboard.press('Escape');
  });

  it('works from the keyboard alone: the command to a dispute mention, Tab to the button, Enter, Escape', async () => {
    const emails = await recordLetters();
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The reader starts on the article's link.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const startedOn = '<a href="#hunt">Jeremy Hunt</a>';
    const focused = () => page.evaluate(() => document.activeElement?.outerHTML);
    // Where Tab starts from depends on what was clicked last; the link is the page's one stop.
    for (let presses = 0; presses < 6 && (await focused()) !== startedOn; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(startedOn);
    const mentions = await listMentions(site.browser, page);
    const disputeWords = mentions.filter((mention) => mention.kind === 'dispute').map((mention) => mention.text);
    expect(disputeWords.length).toBeGreaterThan(0);
    // Each command opens the next mention's card as a dialog named for it, with focus inside: on to a dispute's.
    let reached: string | null = null;
    for (
      let moves = 0;
      moves < mentions.length && !disputeWords.some((words) => reached === `Bevan: ${words}`);
      moves++
    ) {
      const before = reached;
      await tellTab(site.browser, page, { type: 'moveToMention', direction: 'next' });
      await expect.poll(async () => (reached = await card.focusedText()), { timeout: 15_000 }).toMatch(/^Bevan: /);
      await expect.poll(async () => (reached = await card.focusedText()), { timeout: 15_000 }).not.toBe(before);
    }
    expect(disputeWords.map((words) => `Bevan: ${words}`)).toContain(reached);
    await card.waitForText(/doctors' dispute.*Write to your MP/);
    // Tab goes through the card's links to the button (the timeline's source links first: as many presses as controls).
    const controls = (await card.controls()).length;
    for (let presses = 0; presses < controls + 2; presses++) {
      await page.keyboard.press('Tab');
      const inCard = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      expect(inCard).toBe('bevan-card');
      if ((await card.focusedText()) === 'Write to your MP') break;
    }
    expect(await card.focusedText()).toBe('Write to your MP');
    await page.keyboard.press('Enter');
    await card.waitForText(/Opening your email app…/);
    expect(new URLSearchParams(new URL((await emails())[0]).search).get('subject')).toBe(
      "The resident doctors' dispute",
    );
    await page.keyboard.press('Escape');
    // Closed (the live region that announced the mention stays in Bevan's host), and focus is back where it was.
    await expect.poll(() => card.box()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(startedOn);
  });

  it('raised no uncaught errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
