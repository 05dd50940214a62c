/**
 * The demo article and test fixtures, served from this machine under a news
 * site's host name that only the launched browser resolves here, so that the
 * content script runs as it would on the real site. Used by `npm start` and
 * the end-to-end tests.
 */
import path from 'node:path';
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
