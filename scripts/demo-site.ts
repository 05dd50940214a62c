/**
 * The demo article and test fixtures, served from this machine under a news
 * site's host name that only the launched browser resolves here, so that the
 * content script runs as it would on the real site. Used by `npm start` and
 * the end-to-end tests.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CardReader } from './card-reader';
import { launchBevan, type BevanBrowser, type LaunchOptions } from './chromium';
import { serveDirectory, type StaticServer } from './serve';

/** A subdomain of a default news site that does not exist there. */
export const DEMO_HOST = 'bevan-demo.inews.co.uk';
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../tests/fixtures');

export interface DemoSite {
  browser: BevanBrowser;
  server: StaticServer;
  /** The address of a fixture page, e.g. `url('demo-article.html')`. */
  url(page: string): string;
  close(): Promise<void>;
}

export interface DemoSiteOptions extends Omit<LaunchOptions, 'mapHosts' | 'serverPort'> {
  /** Extra response headers by path and query, e.g. a Content-Security-Policy. */
  headers?: Parameters<typeof serveDirectory>[1];
}

export async function openDemoSite({ headers, ...options }: DemoSiteOptions = {}): Promise<DemoSite> {
  const server = await serveDirectory(FIXTURES_DIR, headers);
  const browser = await launchBevan({ ...options, mapHosts: [DEMO_HOST], serverPort: server.port });
  return {
    browser,
    server,
    url: (page) => `http://${DEMO_HOST}/${page}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface ReaderTab {
  page: Page;
  card: CardReader;
  /** The page's uncaught errors, as they happen. */
  pageErrors: string[];
}

/** A new tab on a fixture page, once Bevan has read all of it (its `bevan:script` measure), with a reader for its card. */
export async function openReaderTab(site: DemoSite, fixture = 'demo-article.html'): Promise<ReaderTab> {
  const page = await site.browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(site.url(fixture));
  // A new install first loads its dataset into IndexedDB, which on a busy machine takes a while.
  await page.waitForFunction(() => performance.getEntriesByName('bevan:script').length > 0, null, { timeout: 30_000 });
  return { page, card: await CardReader.attach(page), pageErrors };
}
