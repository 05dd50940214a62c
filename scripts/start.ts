/**
 * `npm start`: builds Bevan, serves the demo article from this machine and
 * opens Chromium with the extension loaded on it.
 *
 *   npm start                                   a browser window to try it in
 *   npm start -- --headless --screenshot x.png  no display needed: opens a card and saves a screenshot
 *   options: --dark (dark colour scheme), --no-build (use the existing .output/),
 *            --mention "NHS Reinstatement Bill" (which mention's card the screenshot opens)
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CardReader } from './card-reader';
import { openDemoSite } from './demo-site';
import { findMention, hoverMention, waitForReading } from '../tests/e2e/helpers/mentions';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    dark: { type: 'boolean', default: false },
    mention: { type: 'string', default: 'Caroline Lucas' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) execSync('npx wxt build', { stdio: 'inherit' });
const headless = values.headless || Boolean(values.screenshot && !process.env.DISPLAY);
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to open a browser window on. Try: npm start -- --headless --screenshot demo.png');
  process.exit(1);
}
// The reader's browser: cards check Parliament for the latest facts, as they would at home.
const site = await openDemoSite({ headless, colorScheme: values.dark ? 'dark' : 'light', realParliament: true });
const page = await site.browser.context.newPage();
await page.goto(site.url('demo-article.html'));
// A first run loads the dataset before Bevan reads the page; the mention is then looked up as any tool would.
await waitForReading(page, 30_000);
await findMention(site.browser, page, values.mention);
console.log(`Bevan is running on ${site.url('demo-article.html')} (served from this machine).`);

if (values.screenshot) {
  await hoverMention(site.browser, page, values.mention);
  // The card is in a closed shadow root; read it as DevTools does, and wait until its facts have arrived.
  const card = await CardReader.attach(page);
  await card.waitForText(/Open Parliament Licence/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: values.screenshot });
  console.log(`Screenshot with a card open: ${path.resolve(values.screenshot)}`);
  await site.close();
} else {
  console.log(
    'Hover an underlined name, or press Alt+Shift+B (Alt+Shift+V) for the next (previous) one. Close the browser window to stop.',
  );
  site.browser.context.on('close', () => void site.server.close());
}
