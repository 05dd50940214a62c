/**
 * Starts Debian's Firefox ESR with Bevan's Firefox build installed, for the
 * end-to-end check that Bevan works there too. Playwright drives only its own
 * patched Firefox, so this speaks WebDriver BiDi, the remote protocol stock
 * Firefox has, over a WebSocket. News-site host names resolve to this machine
 * inside this Firefox only.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import WebSocket from 'ws';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/firefox-mv3');

/** A node as WebDriver BiDi serializes it, closed shadow roots included when asked. */
export interface BidiNode {
  type: 'node';
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export interface LogEntry {
  level: string;
  text: string;
  /** The browsing context it came from. */
  context?: string;
}

export interface BevanFirefox {
  /** The first tab's browsing context. */
  context: string;
  /** What pages and Bevan's content script wrote to the console, as it came. */
  consoleLines: string[];
  /** The same, with the browsing context each line came from. */
  logEntries: LogEntry[];
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /**
   * Runs `expression` in the page (or in browsing context `target`) and returns its value (primitives and JSON-like
   * values).
   */
  evaluate<T>(expression: string, target?: string): Promise<T>;
  /** Opens a new tab at `url`, once loaded, and returns its browsing context. */
  openTab(url: string): Promise<string>;
  /** The moz-extension:// address of Bevan's own page, e.g. `popup.html`; needs `extensionUuid` at launch. */
  extensionUrl(page: string): string;
  /**
   * Opens Bevan's own `page` (e.g. `popup.html`) in a tab of its own, where its whole extension API is available,
   * and returns that tab's browsing context. `webPage` is any http page to start from.
   */
  openExtensionPage(page: string, webPage: string): Promise<string>;
  /** The first element matching `selector`, serialized with its whole subtree, closed shadow roots included. */
  element(selector: string): Promise<BidiNode | null>;
  close(): Promise<void>;
}

/** Prefs for a quiet, offline Firefox that installs an unsigned add-on and grants it its host permissions. */
function prefs(mapHosts: string[]): Record<string, string | number | boolean> {
  return {
    'network.dns.localDomains': mapHosts.join(','),
    'dom.security.https_first': false,
    'xpinstall.signatures.required': false,
    // MV3 host permissions are asked for in Firefox; a reader grants them, a test cannot click.
    'extensions.originControls.grantByDefault': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
  };
}

export const BEVAN_GECKO_ID = 'bevan@bevan-extension.org';

export interface FirefoxOptions {
  mapHosts: string[];
  /**
   * The internal UUID to give Bevan, so that a test can open its own pages (moz-extension://<uuid>/…); Firefox
   * picks a random one otherwise.
   */
  extensionUuid?: string;
}

type Send = BevanFirefox['send'];

/** A new profile directory whose user.js holds the prefs, and Bevan's internal UUID when one is asked for. */
function makeProfile(mapHosts: string[], extensionUuid: string | undefined): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'bevan-firefox-'));
  const extensionPrefs = extensionUuid
    ? { 'extensions.webextensions.uuids': JSON.stringify({ [BEVAN_GECKO_ID]: extensionUuid }) }
    : {};
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries({ ...prefs(mapHosts), ...extensionPrefs })
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  return profile;
}

/** The WebDriver BiDi address Firefox prints on stderr once its remote port is open. */
function remoteAddress(firefox: ChildProcessByStdio<null, null, Readable>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not open its remote port:\n${said}`)), 30_000);
    firefox.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(said)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    firefox.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${said}`)));
  });
}

/**
 * A WebDriver BiDi connection: `send` answers each command with its result, and console entries are collected as
 * they come. The socket is returned before it opens, so that a launch that fails meanwhile can still close it.
 */
function connectBidi(
  address: string,
  consoleLines: string[],
  logEntries: LogEntry[],
): { socket: WebSocket; opened: Promise<unknown>; send: Send } {
  const connection = new WebSocket(`${address}/session`);
  const opened = new Promise((resolve, reject) => connection.once('open', resolve).once('error', reject));
  const pending = new Map<number, Pending>();
  let lastId = 0;
  // A lost connection fails what was waiting on it, rather than the test run.
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  connection.on('error', failAll);
  connection.on('close', () => failAll(new Error('The connection to Firefox closed')));
  connection.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString());
    if (message.method === 'log.entryAdded') {
      const { level, text, source } = message.params;
      consoleLines.push(`${level}: ${text}`);
      logEntries.push({ level, text, context: source?.context });
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
    else waiting.resolve(message.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      connection.send(JSON.stringify({ id, method, params }));
    });
  return { socket: connection, opened, send };
}

/** Starts the session with Bevan installed, and returns the first tab's browsing context. */
async function startSession(send: Send): Promise<string> {
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
  await closeWelcomePage(send);
  const { contexts } = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  return contexts[0].context;
}

/**
 * Installing is a first install, so Bevan opens its welcome page in a new tab; left open, it would take the
 * foreground from the tabs a test opens. It is waited for (a few seconds at most) and closed.
 */
