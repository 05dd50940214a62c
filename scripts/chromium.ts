/**
 * Starts Debian's Chromium with the built extension loaded, for `npm start`,
 * the end-to-end tests and the benchmark. Pages are served from this machine;
 * news-site host names are mapped to the local server so that the content
 * script runs exactly as it would on the real site.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { PARLIAMENT_ORIGINS } from '../utils/parliament/hosts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

export interface BevanBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The extension's own page, e.g. `popup.html`. */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Host names to answer from the local server, e.g. `bevan-demo.inews.co.uk`. */
  mapHosts?: string[];
  serverPort?: number;
  /** Fail every other host name at once, as on a machine without a network: saved pages ask for many. */
  offline?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Opens Chromium's DevTools port, for a measure that must reach the service worker itself (its heap). */
  debuggingPort?: number;
  /** A local HTTPS stand-in for Parliament's APIs: their host names go to its port, and its key is trusted. */
  standIn?: { port: number; spkiHash: string };
}

/** The host names of Parliament's APIs, which a stand-in answers in tests. */
const PARLIAMENT_API_HOSTS = Object.values(PARLIAMENT_ORIGINS).map((origin) => new URL(origin).host);

/**
 * A Chromium with the flags this machine needs, and Bevan's build loaded (`extensionDir`, by default this checkout's)
 * unless `extension` is false (a baseline).
 */
export async function launchChromium(
  options: LaunchOptions & { extension?: boolean; extensionDir?: string } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'bevan-chromium-'));
  const hostRules = (options.mapHosts ?? []).map((host) => `MAP ${host} 127.0.0.1:${options.serverPort}`);
  const standIn = options.standIn;
  if (standIn) hostRules.push(...PARLIAMENT_API_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${standIn.port}`));
  if (options.offline) hostRules.push('MAP * ~NOTFOUND');
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    // A UK reader's browser: dates in forms read day/month/year.
    locale: 'en-GB',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Without this, Playwright's default flags silently drop the extension.
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      // The local server speaks plain http; don't try https first.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...(hostRules.length ? [`--host-resolver-rules=${hostRules.join(',')}`] : []),
      ...(standIn ? [`--ignore-certificate-errors-spki-list=${standIn.spkiHash}`] : []),
      ...(options.debuggingPort ? [`--remote-debugging-port=${options.debuggingPort}`] : []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBevan(options: LaunchOptions = {}): Promise<BevanBrowser> {
  const { context, close } = await launchChromium(options);
  const serviceWorker =
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close,
  };
}
