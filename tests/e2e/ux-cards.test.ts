/**
 * Cards and pages a reader understands at a glance (issue 24), in the built extension in Chromium: the welcome page
 * opens on install and passes axe; the dispute card leads with its summary and the events around a dated article;
 * no card shows a researcher's note about a source; campaigners' and packs' records say where they came from; and a
 * card is dark on a dark page and light on a light page, whatever the system's setting.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import type { Dataset } from '../../utils/data/schema';
import { formatDateSpan, todayIso } from '../../utils/dates';
import { disputeGlance } from '../../utils/dispute-status';
import { disputeAbout } from '../../utils/dispute/summary';
import { publisherName } from '../../utils/sources/publisher';
import { seriousViolations } from './helpers/axe';
import { inContentScript } from './helpers/content-script-world';
import { listMentions, tellTab } from './helpers/mentions';

let site: DemoSite;

beforeAll(async () => {
  // The welcome page Bevan opens on install is kept for the first test.
  site = await openDemoSite({ keepWelcome: true });
});

afterAll(async () => {
  await site?.close();
});

const dataset: Dataset = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8'),
);

/**
 * The dataset's source labels that are researchers' notes (its `source_type` strings: "weak secondary; verify",
 * "newspaper (also …)"), leaving out the few that are just the publisher's name, which a card may well show.
 */
function researchNotes(): string[] {
  const sources = [
    ...dataset.disputeEvents.flatMap((event) => event.sources),
    ...dataset.bills.flatMap((bill) => [...bill.sources, ...bill.stages.map((stage) => stage.source)]),
    ...dataset.divisions.flatMap((division) => division.sources),
  ];
  return [
    ...new Set(
      sources
        // A bare domain ("parliament.uk") is a site's name, not a note; it is also in every link's address.
        .filter((source) => !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(source.label))
        .filter((source) => !publisherName(source.url).includes(source.label))
        .map((source) => source.label),
    ),
  ];
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function cardRoot(session: CDPSession): Promise<DomNode | null> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null => {
    if (node.nodeName === 'BEVAN-CARD') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  return find(root);
}

/** Attributes whose words reach the reader: tooltips, names read out, words the stylesheet draws. */
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'alt', 'data-label']);

/** Everything in the open card a reader could see or hear: its text, and its tooltips and labels. */
async function everythingInCard(session: CDPSession): Promise<string> {
  const root = await cardRoot(session);
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === 3) parts.push(node.nodeValue);
    const attributes = node.attributes ?? [];
    for (let index = 0; index < attributes.length; index += 2) {
      if (SHOWN_ATTRIBUTES.has(attributes[index])) parts.push(attributes[index + 1]);
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
  };
  if (root) visit(root);
  return parts.join('\n');
}

