/** axe-core on a page of Bevan's own: the serious and critical violations, by rule and the nodes they were found on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * `inCard`: only the open card, in a shadow root the test has made open (see accessibility.test.ts); else the whole
 * page.
 */
export async function seriousViolations(page: Page, inCard = false): Promise<string[]> {
  // Evaluated rather than added as a script tag: extension pages allow only their own scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (card) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Node,
          options: object,
        ): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const context = card ? document.querySelector('bevan-card')?.shadowRoot?.querySelector('.card') : document;
    if (!context) throw new Error('No card to check');
    const { violations } = await axe.run(context, { iframes: false });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
      );
  }, inCard);
}
