/**
 * Shared by the hostile-page tests (tests/e2e/hostile-page*.test.ts): the demo
 * site serving tests/fixtures/hostile-article.html, with a strict
 * Content-Security-Policy when asked (`?csp=strict`), and what the tests read
 * from the page.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { CardReader } from '../../../scripts/card-reader';
import type { BevanBrowser } from '../../../scripts/chromium';
import { openDemoSite, type DemoSite } from '../../../scripts/demo-site';
import { drawnMentions } from './drawn';
import { listMentions, waitForReading } from './mentions';

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
export const POSTCODE = 'BS1 4ND';
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

/**
 * Opens the demo site, offline, for the calling test file (in its beforeAll, closed in its afterAll), with what
 * reads the hostile page there, and the page errors seen on every page it opened.
 */
export function useHostileSite() {
  let opened: DemoSite | undefined;
  beforeAll(async () => {
    opened = await openDemoSite({
      offline: true,
      headers: (_path, query): Record<string, string> =>
        query.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {},
    });
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): DemoSite => {
    if (!opened) throw new Error('The hostile site opens in beforeAll');
    return opened;
  };
  /** The site's browser, once beforeAll has opened it. */
  const site = {
    get browser(): BevanBrowser {
      return current().browser;
    },
  };
  const pageErrors: string[] = [];

  async function openHostilePage(query = ''): Promise<{ page: Page; card: CardReader }> {
    const page = await site.browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(current().url(`hostile-article.html${query}`));
    await waitForReading(page, 30_000);
    // Everything listed is drawn (a batch a frame). Polled by hand: this also runs in hooks, where expect.poll cannot.
    for (let tries = 0; (await drawnMentions(page)).length !== (await mentions(page)).length; tries++) {
      if (tries === 200) throw new Error('Bevan did not draw every mention it listed');
      await page.waitForTimeout(100);
    }
    return { page, card: await CardReader.attach(page) };
  }

  /** What Bevan found, as it tells any extension page: "words → entity id", in page order. */
  async function mentions(page: Page) {
    return (await listMentions(site.browser, page)).map((mention) => `${mention.text} → ${mention.id}`);
  }

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

  return { site, pageErrors, openHostilePage, mentions, chooseYourMp };
}

/** The page's changes since it was parsed, each "added P to DIV#later" and the like, as its own observer saw them. */
export function pageChanges(page: Page) {
  return page.evaluate(() => window.hostile.changes);
}

/** The one change Bevan may make to a page: its card host, the last child of the root element. */
export const CARD_HOST = 'added BEVAN-CARD to HTML';

/** Whatever the page could read, searched for the reader's secrets. */
export async function expectNothingPrivate(page: Page) {
  const readable = await page.evaluate(() => window.hostile.snoop());
  for (const secret of SECRETS) expect(readable, `the page read "${secret}"`).not.toContain(secret);
  expect(await page.evaluate((words) => window.hostile.find(words), SECRETS)).toEqual([]);
}

/** The card's own look, read inside its shadow root: the page's styles aimed at it must not have landed. */
export async function cardStyle(session: CDPSession) {
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

export const CARD_LOOK = {
  width: '360px',
  fontSize: '14px',
  color: 'rgb(29, 35, 41)',
  background: 'rgb(255, 255, 255)',
  letterSpacing: 'normal',
  textTransform: 'none',
};
