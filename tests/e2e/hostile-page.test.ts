/**
 * Bevan on a page that works against it (tests/fixtures/hostile-article.html
 * and hostile-page.js), in real Chromium. Before Bevan runs, the page replaces
 * built-ins (Array.prototype.map, attachShadow, fetch, appendChild,
 * MutationObserver, the highlight registry…) and watches its own DOM, then it
 * dispatches its own events where mentions are drawn, tries to read the
 * card's closed shadow root, posts fake messages, and searches everything it
 * can read for the reader's postcode and MP. Bevan keeps working, or fails
 * closed; it changes nothing in the page (it adds only its card host); and the
 * page never learns the postcode or who the reader's MP is. The same page
 * under a strict Content-Security-Policy, and one that takes Bevan's element
 * names first, are in hostile-page-variants.test.ts. Requests that change
 * data, sent from Bevan's own content script, are refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardReader } from '../../scripts/card-reader';
import { inContentScript } from './helpers/content-script-world';
import {
  CARD_HOST,
  CARD_LOOK,
  cardStyle,
  expectNothingPrivate,
  pageChanges,
  POSTCODE,
  useHostileSite,
} from './helpers/hostile-page';
import { drawnMentions } from './helpers/drawn';
import { hoverMention, listMentions, tellTab } from './helpers/mentions';
import { requests } from '@/utils/request-table';
import type { RequestType } from '@/utils/messages';

const { site, pageErrors, openHostilePage, mentions, chooseYourMp } = useHostileSite();

let bevansPage: Page | undefined;

/** What the background answers Bevan's own pages (the options page asks exactly so). */
async function askAsBevansPage(type: RequestType, payload: object = {}) {
  if (!bevansPage) {
    bevansPage = await site.browser.context.newPage();
    await bevansPage.goto(site.browser.extensionUrl('options.html'));
  }
  return bevansPage.evaluate(
    ({ type, payload }) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type, payload }),
    { type, payload },
  );
}

let page: Page;
let card: CardReader;

beforeAll(async () => {
  await chooseYourMp();
  ({ page, card } = await openHostilePage());
});

describe('a page that works against Bevan: mentions, cards and its own events', () => {
  it('still gets its mentions annotated, its text untouched, and Bevan used none of its replaced built-ins', async () => {
    expect(await mentions(page)).toEqual(
      expect.arrayContaining([
        'Jeremy Hunt → 1572',
        'Caroline Lucas → 3930',
        'NHS Reinstatement Bill → nhs-bill-2015-16',
        "junior doctors' strike → junior-doctors-dispute",
      ]),
    );
    expect(await drawnMentions(page)).toEqual(expect.arrayContaining(['Caroline Lucas', 'Jeremy Hunt']));
    expect(await page.evaluate(() => document.querySelector('article p')?.textContent)).toContain(
      'A test page for Bevan',
    );
    // Drawn, not written: the page's own observer saw no change at all.
    expect(await pageChanges(page)).toEqual([]);
    expect(await page.evaluate(() => window.inlineScriptRan)).toBe(true);
    const log = await page.evaluate(() => window.hostile.log);
    expect(log.filter((entry) => /^(Bevan used|Bevan listened|attachShadow on)/.test(entry))).toEqual([]);
    // Nor did Bevan announce itself: its extension id would let the page tell Bevan's readers apart.
    expect(log.filter((entry) => entry.includes(site.browser.extensionId))).toEqual([]);
    // The page's MutationObserver and requestIdleCallback are broken: Bevan's own still see what the page adds.
    await page.evaluate(() => {
      const later = document.createElement('p');
      later.textContent = 'Later, Caroline Lucas spoke again.';
      document.getElementById('later')!.append(later);
    });
    await expect
      .poll(async () => (await listMentions(site.browser, page)).filter((m) => m.context.includes('spoke again')))
      .toMatchObject([{ text: 'Caroline Lucas', id: '3930' }]);
    await expect
      .poll(async () => (await drawnMentions(page)).filter((words) => words === 'Caroline Lucas'))
      .toHaveLength(2);
    expect(await pageChanges(page)).toEqual(['added P to DIV#later']);
  });

  it("opens a card with its facts, in its own style, whatever the page's styles say", async () => {
    await hoverMention(site.browser, page, 'Caroline Lucas');
    const text = await card.waitForText(/Green Party, Brighton, Pavilion/);
    expect(text).toContain('NHS votes');
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    expect(await cardStyle(session)).toEqual(CARD_LOOK);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.text()).toBe('');
    // Opening and closing the card added its host, and changed nothing of the page's.
    expect(await pageChanges(page)).toEqual(['added P to DIV#later', CARD_HOST]);
  });

  it("cannot read the card: no shadow root, and not even the reader's MP badge by searching the screen", async () => {
    // The card of the reader's own MP is open, as the popup's On this page opens it (focus inside), and the page
    // searches.
    await tellTab(site.browser, page, { type: 'showMention', kind: 'mp', id: '1572' });
    expect(await card.waitForText(/Your MP/)).toContain('Jeremy Hunt');
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe('BEVAN-CARD');
    expect(await page.evaluate(() => String(document.querySelector('bevan-card')?.shadowRoot))).toBe('null');
    await expectNothingPrivate(page);
    await page.keyboard.press('Escape');
  });

  it("shrugs off the page's own events on mentions: nothing private shows, and real hovers still open cards", async () => {
    // The page finds the mentions where Bevan draws them, and pokes each one.
    expect(await page.evaluate(() => window.hostile.poke())).toBe((await mentions(page)).length);
    await expectNothingPrivate(page);
    await page.mouse.move(0, 0);
    await hoverMention(site.browser, page, 'NHS Reinstatement Bill');
    await card.waitForText(/National Health Service Bill 2015-16/);
    await page.keyboard.press('Escape');
    expect(await pageChanges(page)).toEqual(['added P to DIV#later', CARD_HOST]);
  });
});

