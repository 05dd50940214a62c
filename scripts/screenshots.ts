/**
 * `npm run screenshots`: the pictures in the README and tests/screenshots,
 * taken in real Chromium from the built extension, light and dark: each kind
 * of card on the demo article, an MP's card checked with Parliament (a stand-in
 * for its Members API), a card reached by the next-mention command,
 * the "choose your MP" step inside a card, the popup (over the demo article,
 * for "On this page") and the options page. Look at them after a UI change.
 *
 *   npm run screenshots                 all of them (builds first)
 *   npm run screenshots -- --only popup  those whose name contains "popup"
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { CardReader } from './card-reader';
import { FIXTURES_DIR, openDemoSite, openReaderTab, type DemoSite } from './demo-site';
import { hoverMention, tellTab, type ListedMention } from '../tests/e2e/helpers/mentions';
import { clearNews, seedNews } from '../tests/e2e/helpers/seed-news';
import { apiSample, startParliamentStandIn } from '../tests/e2e/helpers/parliament-stand-in';
import { membersAnswer, POULTER } from '../tests/e2e/helpers/live-members';

const { values } = parseArgs({
  options: { only: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
});
const OUT = path.resolve(import.meta.dirname, '../tests/screenshots');
mkdirSync(OUT, { recursive: true });
if (!values['no-build']) execSync('npx wxt build', { stdio: 'inherit' });

type Shot = (site: DemoSite) => Promise<Page>;

/** The colour scheme being taken, and what to close once its pictures are taken. */
let scheme: 'light' | 'dark' = 'light';
const afterScheme: (() => Promise<void>)[] = [];

/** Pages taken whole rather than as the window shows them. */
const FULL_PAGE = new Set(['options', 'editor', 'editor-list', 'import-preview', 'import-errors', 'welcome']);

function cardShot(
  mention: string | RegExp,
  ready: RegExp,
  {
    then,
    fixture,
    kind,
  }: { then?: (page: Page, card: CardReader) => Promise<void>; fixture?: string; kind?: ListedMention['kind'] } = {},
): Shot {
  return async (site) => {
    const { page, card } = await openReaderTab(site, fixture);
    await hoverMention(site.browser, page, mention, kind);
    await card.waitForText(ready);
    await then?.(page, card);
    await page.waitForTimeout(300);
    return page;
  };
}

async function extensionPage(site: DemoSite, name: string, ready: string | RegExp): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width: name.startsWith('popup') ? 380 : 900, height: 900 });
  await page.goto(site.browser.extensionUrl(name));
  await page.getByText(ready).first().waitFor();
  return page;
}

async function seededNews(site: DemoSite, items: { title: string; hoursAgo: number; read: boolean }[]) {
  const page = await site.browser.context.newPage();
  await page.goto(site.browser.extensionUrl('options.html'));
  const now = Date.now();
  await seedNews(page, {
    updatedAt: new Date(now - 20 * 60_000).toISOString(),
    items: items.map((item, index) => ({
      title: item.title,
      link: `https://www.theguardian.com/society/test-item-${index + 1}`,
      published: new Date(now - item.hoursAgo * 3600_000).toISOString(),
      source: 'The Guardian (junior doctors)',
      read: item.read,
    })),
    status: [
      {
        url: 'https://www.theguardian.com/society/junior-doctors/rss',
        label: 'The Guardian (junior doctors)',
        error: null,
      },
      { url: 'https://feeds.bbci.co.uk/news/health/rss.xml', label: 'BBC News (Health)', error: null },
      { url: 'https://www.theguardian.com/society/nhs/rss', label: 'The Guardian (NHS)', error: null },
    ],
  });
  await page.close();
}