async function closeWelcomePage(send: Send): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { contexts } = await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {});
    const welcome = contexts.find((tab) => tab.url.startsWith('moz-extension://') && tab.url.endsWith('/welcome.html'));
    if (welcome) return void (await send('browsingContext.close', { context: welcome.context }));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchFirefox({ mapHosts, extensionUuid }: FirefoxOptions): Promise<BevanFirefox> {
  const profile = makeProfile(mapHosts, extensionUuid);
  const firefox = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let socket: WebSocket | undefined;
  const stop = async () => {
    socket?.terminate();
    firefox.kill();
    await new Promise((resolve) => (firefox.exitCode === null ? firefox.once('exit', resolve) : resolve(null)));
    rmSync(profile, { recursive: true, force: true });
  };
  // A Firefox that started but could not be set up is not left running.
  const consoleLines: string[] = [];
  const logEntries: LogEntry[] = [];
  let context: string;
  let send: Send;
  try {
    const bidi = connectBidi(await remoteAddress(firefox), consoleLines, logEntries);
    socket = bidi.socket;
    send = bidi.send;
    await bidi.opened;
    context = await startSession(send);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    context,
    consoleLines,
    logEntries,
    send,
    ...pageHelpers(send, context, extensionUuid),
    async close() {
      await send('session.end', {}).catch(() => undefined);
      await stop();
    },
  };
}

/** What a test does in the browser, over the session's `send`. */
function pageHelpers(
  send: Send,
  context: string,
  extensionUuid: string | undefined,
): Pick<BevanFirefox, 'evaluate' | 'openTab' | 'extensionUrl' | 'openExtensionPage' | 'element'> {
  function extensionUrl(page: string): string {
    if (!extensionUuid) throw new Error('Launch Firefox with an extensionUuid to open Bevan’s own pages');
    return `moz-extension://${extensionUuid}/${page}`;
  }

  async function evaluate<T>(expression: string, target = context): Promise<T> {
    const answer = await send<{ result?: { value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      {
        // Awaited before it is serialized, so that an expression may be a promise.
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context: target },
        awaitPromise: true,
      },
    );
    // A script that threw is answered with its exception instead of a result.
    if (!answer.result) throw new Error(`In the page: ${answer.exceptionDetails?.text ?? 'the script threw'}`);
    const { value } = answer.result;
    return (value === undefined ? undefined : JSON.parse(value as string)) as T;
  }

  return {
    evaluate,
    async openTab(url: string) {
      const { context: tab } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
      return tab;
    },
    extensionUrl,
    openExtensionPage: (page: string, webPage: string) =>
      openExtensionPage(send, evaluate, extensionUrl, page, webPage),
    async element(selector: string) {
      const { result } = await send<{ result: BidiNode | { type: 'null' } }>('script.callFunction', {
        functionDeclaration: '(selector) => document.querySelector(selector)',
        arguments: [{ type: 'string', value: selector }],
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
      });
      return result.type === 'node' ? result : null;
    },
  };
}

/** See `BevanFirefox.openExtensionPage`. */
async function openExtensionPage(
  send: Send,
  evaluate: BevanFirefox['evaluate'],
  extensionUrl: (page: string) => string,
  page: string,
  webPage: string,
): Promise<string> {
  // WebDriver BiDi may not navigate to moz-extension:// addresses, and Bevan's page framed in a web page gets
  // only a content script's API. So a web page frames the one page Bevan lets pages frame (your-mp.html), and
  // that frame, being Bevan's, opens `page` as a tab of its own.
  const { context: helper } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await send('browsingContext.navigate', { context: helper, url: webPage, wait: 'complete' });
  const framed = extensionUrl('your-mp.html');
  await evaluate(
    `new Promise((loaded) => {
          const frame = document.createElement('iframe');
          frame.onload = () => loaded(true);
          frame.src = ${JSON.stringify(framed)};
          document.body.append(frame);
        })`,
    helper,
  );
  const tree = async () => (await send<{ contexts: BidiContext[] }>('browsingContext.getTree', {})).contexts;
  const frame = (await tree()).find((tab) => tab.context === helper)?.children?.[0]?.context;
  if (!frame) throw new Error(`${framed} did not load in a frame`);
  const opened = extensionUrl(page);
  // Opening a tab needs a user's gesture; WebDriver BiDi gives the script one.
  await send('script.evaluate', {
    expression: `void window.open(${JSON.stringify(opened)}, '_blank')`,
    target: { context: frame },
    awaitPromise: false,
    userActivation: true,
  });
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const found = (await tree()).find((tab) => tab.url === opened);
    if (found && (await evaluate<string>('document.readyState', found.context)) === 'complete') {
      await send('browsingContext.close', { context: helper });
      return found.context;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${opened} did not open`);
}

/** The words of a serialized node and everything below it, its shadow tree included, in tree order, one space apart. */
export function textOf(node: BidiNode | null | undefined): string {
  const words: string[] = [];
  const collect = (at: BidiNode | null | undefined) => {
    const value = at?.value;
    if (!value || value.localName === 'style') return;
    if (value.nodeType === 3) words.push(value.nodeValue ?? '');
    if (value.shadowRoot) collect(value.shadowRoot);
    for (const child of value.children ?? []) collect(child);
  };
  collect(node);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