/** The computed background colour of the open card. */
async function cardBackground(session: CDPSession): Promise<string> {
  const root = await cardRoot(session);
  const find = (node: DomNode): DomNode | null => {
    const classIndex = node.attributes?.indexOf('class') ?? -1;
    if (
      node.nodeName === 'SECTION' &&
      classIndex >= 0 &&
      node.attributes![classIndex + 1].split(' ').includes('card')
    ) {
      return node;
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const card = root && find(root);
  if (!card) throw new Error('No card open');
  const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  return computedStyle.find((property) => property.name === 'background-color')!.value;
}

/**
 * Words without their spaces: the DevTools protocol leaves out text nodes of white space alone (the space between a
 * line and its source link), which the reader does see.
 */
const squash = (text: string) => text.replace(/\s+/g, '');

const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

/** For axe only: the card UI, started after this, makes its shadow root open (see accessibility.test.ts). */
async function openShadowRootsForAxe(page: Page) {
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
}

/** Opens the card of a mention as the popup's "On this page" does. */
async function openCard(page: Page, kind: string, id: string) {
  await tellTab(site.browser, page, { type: 'showMention', kind, id });
}

describe('first run', () => {
  it('opens the welcome page on install, with nothing serious or critical for axe in light or dark mode', async () => {
    let welcome: Page | undefined;
    await expect
      .poll(() => (welcome = site.browser.context.pages().find((page) => page.url().endsWith('/welcome.html'))), {
        timeout: 15_000,
      })
      .toBeTruthy();
    const page = welcome!;
    expect(page.url()).toBe(site.browser.extensionUrl('welcome.html'));
    await page.getByRole('heading', { name: 'Welcome to Bevan', level: 1 }).waitFor();
    for (const heading of ['Your MP', 'Where it runs', 'With the keyboard', 'Privacy']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    await page.getByRole('img', { name: /underlined/ }).waitFor();
    // The keys as the browser has them, and the MP chooser ready.
    const keys = await site.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      };
      return (await chrome.commands.getAll()).filter((command) => command.name?.endsWith('-mention'));
    });
    const set = keys.filter((command) => command.shortcut).map((command) => command.shortcut);
    expect(set.length).toBeGreaterThan(0);
    expect(await page.locator('kbd').allTextContents()).toEqual(set);
    // A command the browser gave no keys (one it keeps for itself) says how to set them, rather than showing keys that do nothing.
    expect(await page.getByText(/No keys set/).count()).toBe(keys.length - set.length);
    await page.getByText('Your postcode').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `welcome.html (${colorScheme})`).toEqual([]);
    }
    await page.close();
  });
});