const SHOTS: Record<string, Shot> = {
  'mp-card': cardShot('Caroline Lucas', /Open Parliament Licence/),
  'bill-card': cardShot('NHS Reinstatement Bill', /Open Parliament Licence/),
  // An MP's card refined by Parliament's Members API: a stand-in answering with the test's real facts of Dan Poulter,
  // who crossed from the Conservatives to Labour in April 2024, on an article of 10 May 2024. The votes service is
  // left unavailable (503): the test's divisions are fictional, and are not pictured.
  'live-mp-card': async () => {
    const standIn = await startParliamentStandIn((url) =>
      url.host === 'members-api.parliament.uk' ? membersAnswer(url, [POULTER]) : { status: 503 },
    );
    const own = await openDemoSite({ colorScheme: scheme, standIn });
    afterScheme.push(async () => {
      await own.close();
      await standIn.close();
    });
    return cardShot('Dan Poulter', /Checked with Parliament on/, { fixture: 'live-mp-after-change.html' })(own);
  },
  'dispute-card': cardShot(/strike/, /Open Parliament Licence/, { kind: 'dispute' }),
  // A card takes the page's colours, not the system's: dark on a dark page even when the system is light.
  'dispute-card-on-dark-page': cardShot(/strike/, /Open Parliament Licence/, {
    kind: 'dispute',
    fixture: 'dark-article.html',
  }),
  // The keyboard path: the next-mention command (sent as the background sends it) from the top of the article.
  'keyboard-card': async (site) => {
    const { page, card } = await openReaderTab(site);
    await tellTab(site.browser, page, { type: 'moveToMention', direction: 'next' });
    await card.waitForText(/Open Parliament Licence/);
    await page.waitForTimeout(300);
    return page;
  },
  'ambiguous-card': cardShot('Mike Wood', /Dudley South/, { fixture: 'ambiguous-article.html' }),
  'write-setup-card': cardShot('NHS Reinstatement Bill', /Open Parliament Licence/, {
    then: async (page, card) => {
      const button = (await card.controls()).find((control) => control.text === 'Write to your MP');
      await card.click(button!);
      await card.waitForText(/tell Bevan who your MP is/);
      const frame = await (async () => {
        for (;;) {
          const found = page.frames().find((candidate) => candidate.url().includes('/your-mp.html'));
          if (found) return found;
          await page.waitForTimeout(100);
        }
      })();
      await frame.getByLabel('Or your constituency').fill('leeds');
      await frame.getByRole('button', { name: /Leeds Central/ }).waitFor();
    },
  }),
  // After "Write to your MP" with a constituency chosen (the reader's MP, from the bundled list): the letter is
  // opening, with the buttons to copy it in Bevan's own frame.
  'letter-card': async (site) => {
    const options = await extensionPage(site, 'options.html', 'Your postcode');
    await options.getByLabel('Or your constituency').fill('holborn');
    await options.keyboard.press('Enter');
    await options.locator('#your-mp').getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Your MP:').waitFor();
    await options.close();
    const shot = cardShot('NHS Reinstatement Bill', /Open Parliament Licence/, {
      then: async (page, card) => {
        // The mail app a test machine lacks is not asked for.
        await site.browser.serviceWorker.evaluate(() => {
          type Tabs = { update(id: number, properties: { url?: string }): Promise<unknown> };
          const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
          tabs.update = async () => undefined;
        });
        const button = (await card.controls()).find((control) => control.text === 'Write to your MP');
        await card.click(button!);
        await card.waitForText(/Opening your email app/);
        for (;;) {
          const frame = page.frames().find((candidate) => new URL(candidate.url()).searchParams.has('letter'));
          if (frame) return void (await frame.getByRole('button', { name: 'Copy letter' }).waitFor());
          await page.waitForTimeout(100);
        }
      },
    });
    const page = await shot(site);
    // The next picture starts with no MP chosen.
    const reset = await extensionPage(site, 'options.html', 'Your MP:');
    await reset.getByRole('button', { name: 'Forget' }).click();
    await reset.close();
    return page;
  },
  // Seeded news is test data, and says so: the machine taking the pictures may not reach the feeds.
  popup: async (site) => {
    await seededNews(site, [
      { title: 'Test item: resident doctors announce new strike dates', hoursAgo: 2, read: false },
      { title: 'Test item: health secretary invites the BMA to talks', hoursAgo: 20, read: true },
    ]);
    // Over the demo article, so that "On this page" lists what Bevan found there.
    const { page: article } = await openReaderTab(site);
    const tabId = await site.browser.serviceWorker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
      };
      return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id;
    }, article.url());
    const popup = await extensionPage(site, `popup.html?tab=${tabId}`, 'Updated');
    await popup.getByRole('region', { name: 'On this page' }).getByRole('listitem').first().waitFor();
    return popup;
  },
  'popup-empty': async (site) => {
    await seededNews(site, []);
    return extensionPage(site, 'popup.html', 'No stories about the dispute');
  },
  // A first run with the feeds unreachable: each feed says why.
  'popup-error': async (site) => {
    const page = await site.browser.context.newPage();
    await page.goto(site.browser.extensionUrl('options.html'));
    await clearNews(page);
    await page.close();
    return extensionPage(site, 'popup.html', /could not|permission|did not answer/);
  },
  options: async (site) => {
    // Each section once its data is in (a first install loads the bundled data first).
    const page = await extensionPage(site, 'options.html', 'People (MPs since 2010)');
    for (const ready of ['Your postcode', 'Save templates', 'Add feed', 'Other sites you switched on']) {
      await page.getByText(ready).first().waitFor();
    }
    return page;
  },
  welcome: (site) => extensionPage(site, 'welcome.html', 'Your postcode'),
  // The campaigners' editor: the bundled bills (real, read-only), then a new bill refused with errors beside
  // its fields (typed as test data), then a pack's import preview (the test fixture, which says so).
  'editor-list': (site) => extensionPage(site, 'editor.html#bills', 'Health and Care Bill'),
  editor: async (site) => {
    const page = await extensionPage(site, 'editor.html#bills/new', 'New bill');
    await page.getByLabel('Short title').fill('Example Bill (test data)');
    await page.getByLabel(/Other names/).fill('Example Bill');
    await page.getByLabel('Session').fill('2026');
    await page.getByRole('button', { name: 'Add a stage' }).click();
    await page.getByLabel('Stage', { exact: true }).fill('1st reading');
    await page.getByLabel('Date', { exact: true }).fill('2026-10-14');
    await page.getByLabel('Source address').fill('https://example.org/test-data');
    await page.getByLabel('Address', { exact: true }).fill('http://example.org/test-data');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('fields need changing').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    return page;
  },
  // A pack with mistakes (the test fixture, changed here): each said in plain words.
  'import-errors': async (site) => {
    const page = await extensionPage(site, 'editor.html#packs', 'Import a data pack');
    await page.locator('#pack-file').setInputFiles(path.join(FIXTURES_DIR, 'packs/unknown-references.json'));
    await page.locator('.bevan-pack-problems').waitFor();
    return page;
  },
  // Add from Parliament, searching a stand-in for the Bills API that answers with the real API sample (a search for
  // "business rates"): in a browser of its own, so that no other picture is taken with a stand-in for Parliament.
  'add-from-parliament': async () => {
    const search = apiSample('bills-api_v1_Bills_list.json');
    if (!search) throw new Error('The Bills API sample is missing from ../shared/data/api-samples');
    const standIn = await startParliamentStandIn((url) =>
      url.host === 'bills-api.parliament.uk' && url.pathname === '/api/v1/Bills' ? { body: search } : undefined,
    );
    const own = await openDemoSite({ colorScheme: scheme, standIn });
    afterScheme.push(async () => {
      await own.close();
      await standIn.close();
    });
    const page = await extensionPage(own, 'editor.html#bills', 'Health and Care Bill');
    await page.getByLabel('Title or number of the bill').fill('business rates');
    await page.getByRole('button', { name: 'Search Parliament' }).click();
    await page.getByRole('list', { name: 'Bills found in Parliament' }).getByRole('listitem').first().waitFor();
    // Its heading at the top of the window, the bills found below it.
    await page.evaluate(() => document.getElementById('parliament-heading')?.scrollIntoView({ block: 'start' }));
    return page;
  },
  'import-preview': async (site) => {
    const page = await extensionPage(site, 'editor.html#packs', 'Import a data pack');
    await page.locator('#pack-file').setInputFiles(path.join(FIXTURES_DIR, 'packs/good-pack.json'));
    await page.getByRole('button', { name: 'Import this pack' }).waitFor();
    return page;
  },
};

for (scheme of ['light', 'dark'] as const) {
  const site = await openDemoSite({ colorScheme: scheme });
  try {
    for (const [name, shot] of Object.entries(SHOTS)) {
      if (values.only && !name.includes(values.only)) continue;
      const page = await shot(site);
      const file = path.join(OUT, `${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: FULL_PAGE.has(name) || name.startsWith('popup') });
      console.log(file);
      await page.close();
    }
  } finally {
    await site.close();
    for (const close of afterScheme.splice(0)) await close();
  }
}
