/**
 * Runs code in Bevan's content script world on a page (Chromium's isolated
 * world for the extension), through the DevTools protocol: what the content
 * script itself can do, tests can then do too.
 */
import type { Page } from 'playwright-core';

export async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that already exists.
  await session.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const bevan = contexts.find((context) => context.auxData?.type === 'isolated' && context.origin === origin);
  if (!bevan) throw new Error(`No content script world of ${origin} on ${page.url()}`);
  const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
    expression,
    contextId: bevan.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: unknown }; exceptionDetails?: { text: string } };
  await session.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}
