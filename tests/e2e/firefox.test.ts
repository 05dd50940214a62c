/**
 * The demo article in Debian's Firefox ESR with Bevan's Firefox build: the
 * same mentions as in Chromium, the page unchanged, a card with facts and
 * "Write to your MP" when the real pointer rests on a mention, and the
 * keyboard command's card as a dialog with focus inside. Needs Firefox
 * (`FIREFOX_PATH`, else /usr/bin/firefox-esr; `.ci/run` installs it) and
 * skips, saying so, without.
 *
 * WebDriver BiDi cannot reach Bevan's background, so the tab is asked what
 * Bevan found (`listMentions`) from Bevan's own popup page, open in a tab of
 * its own at a fixed moz-extension:// address.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOST, FIXTURES_DIR } from '../../scripts/demo-site';
import { FIREFOX_PATH, launchFirefox, textOf, type BevanFirefox } from '../../scripts/firefox';
import { serveDirectory, type StaticServer } from '../../scripts/serve';
import { expectDemoMentions, foundMentions, textUnchanged } from './helpers/demo-mentions';
import type { ListedMention } from './helpers/mentions';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Bevan's internal UUID in this Firefox (the `extensions.webextensions.uuids` pref), fixed so its pages have one address. */
const EXTENSION_UUID = '0c7e4b1a-3f52-4d8e-a6b9-5e21d0f3c874';
const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox) console.log(`No Firefox at ${FIREFOX_PATH}: the Firefox check is skipped.`);

// One Firefox for the file, shared by the tests below in order.
let server: StaticServer;
let firefox: BevanFirefox;
let articleUrl: string;
/** Bevan's popup, open in a tab: an extension page, from which `browser.tabs.sendMessage` reaches the article. */
let popup: string;

/** Sends the article's tab a message from Bevan's own page, as the background would, and returns the answer. */
const tellTab = <T>(message: Record<string, unknown>) =>
  firefox.evaluate<T>(
    `browser.tabs.query({}).then((tabs) => {
      const tab = tabs.find((candidate) => candidate.url === ${JSON.stringify(articleUrl)});
      if (!tab) throw new Error('No tab at ${articleUrl}');
      return browser.tabs.sendMessage(tab.id, ${JSON.stringify(message)});
    })`,
    popup,
  );
const listMentions = async () =>
  (await tellTab<{ mentions: ListedMention[] } | undefined>({ type: 'listMentions' }))?.mentions ?? [];
const cardText = async () => textOf(await firefox.element('bevan-card'));