describe('the dispute card', () => {
  it('leads with what it is about, its state then and now, the last event before a dated article and the next three', async () => {
    const { page, card } = await openReaderTab(site);
    await openCard(page, 'dispute', 'junior-doctors-dispute');
    const text = await card.waitForText(/What came next/);
    const [contract, pay] = disputeAbout(dataset.disputeEvents);
    expect(squash(text)).toContain(squash(`${contract.text} Source: ${publisherName(contract.source.url)}`));
    expect(squash(text)).toContain(squash(`${pay.text} Source: ${publisherName(pay.source.url)}`));
    expect(squash(text)).toContain(squash('On 14 March 2016: Last strike 9–11 March 2016; next strike 6–8 April 2016'));
    // Now: as the bundled timeline ends (with the doctors accepting the Government's deal in June 2026).
    expect(text).toMatch(/Now \(\d+ \w+ \d{4}\): ?Resident doctors accept Government deal/);
    const before = text.slice(text.indexOf('Just before this article'), text.indexOf('What came next'));
    expect(before).toContain('Strike 3');
    const after = text.slice(text.indexOf('What came next'), text.indexOf('Full timeline'));
    const next = ['6–8 April 2016', '26 April 2016', '18 May 2016'].map((date) => after.indexOf(date));
    expect(next.every((at) => at >= 0)).toBe(true);
    expect(next).toEqual([...next].sort((a, b) => a - b));
    expect(after).not.toContain('2023');

    // The full timeline reads on from the article's date, then back from it: every event.
    const full = (await card.controls()).find((control) => control.text.startsWith('Full timeline'))!;
    expect(full.text).toBe(`Full timeline (${dataset.disputeEvents.length} events)`);
    await card.click(full);
    const opened = await card.waitForText(/From the article's date on/);
    const from = opened.indexOf("From the article's date on");
    expect(opened.indexOf('6–8 April 2016', from)).toBeLessThan(opened.indexOf('2025', from));
    expect(opened.indexOf('Before the article')).toBeLessThan(opened.indexOf('28 October 2015'));
    await page.close();
  });
});

describe("an MP's card on what the page names", () => {
  it('says first how the MP is linked to the bill and the dispute on this page, each with its source', async () => {
    const { page, card } = await openReaderTab(site);
    // Caroline Lucas sponsored the NHS Reinstatement Bill, which the demo article names.
    await openCard(page, 'mp', '3930');
    const lucas = await card.waitForText(/On this page/);
    expect(squash(lucas)).toContain(squash('On this page Sponsored the National Health Service Bill 2015-16'));
    expect(lucas.indexOf('On this page')).toBeLessThan(lucas.indexOf('NHS votes'));
    // Jeremy Hunt, on a page about the dispute dated 14 March 2016, was Health Secretary then.
    await page.keyboard.press('Escape');
    await card.waitForText(/^$/);
    await openCard(page, 'mp', '1572');
    const hunt = await card.waitForText(/On this page/);
    expect(hunt).toMatch(/Secretary of State for Health[^.]* on 14 March 2016, during the resident doctors’ dispute/);
    const links = (await card.controls()).filter((control) => control.text.includes('during the resident doctors’'));
    expect(links.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the popup', () => {
  it('puts what concerns this page first, and reads the dispute as the card does', async () => {
    const popup = await site.browser.context.newPage();
    await popup.goto(site.browser.extensionUrl('popup.html'));
    await popup.getByText('Latest strike').waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'On this page',
      'This site',
      'The dispute now',
      'Recent news',
      'On pages you read',
      'Your MP',
    ]);
    const dispute = popup.getByRole('region', { name: 'The dispute now' });
    const text = (await dispute.textContent())!;
    // The latest strike in the bundled data, in the card's words: dates, kind, title, publisher.
    const latest = disputeGlance(dataset.disputeEvents, todayIso()).latest!;
    const when = formatDateSpan(latest.start, latest.end);
    const trust = latest.verified ? '' : 'Not verified';
    expect(text).toContain(
      `Latest strike${when}Strike${trust}${latest.title}Source: ${publisherName(latest.sources[0].url)}`,
    );
    await popup.close();
  });
});

describe('sources for readers', () => {
  it("shows no researcher's note in any card opened on the demo article, the dispute's full timeline included", async () => {
    const notes = researchNotes();
    // The dataset's notes this test looks for, such as "weak secondary; verify".
    expect(notes).toEqual(expect.arrayContaining(['weak secondary; verify']));
    const { page, card } = await openReaderTab(site);
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const entities = new Map(
      (await listMentions(site.browser, page)).map((mention) => [`${mention.kind}:${mention.id}`, mention]),
    );
    expect(new Set([...entities.values()].map((mention) => mention.kind))).toEqual(new Set(['mp', 'bill', 'dispute']));
    for (const mention of entities.values()) {
      // Each card closed before the next opens, so that the words read are the new card's.
      await page.keyboard.press('Escape');
      await card.waitForText(/^$/);
      await openCard(page, mention.kind, mention.id);
      await card.waitForText(/Write to your MP/);
      if (mention.kind === 'dispute')
        await card.click((await card.controls()).find((c) => c.text.startsWith('Full timeline'))!);
      if (mention.kind === 'dispute') await card.waitForText(/Before the article/);
      const shown = await everythingInCard(session);
      const found = notes.filter((note) => shown.includes(note));
      expect(found, `the card for ${mention.text}`).toEqual([]);
      // Badges stand apart from the words beside them.
      expect(shown).not.toMatch(/Strikenot verified|StrikeNot verified/);
    }
    await page.close();
  });
});

describe("campaigners' and packs' records", () => {
  it('say where each came from, with their sources and note; a campaigner bill has no Parliament licence', async () => {
    const options = await site.browser.context.newPage();
    await options.goto(site.browser.extensionUrl('options.html'));
    const pack = readFileSync(path.join(FIXTURES_DIR, 'packs/good-pack.json'), 'utf8');
    const answers = await options.evaluate(async (packText) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
      };
      const send = (type: string, payload: unknown) => chrome.runtime.sendMessage({ type, payload });
      const source = { url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' };
      return [
        await send('importPack', { text: packText }),
        await send('saveRecord', {
          store: 'stances',
          record: {
            id: 'ux-cards-test-stance',
            personId: 3930,
            subject: { kind: 'dispute' },
            position: 'supports',
            date: '2016-03-10',
            note: 'Test fixture: written for this test',
            sources: [source],
            origin: 'campaigner',
          },
        }),
        await send('saveRecord', {
          store: 'bills',
          record: {
            id: 'public-health-service-bill-2026-27',
            shortTitle: 'Public Health Service Bill',
            aliases: [],
            session: '2026-27',
            type: "Private Member's Bill",
            house: 'Commons',
            sponsorId: null,
            sponsorName: null,
            stages: [],
            outcome: null,
            actTitle: null,
            sources: [source],
            origin: 'campaigner',
          },
        }),
      ];
    }, pack);
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true]);
    await options.close();

    // Caroline Lucas's card: the pack's stances and the reader's own, each labelled, with note and source.
    const { page, card } = await openReaderTab(site);
    await openShadowRootsForAxe(page);
    await openCard(page, 'mp', '3930');
    const mp = await card.waitForText(/From NHS campaign group \(test fixture\) by Bevan tests/);
    expect(mp).toContain('From NHS campaign group (test fixture) by Bevan tests');
    expect(squash(mp)).toContain(squash('Added by you “Test fixture: written for this test” Source: example.org'));
    expect(squash(mp)).toContain(
      squash('“Test fixture: an invented stance about an invented bill” Source: example.org'),
    );
    // An MP's card is Parliament's data: its licence stays.
    expect(mp).toContain('Open Parliament Licence');
    expect(await seriousViolations(page, true), 'an MP card with provenance labels').toEqual([]);
    await page.close();

    const campaign = await openReaderTab(site, 'campaign-article.html');
    await expect
      .poll(async () =>
        (await listMentions(site.browser, campaign.page)).some((m) => m.id === 'public-health-service-bill-2026-27'),
      )
      .toBe(true);
    await openCard(campaign.page, 'bill', 'public-health-service-bill-2026-27');
    const bill = await campaign.card.waitForText(/Added by you/);
    expect(bill).toContain('Public Health Service Bill');
    expect(squash(bill)).toContain('Source:example.org');
    expect(bill).not.toContain('Open Parliament Licence');
    await campaign.page.close();
  });
});