describe('a page that works against Bevan: messages, private requests and start events', () => {
  it('ignores fake messages, and the page can neither reach the background nor look into Bevan’s frame', async () => {
    const runtime = await page.evaluate((id) => window.hostile.fakeMessages(id), site.browser.extensionId);
    expect(runtime).not.toBe('sent');
    expect(await page.evaluate((id) => window.hostile.frameSetupPage(id), site.browser.extensionId)).toMatch(
      /^(no document|refused)/,
    );
    // Bevan is still annotating and still answering.
    await page.evaluate(() => {
      const later = document.createElement('p');
      later.textContent = 'Jeremy Hunt replied.';
      document.getElementById('later')!.append(later);
    });
    await expect
      .poll(async () => (await listMentions(site.browser, page)).filter((m) => m.context.includes('replied')))
      .toMatchObject([{ text: 'Jeremy Hunt', id: '1572' }]);
    await page.mouse.move(0, 0);
    await hoverMention(site.browser, page, 'Caroline Lucas');
    await card.waitForText(/Brighton, Pavilion/);
    await page.keyboard.press('Escape');
    // The reader's MP is as they set it; the page's "setYourMp" went nowhere.
    const yourMp = (await askAsBevansPage('getYourMp')) as { data: { postcode: string; constituency: string } };
    expect(yourMp.data).toMatchObject({ postcode: POSTCODE, constituency: 'Godalming and Ash' });
    await expectNothingPrivate(page);
  });

  it('refuses every request that reads or changes private data when it comes from a content script', async () => {
    const before = await Promise.all(
      (['getYourMp', 'getAnnotationSettings', 'getLetterTemplates', 'getStatus'] as const).map((type) =>
        askAsBevansPage(type),
      ),
    );
    const privileged = (Object.keys(requests) as RequestType[]).filter((type) => requests[type].privileged);
    const payloads: Partial<Record<RequestType, object>> = {
      setYourMp: { postcode: 'SW1A 1AA', constituency: null },
      setAnnotationSettings: { maxMentionsPerEntity: 1 },
      setSiteEnabled: { url: 'https://www.bbc.co.uk/news', enabled: false, tabId: null },
    };
    const answers = (await inContentScript(
      page,
      site.browser.extensionId,
      `(async () => {
        const answers = {};
        for (const [type, payload] of ${JSON.stringify(privileged.map((type) => [type, payloads[type] ?? {}]))}) {
          answers[type] = await chrome.runtime.sendMessage({ type, payload });
        }
        return answers;
      })()`,
    )) as Record<string, { ok: boolean; error?: { code: string } }>;
    expect(Object.keys(answers).sort()).toEqual([...privileged].sort());
    // The same channel answers what a content script may ask: the refusals are about the sender, not the route.
    expect(
      await inContentScript(
        page,
        site.browser.extensionId,
        `chrome.runtime.sendMessage({ type: 'getStatus', payload: {} })`,
      ),
    ).toMatchObject({ ok: true });
    for (const [type, answer] of Object.entries(answers)) {
      expect({ type, answer }).toEqual({
        type,
        answer: { ok: false, error: expect.objectContaining({ code: 'forbidden' }) },
      });
    }
    const after = await Promise.all(
      (['getYourMp', 'getAnnotationSettings', 'getLetterTemplates', 'getStatus'] as const).map((type) =>
        askAsBevansPage(type),
      ),
    );
    expect(after).toEqual(before);
  });

  it('cannot stop Bevan by sending WXT’s start event, named with the public extension id', async () => {
    // WXT's own content-script context stops a script when it hears that a newer one started, and a page can send
    // that event too. The annotator's context does not listen for it (entrypoints/annotator.content/script-context.ts).
    await page.evaluate((id) => window.hostile.stopBevan(id), site.browser.extensionId);
    await page.evaluate(() => {
      const later = document.createElement('p');
      later.textContent = 'Later, Wes Streeting answered him.';
      document.querySelector('article')!.append(later);
    });
    // Still running: what the page adds afterwards is still read.
    await expect.poll(() => mentions(page), { timeout: 10_000 }).toContain('Wes Streeting → 4504');
    await expect.poll(() => drawnMentions(page)).toContain('Wes Streeting');
    expect(await inContentScript(page, site.browser.extensionId, 'globalThis.bevanRunning')).toBe(true);
    await expectNothingPrivate(page);
    // All along, the only changes to the page were the test's own, the page's own frame, and Bevan's card host.
    expect(await pageChanges(page)).toEqual([
      'added P to DIV#later',
      CARD_HOST,
      'added IFRAME to BODY',
      'removed IFRAME from BODY',
      'added P to DIV#later',
      'added P to ARTICLE',
    ]);
    await page.close();
  });
});

it('raised no uncaught errors on any of these pages', () => {
  expect(pageErrors).toEqual([]);
});