beforeAll(async () => {
  if (!hasFirefox) return;
  // The build's output is kept, and shown should it fail.
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT });
  server = await serveDirectory(FIXTURES_DIR);
  firefox = await launchFirefox({ mapHosts: [DEMO_HOST], extensionUuid: EXTENSION_UUID });
  articleUrl = `http://${DEMO_HOST}:${server.port}/demo-article.html`;
  await firefox.send('browsingContext.navigate', { context: firefox.context, url: articleUrl, wait: 'complete' });
  popup = await firefox.openExtensionPage('popup.html', `http://127.0.0.1:${server.port}/nothing-here`);
  // The article's tab in front again: a background tab runs no animation frames, where Bevan hit-tests the pointer.
  await firefox.send('browsingContext.activate', { context: firefox.context });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe.skipIf(!hasFirefox)('the demo article in Firefox: its mentions', () => {
  it('annotates the MPs, the bills and the dispute with their entities', async () => {
    // Bevan marks the end of its reading with a performance measure; a new install first loads its dataset into
    // IndexedDB, which on a busy machine takes a while.
    const done = () => firefox.evaluate<boolean>(`performance.getEntriesByName('bevan:script').length > 0`);
    for (const deadline = Date.now() + 45_000; !(await done()) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const found = foundMentions({ mentions: await listMentions() });
    expect(found.length, `no mentions; the console said:\n${firefox.consoleLines.join('\n')}`).toBeGreaterThan(0);
    expectDemoMentions(found);
  });

  it("leaves the page's text and markup exactly as they were", async () => {
    const html = readFileSync(path.join(FIXTURES_DIR, 'demo-article.html'), 'utf8');
    expect(await firefox.evaluate<boolean>(textUnchanged(html))).toBe(true);
  });
});

describe.skipIf(!hasFirefox)('the demo article in Firefox: cards, by the pointer and by the keyboard', () => {
  it("opens Caroline Lucas's card on hover, with her party and seat, sources and a way to write to her", async () => {
    let mention = (await listMentions()).find((candidate) => candidate.id === '3930');
    expect(mention).toBeDefined();
    // Brought into view first, should the window be too short for it.
    const height = await firefox.evaluate<number>('window.innerHeight');
    if (mention!.rect.y < 0 || mention!.rect.y + mention!.rect.height > height) {
      await firefox.evaluate(`window.scrollBy(0, ${mention!.rect.y - height / 2})`);
      mention = (await listMentions()).find((candidate) => candidate.id === '3930');
    }
    const { x, y, width, height: lineHeight } = mention!.rect;
    // The real pointer, moved to the middle of the mention's first line.
    await firefox.send('input.performActions', {
      context: firefox.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [{ type: 'pointerMove', x: Math.round(x + width / 2), y: Math.round(y + lineHeight / 2) }],
        },
      ],
    });
    await expect.poll(cardText, { timeout: 20_000 }).toMatch(/Green Party, Brighton, Pavilion/);
    const text = await cardText();
    expect(text).toContain('On 14 March 2016');
    expect(text).toContain('NHS votes');
    expect(text).toContain('Open Parliament Licence');
    expect(text).toContain('Write to your MP');
    // The card's host is outside the page's body, the last child of the root element.
    expect(await firefox.evaluate<string>('document.documentElement.lastElementChild.localName')).toBe('bevan-card');
    expect(await firefox.evaluate<number>(`document.body.querySelectorAll('bevan-card').length`)).toBe(0);
  });

  it("opens the next mention's card as a dialog with focus inside on the keyboard command, and closes it on Escape", async () => {
    await firefox.send('input.performActions', {
      context: firefox.context,
      actions: [
        { type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: 0, y: 0 }] },
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: '\uE00C' },
            { type: 'keyUp', value: '\uE00C' },
          ],
        },
      ],
    });
    await expect.poll(cardText, { timeout: 10_000 }).not.toMatch(/NHS votes/);
    // What the background sends for the next-mention command.
    await tellTab({ type: 'moveToMention', direction: 'next' });
    await expect
      .poll(() => firefox.evaluate<string>('document.activeElement?.localName'), { timeout: 20_000 })
      .toBe('bevan-card');
    await expect.poll(cardText, { timeout: 20_000 }).toMatch(/Write to your MP/);
    // The focused element in the closed shadow root (reached by WebDriver's reference to it) is the card's dialog,
    // named for the mention the live region announces.
    const host = await firefox.element('bevan-card');
    const shadowRoot = host?.value?.shadowRoot?.sharedId;
    expect(shadowRoot).toBeTruthy();
    const { result } = await firefox.send<{ result: { value?: string } }>('script.callFunction', {
      functionDeclaration: `(root) => {
        const focused = root.activeElement;
        return [focused?.getAttribute('role'), focused?.getAttribute('aria-label')].join('|');
      }`,
      arguments: [{ sharedId: shadowRoot }],
      target: { context: firefox.context },
      awaitPromise: false,
    });
    const [role, label] = (result.value ?? '').split('|');
    expect(role).toBe('dialog');
    const announced = /(.+), (?:MP|bill|dispute): mention \d+ of \d+/.exec(textOf(host));
    expect(announced, textOf(host).slice(0, 200)).not.toBeNull();
    expect(label).toBe(`Bevan: ${announced![1]}`);
    await firefox.send('input.performActions', {
      context: firefox.context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: '\uE00C' },
            { type: 'keyUp', value: '\uE00C' },
          ],
        },
      ],
    });
    await expect.poll(cardText, { timeout: 10_000 }).not.toMatch(/Write to your MP/);
  });
});