describe('cards match the page', () => {
  it('is dark on a dark page when the system is light, and light on a light page when the system is dark', async () => {
    const dark = await openReaderTab(site, 'dark-article.html');
    await dark.page.emulateMedia({ colorScheme: 'light' });
    await openShadowRootsForAxe(dark.page);
    const darkSession = await dark.page.context().newCDPSession(dark.page);
    await darkSession.send('DOM.enable');
    await darkSession.send('CSS.enable');
    await openCard(dark.page, 'dispute', 'junior-doctors-dispute');
    await dark.card.waitForText(/What came next/);
    expect(luminance(await cardBackground(darkSession))).toBeLessThan(0.3);
    expect(await seriousViolations(dark.page, true), 'the dark card on a dark page').toEqual([]);
    // Choosing your MP, in Bevan's own page framed in the card, is as dark as the card.
    await dark.card.click((await dark.card.controls()).find((control) => control.text === 'Write to your MP')!);
    await expect.poll(() => dark.page.frames().some((frame) => frame.url().includes('/your-mp.html'))).toBe(true);
    const frame = dark.page.frames().find((candidate) => candidate.url().includes('/your-mp.html'))!;
    await frame.getByText('Your postcode').waitFor();
    expect(luminance(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeLessThan(0.3);
    await dark.page.close();

    const light = await openReaderTab(site);
    await light.page.emulateMedia({ colorScheme: 'dark' });
    const lightSession = await light.page.context().newCDPSession(light.page);
    await lightSession.send('DOM.enable');
    await lightSession.send('CSS.enable');
    await openCard(light.page, 'dispute', 'junior-doctors-dispute');
    await light.card.waitForText(/What came next/);
    expect(luminance(await cardBackground(lightSession))).toBeGreaterThan(0.7);
    await light.page.close();
  });
});
