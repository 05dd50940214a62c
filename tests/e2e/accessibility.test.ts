/**
 * axe-core on what readers use, in light and dark mode: the popup (and its
 * "On this page" over an article), the options page, the "choose your MP"
 * page a card frames, an open card of each kind, and a card reached by the
 * next-mention command, as the dialog it then is. No serious or critical
 * violation; lesser ones are printed.
 *
 * The card lives in a closed shadow root, which axe (like any page script)
 * cannot enter. For this test only, Bevan's content script world is told to
 * make shadow roots open before the card UI starts (through the DevTools
 * protocol), so that axe checks the real card in place: its own styles, the
 * page's colour scheme, and where it sits on the page.
 *
 * The keyboard-only path from a mention to "Write to your MP" is tested in
 * write-to-mp.test.ts and keyboard.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { inContentScript } from './helpers/content-script-world';
import { hoverMention, tellTab, waitForReading } from './helpers/mentions';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page and returns its violations: on the card alone when `inCard` is 'card', or on all that Bevan
 * adds (the dialog holding the card, and the live region that announces a mention) when it is 'host'.
 */
async function axe(page: Page, inCard: false | 'card' | 'host' = false): Promise<Violation[]> {
  // Evaluated rather than added as a script tag: extension pages allow only their own scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (card) => {
    const { axe } = window as unknown as {
      axe: { run(context: Node, options: object): Promise<{ violations: Violation[] }> };
    };
    const host = document.querySelector('bevan-card');
    const context = !card ? document : card === 'host' ? host : host?.shadowRoot?.querySelector('.card');
    if (!context) throw new Error('No card to check');
    // The card's "choose your MP" frame is Bevan's own page, checked on its own below.
    const { violations } = await axe.run(context, { iframes: false });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, inCard);
}

function expectNoSeriousViolations(where: string, violations: Violation[]) {
  const lesser = violations.filter((violation) => !['serious', 'critical'].includes(violation.impact ?? ''));
  if (lesser.length) {
    console.log(
      `${where}: ${lesser.map((violation) => `${violation.impact} ${violation.id} (${violation.help})`).join('; ')}`,
    );
  }
  const serious = violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => ({
      rule: `${violation.impact} ${violation.id}: ${violation.help}`,
      nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
    }));
  expect(serious, where).toEqual([]);
}

const CARDS = [
  { mention: 'Caroline Lucas', shows: /Brighton, Pavilion/ },
  { mention: 'NHS Reinstatement Bill', shows: /talked out/ },
  { mention: "junior doctors' contract", shows: /Write to your MP/ },
];

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${colorScheme} mode`, () => {
    let site: DemoSite;

    afterAll(async () => {
      await site?.close();
    });

    it("Bevan's own pages have no serious or critical violations", async () => {
      site = await openDemoSite({ colorScheme, offline: true });
      // Each checked once its data is in.
      for (const [name, ready] of [
        ['popup.html', 'Latest events'],
        ['options.html', 'People (MPs since 2010)'],
        ['your-mp.html', 'Your postcode'],
      ] as const) {
        const page = await site.browser.context.newPage();
        await page.goto(site.browser.extensionUrl(name));
        await page.getByText(ready, { exact: true }).first().waitFor();
        expectNoSeriousViolations(`${name} (${colorScheme})`, await axe(page));
        await page.close();
      }
    });

    it('an open card of each kind has no serious or critical violations', async () => {
      const page = await site.browser.context.newPage();
      await page.goto(site.url('demo-article.html'));
      await waitForReading(page, 30_000);
      await inContentScript(
        page,
        site.browser.extensionId,
        `{
          const attachShadow = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init) {
            return attachShadow.call(this, { ...init, mode: 'open' });
          };
        }`,
      );
      const card = await CardReader.attach(page);
      for (const { mention, shows } of CARDS) {
        await page.mouse.move(0, 0);
        await hoverMention(site.browser, page, mention);
        await card.waitForText(shows);
        expectNoSeriousViolations(`the card for ${mention} (${colorScheme})`, await axe(page, 'card'));
        await page.keyboard.press('Escape');
        await expect.poll(() => card.text()).toBe('');
      }

      // Reached by the next-mention command (sent as the background sends it): a labelled dialog with focus inside.
      await page.mouse.move(0, 0);
      await tellTab(site.browser, page, { type: 'moveToMention', direction: 'next' });
      await expect.poll(() => card.focusedText(), { timeout: 15_000 }).toMatch(/^Bevan: /);
      await card.waitForText(/Open Parliament Licence/);
      expect(await page.evaluate(() => document.querySelector('bevan-card')?.shadowRoot?.activeElement?.role)).toBe(
        'dialog',
      );
      expectNoSeriousViolations(`a card reached from the keyboard (${colorScheme})`, await axe(page, 'host'));
      await page.keyboard.press('Escape');
      await expect.poll(() => card.box()).toBeNull();
      await page.close();
    });

    it('the popup\'s "On this page" over an article has no serious or critical violations', async () => {
      const article = await site.browser.context.newPage();
      await article.goto(site.url('demo-article.html?on-this-page'));
      await waitForReading(article, 30_000);
      const tabId = await site.browser.serviceWorker.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
        };
        return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id;
      }, article.url());
      const popup = await site.browser.context.newPage();
      await popup.goto(site.browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.getByRole('region', { name: 'On this page' }).getByRole('listitem').first().waitFor();
      await popup.getByText('Latest events', { exact: true }).first().waitFor();
      expectNoSeriousViolations(`popup.html, On this page (${colorScheme})`, await axe(popup));
      await popup.close();
      await article.close();
    });
  });
}
