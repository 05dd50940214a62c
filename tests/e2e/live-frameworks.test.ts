/**
 * Bevan on live pages built with real frameworks (React, Preact, Vue; see
 * tests/e2e/frameworks and scripts/framework-pages.ts): each page is served
 * rendered on the server, hydrates once Bevan has read it, then keeps
 * changing: an "updated" line beside an MP's words, a sentence naming an MP
 * dropped, a keyed list of MPs reordered. Beside it, the same page at an
 * address where Bevan does not run, driven in lockstep. In Chromium and in
 * Firefox ESR: no page error, the same text with and without Bevan after every
 * change, and Bevan's mentions following the page (helpers/live-article-check.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBevan, type BevanBrowser } from '../../scripts/chromium';
import { DEMO_HOST } from '../../scripts/demo-site';
import { FIREFOX_PATH, launchFirefox, type BevanFirefox } from '../../scripts/firefox';
import { buildFrameworkPages, FRAMEWORKS } from '../../scripts/framework-pages';
import { serveDirectory, type StaticServer } from '../../scripts/serve';
import { checkLiveArticle, type DrivenPage } from './helpers/live-article-check';
import { listMentions, waitForReading, type ListedMention } from './helpers/mentions';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** A fixed id for Bevan's pages in Firefox, so that the test can open its popup there. */
const FIREFOX_EXTENSION_UUID = '5f0b7c2e-8d4a-4b6e-9c31-2a7e5d1f0b44';
/** A live framework page takes ten steps, each waiting for Bevan to catch up. */
const PAGE_TIMEOUT_MS = 240_000;

let pagesDir: string;
let server: StaticServer;

beforeAll(async () => {
  pagesDir = mkdtempSync(path.join(tmpdir(), 'bevan-framework-pages-'));
  await buildFrameworkPages(pagesDir);
  server = await serveDirectory(pagesDir);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

/** Where Bevan runs: a news site's host, mapped to the local server. */
const newsSiteUrl = (framework: string, port?: number) =>
  `http://${DEMO_HOST}${port ? `:${port}` : ''}/${framework}.html`;
/** Where it does not: the same server by its address, which no news site list names. */
const plainUrl = (framework: string) => `http://127.0.0.1:${server.port}/${framework}.html`;

describe('live framework pages in Chromium', () => {
  let bevan: BevanBrowser;

  beforeAll(async () => {
    bevan = await launchBevan({ mapHosts: [DEMO_HOST], serverPort: server.port });
  });

  afterAll(async () => {
    await bevan?.close();
  });

  async function driven(url: string): Promise<{ page: Page; driven: DrivenPage }> {
    const page = await bevan.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(url);
    return { page, driven: { evaluate: (expression) => page.evaluate(expression), errors: () => errors } };
  }

  for (const framework of FRAMEWORKS) {
    it(
      `${framework}: the page works as without Bevan, and its mentions follow it`,
      async () => {
        const withBevan = await driven(newsSiteUrl(framework));
        const withoutBevan = await driven(plainUrl(framework));
        try {
          await waitForReading(withBevan.page, 45_000);
          await checkLiveArticle({
            withBevan: withBevan.driven,
            withoutBevan: withoutBevan.driven,
            listMentions: () => listMentions(bevan, withBevan.page),
          });
        } finally {
          await withBevan.page.close();
          await withoutBevan.page.close();
        }
      },
      PAGE_TIMEOUT_MS,
    );
  }
});

const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox) console.log(`No Firefox at ${FIREFOX_PATH}: the live framework pages are not checked in Firefox.`);

describe.skipIf(!hasFirefox)('live framework pages in Firefox', () => {
  let firefox: BevanFirefox;
  /** Bevan's popup, open in a tab: an extension page, from which `browser.tabs.sendMessage` reaches a tab. */
  let popup: string;

  beforeAll(async () => {
    // The build's output is kept, and shown should it fail.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT });
    firefox = await launchFirefox({ mapHosts: [DEMO_HOST], extensionUuid: FIREFOX_EXTENSION_UUID });
    popup = await firefox.openExtensionPage('popup.html', `http://127.0.0.1:${server.port}/nothing-here`);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  /** A tab's errors: uncaught ones and console errors, as WebDriver BiDi logs them. */
  const driven = (context: string): DrivenPage => ({
    evaluate: (expression) => firefox.evaluate(expression, context),
    errors: () =>
      firefox.logEntries
        .filter((entry) => entry.context === context && entry.level === 'error')
        .map((entry) => entry.text),
  });

  for (const framework of FRAMEWORKS) {
    it(
      `${framework}: the page works as without Bevan, and its mentions follow it`,
      async () => {
        const url = newsSiteUrl(framework, server.port);
        const withBevan = await firefox.openTab(url);
        const withoutBevan = await firefox.openTab(plainUrl(framework));
        try {
          const read = () =>
            firefox.evaluate<boolean>(`performance.getEntriesByName('bevan:script').length > 0`, withBevan);
          for (const deadline = Date.now() + 45_000; !(await read()) && Date.now() < deadline;) {
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          await checkLiveArticle({
            withBevan: driven(withBevan),
            withoutBevan: driven(withoutBevan),
            listMentions: async () => {
              const answer = await firefox.evaluate<{ mentions: ListedMention[] } | undefined>(
                `browser.tabs.query({}).then((tabs) => {
                  const tab = tabs.find((candidate) => candidate.url === ${JSON.stringify(url)});
                  if (!tab) throw new Error('No tab at ${url}');
                  return browser.tabs.sendMessage(tab.id, { type: 'listMentions' });
                })`,
                popup,
              );
              return answer?.mentions ?? [];
            },
          });
        } finally {
          await firefox.send('browsingContext.close', { context: withBevan });
          await firefox.send('browsingContext.close', { context: withoutBevan });
        }
      },
      PAGE_TIMEOUT_MS,
    );
  }
});
