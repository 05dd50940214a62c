/**
 * axe-core on what readers use, in light and dark mode: the popup, the
 * options page, the "choose your MP" page a card frames, and an open card of
 * each kind. No serious or critical violation; lesser ones are printed.
 *
 * The card lives in a closed shadow root, which axe (like any page script)
 * cannot enter. For this test only, Bevan's content script world is told to
 * make shadow roots open before the card UI starts (through the DevTools
 * protocol), so that axe checks the real card in place: its own styles, the
 * page's colour scheme, and where it sits on the page.
 *
 * The keyboard-only path from a mention to "Write to your MP" is tested in
 * write-to-mp.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { inContentScript } from './helpers/content-script-world';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page (the card when `inCard`) and returns its violations. */
async function axe(page: Page, inCard = false): Promise<Violation[]> {
  // Evaluated rather than added as a script tag: extension pages allow only their own scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (card) => {
    const { axe } = window as unknown as {
      axe: { run(context: Node, options: object): Promise<{ violations: Violation[] }> };
    };
    const context = card ? document.querySelector('bevan-card')?.shadowRoot?.querySelector('.card') : document;
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
      await page.locator('bevan-mention').first().waitFor({ timeout: 20_000 });
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
        await page.locator('bevan-mention', { hasText: mention }).first().hover();
        await card.waitForText(shows);
        expectNoSeriousViolations(`the card for ${mention} (${colorScheme})`, await axe(page, true));
        await page.keyboard.press('Escape');
        await expect.poll(() => card.text()).toBe('');
      }
      await page.close();
    });
  });
}
