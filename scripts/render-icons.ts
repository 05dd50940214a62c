/**
 * Renders Bevan's toolbar and store icons (public/icon/*.png) from one SVG,
 * with the same Chromium the tests use. Run by hand after changing the SVG:
 * `npx tsx scripts/render-icons.ts`.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

// A white "B" on NHS blue, with a small speech mark: facts beside the news.
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#005eb8"/>
  <path d="M40 28h30c15 0 25 8 25 20 0 8-4 14-11 17 9 3 14 10 14 19 0 14-11 24-28 24H40z
           M56 42v22h12c7 0 11-4 11-11s-4-11-11-11z M56 77v25h14c8 0 13-5 13-12.5S78 77 70 77z" fill="#fff"/>
</svg>`;

const SIZES = [16, 32, 48, 96, 128];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${ICON_SVG}`,
  );
  await page.screenshot({
    path: path.resolve(import.meta.dirname, `../public/icon/${size}.png`),
    omitBackground: true,
  });
}
await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons into public/icon/.`);
