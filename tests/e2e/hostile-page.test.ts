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
 * under a strict Content-Security-Policy still gets its mentions drawn,
 * styled cards and the MP setup frame; and requests that change data, sent
 * from Bevan's own content script, are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { inContentScript } from './helpers/content-script-world';
import { drawnHighlights } from './helpers/drawn';
import { hoverMention, listMentions, tellTab, waitForReading } from './helpers/mentions';
import { requests } from '@/utils/request-table';
import type { RequestType } from '@/utils/messages';

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
const POSTCODE = 'BS1 4ND';
/** What would give the reader away: the postcode, however written, and the badge on their MP's card. */
const SECRETS = [POSTCODE, 'BS14ND', 'bs1 4nd', '4ND', 'Your MP'];

declare global {
  interface Window {
    inlineScriptRan?: boolean;
    hostile: {
      log: string[];
      changes: string[];
      poke(): number;
      fakeMessages(extensionId: string): string;
      stopBevan(extensionId: string): void;
      frameSetupPage(extensionId: string): Promise<string>;
      find(words: string[]): string[];
      snoop(): Promise<string>;
    };
  }
}

let site: DemoSite;
const pageErrors: string[] = [];

beforeAll(async () => {
  site = await openDemoSite({
    offline: true,
    headers: (_path, query): Record<string, string> =>
      query.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {},
  });
});

afterAll(async () => {
  await site?.close();
});

async function openHostilePage(query = ''): Promise<{ page: Page; card: CardReader }> {
  const page = await site.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(site.url(`hostile-article.html${query}`));
  await waitForReading(page, 30_000);
  // Everything listed is drawn (a batch a frame). Polled by hand: this also runs in hooks, where expect.poll cannot.
  for (let tries = 0; (await drawn(page)).length !== (await mentions(page)).length; tries++) {
    if (tries === 200) throw new Error('Bevan did not draw every mention it listed');
    await page.waitForTimeout(100);
  }
  return { page, card: await CardReader.attach(page) };
}

/** What Bevan found, as it tells any extension page: "words → entity id", in page order. */
async function mentions(page: Page) {
  return (await listMentions(site.browser, page)).map((mention) => `${mention.text} → ${mention.id}`);
}

/** The words of every mention Bevan drew on the page (not the focus), sorted. */
async function drawn(page: Page) {
  return Object.entries(await drawnHighlights(page))
    .filter(([name]) => name !== 'bevan-focus')
    .flatMap(([, words]) => words)
    .sort();
}

/** The page's changes since it was parsed, each "added P to DIV#later" and the like, as its own observer saw them. */
function pageChanges(page: Page) {
  return page.evaluate(() => window.hostile.changes);
}

/** The one change Bevan may make to a page: its card host, the last child of the root element. */
const CARD_HOST = 'added BEVAN-CARD to HTML';

/** Whatever the page could read, searched for the reader's secrets. */
async function expectNothingPrivate(page: Page) {
  const readable = await page.evaluate(() => window.hostile.snoop());
  for (const secret of SECRETS) expect(readable, `the page read "${secret}"`).not.toContain(secret);
  expect(await page.evaluate((words) => window.hostile.find(words), SECRETS)).toEqual([]);
}

/** The card's own look, read inside its shadow root: the page's styles aimed at it must not have landed. */
async function cardStyle(session: CDPSession) {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeId: number; nodeName: string; attributes?: string[]; children?: unknown[]; shadowRoots?: unknown[] };
  };
  type Node = typeof root;
  const isCard = (node: Node) => {
    const classIndex = node.attributes?.indexOf('class') ?? -1;
    return classIndex >= 0 && node.attributes![classIndex + 1].split(/\s+/).includes('card');
  };
  const find = (node: Node): Node | null => {
    if (isCard(node)) return node;
    for (const child of [...((node.shadowRoots ?? []) as Node[]), ...((node.children ?? []) as Node[])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const card = find(root);
  if (!card) return null;
  const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  const style = Object.fromEntries(computedStyle.map((property) => [property.name, property.value]));
  return {
    width: style.width,
    fontSize: style['font-size'],
    color: style.color,
    background: style['background-color'],
    letterSpacing: style['letter-spacing'],
    textTransform: style['text-transform'],
  };
}

const CARD_LOOK = {
  width: '360px',
  fontSize: '14px',
  color: 'rgb(29, 35, 41)',
  background: 'rgb(255, 255, 255)',
  letterSpacing: 'normal',
  textTransform: 'none',
};

/** Sets the reader's MP as they would, on the options page: a postcode and a constituency. */
async function chooseYourMp() {
  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html'));
  await options.getByLabel('Your postcode').fill(POSTCODE);
  await options.getByLabel('Or your constituency').fill('godalming');
  await options.getByRole('button', { name: /Godalming and Ash/ }).click();
  await options.locator('#your-mp').getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText(`Postcode ${POSTCODE}`).waitFor();
  await options.close();
}

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

describe('a page that works against Bevan', () => {
  let page: Page;
  let card: CardReader;

  beforeAll(async () => {
    await chooseYourMp();
    ({ page, card } = await openHostilePage());
  });

  it('still gets its mentions annotated, its text untouched, and Bevan used none of its replaced built-ins', async () => {
    expect(await mentions(page)).toEqual(
      expect.arrayContaining([
        'Jeremy Hunt → 1572',
        'Caroline Lucas → 3930',
        'NHS Reinstatement Bill → nhs-bill-2015-16',
        "junior doctors' strike → junior-doctors-dispute",
      ]),
    );
    expect(await drawn(page)).toEqual(expect.arrayContaining(['Caroline Lucas', 'Jeremy Hunt']));
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
    await expect.poll(async () => (await drawn(page)).filter((words) => words === 'Caroline Lucas')).toHaveLength(2);
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
    await expect.poll(() => drawn(page)).toContain('Wes Streeting');
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
    expect(await drawn(page)).toContain('Caroline Lucas');
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
    await card.waitForText(/WriteToThem opened in a new tab/);
    await expectNothingPrivate(page);
    const keys = (await page.evaluate(() => window.hostile.log)).filter((entry) => /^key(down|up)/.test(entry));
    expect(keys).toEqual([]);
    await page.close();
  });
});

it('raised no uncaught errors on any of these pages', () => {
  expect(pageErrors).toEqual([]);
});
