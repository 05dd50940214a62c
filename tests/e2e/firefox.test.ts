/**
 * The demo article in Debian's Firefox ESR with Bevan's Firefox build: the
 * same mentions as in Chromium, the page's text unchanged, and a card with
 * facts and "Write to your MP" on hover. Needs Firefox (`FIREFOX_PATH`, else
 * /usr/bin/firefox-esr; `.ci/run` installs it) and skips, saying so, without.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOST, FIXTURES_DIR } from '../../scripts/demo-site';
import { FIREFOX_PATH, launchFirefox, textOf, type BevanFirefox } from '../../scripts/firefox';
import { serveDirectory, type StaticServer } from '../../scripts/serve';
import { expectDemoMentions, READ_MENTIONS, textUnchanged, type FoundMention } from './helpers/demo-mentions';

const ROOT = path.resolve(import.meta.dirname, '../..');
const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox) console.log(`No Firefox at ${FIREFOX_PATH}: the Firefox check is skipped.`);

describe.skipIf(!hasFirefox)('the demo article in Firefox', () => {
  let server: StaticServer;
  let firefox: BevanFirefox;

  beforeAll(async () => {
    // The build's output is kept, and shown should it fail.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT });
    server = await serveDirectory(FIXTURES_DIR);
    firefox = await launchFirefox({ mapHosts: [DEMO_HOST] });
    await firefox.send('browsingContext.navigate', {
      context: firefox.context,
      url: `http://${DEMO_HOST}:${server.port}/demo-article.html`,
      wait: 'complete',
    });
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('annotates the MPs, the bills and the dispute with their entities', async () => {
    // Bevan marks the end of its reading with a performance measure; a new install first loads its dataset into
    // IndexedDB, which on a busy machine takes a while.
    const done = () => firefox.evaluate<boolean>(`performance.getEntriesByName('bevan:script').length > 0`);
    for (const deadline = Date.now() + 45_000; !(await done()) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const found = await firefox.evaluate<FoundMention[]>(READ_MENTIONS);
    expect(found.length, `no mentions; the console said:\n${firefox.consoleLines.join('\n')}`).toBeGreaterThan(0);
    expectDemoMentions(found);
  });

  it("leaves the page's text exactly as it was", async () => {
    const html = readFileSync(path.join(FIXTURES_DIR, 'demo-article.html'), 'utf8');
    const same = await firefox.evaluate<boolean>(textUnchanged(html));
    expect(same).toBe(true);
  });

  it("opens Caroline Lucas's card on hover, with her party and seat, sources and a way to write to her", async () => {
    const mention = await firefox.element('bevan-mention[data-entity-id="3930"]');
    expect(mention?.sharedId).toBeTruthy();
    await firefox.send('input.performActions', {
      context: firefox.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: mention!.sharedId } } },
          ],
        },
      ],
    });
    const cardText = async () => textOf(await firefox.element('bevan-card'));
    await expect.poll(cardText, { timeout: 20_000 }).toMatch(/Green Party, Brighton, Pavilion/);
    const text = await cardText();
    expect(text).toContain('On 14 March 2016');
    expect(text).toContain('NHS votes');
    expect(text).toContain('Open Parliament Licence');
    expect(text).toContain('Write to your MP');
  });
});
