/**
 * What the background does to the browser for its handlers (utils/background/handlers.ts):
 * run the content script on a site the reader switched on (registered at run
 * time for that host, persisting across sessions, and started at once in the
 * tab they are looking at), start the card UI, tell tabs what changed, and
 * open letters.
 */
import { browser } from 'wxt/browser';
import type { BrowserControls } from './controls';
import type { TabEvent } from '../tab-events';
import { FEED_ALARM } from '../feeds/feed-job';
import { sitePatterns } from '../sites/site-settings';

const CONTENT_SCRIPT = '/content-scripts/annotator.js';
const CONTENT_STYLE = '/content-scripts/annotator.css';
const CARD_UI_SCRIPT = '/card-ui.js';
const PAGE_READER_SCRIPT = '/page-reader.js';
const scriptId = (host: string) => `bevan-site:${host}`;

export const browserControls: Omit<BrowserControls, 'parliament'> = {
  notifyTabs() {
    const event: TabEvent = { type: 'matcherChanged' };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        // Tabs without Bevan's content script refuse the message; that is expected.
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
      }
    });
  },
  async registerSite(host) {
    const origins = sitePatterns(host);
    if (!(await browser.permissions.contains({ origins }))) throw new Error(`permission to read ${host} was not given`);
    const id = scriptId(host);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length) return;
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: origins,
        js: [CONTENT_SCRIPT],
        css: [CONTENT_STYLE],
        // As the manifest's content script: it reads the page at DOMContentLoaded.
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  },
  async unregisterSite(host) {
    const id = scriptId(host);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  },
  async startInTab(tabId) {
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  },
  async startCardUi(tabId, frameId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_SCRIPT] });
  },
  async startPageReader(tabId, frameId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_READER_SCRIPT] });
  },
  async openLetter(url, tabId) {
    // A mailto: address hands over to the mail app; in the reader's tab it leaves the page where it is,
    // where a new tab would stay behind empty.
    if (url.startsWith('mailto:') && tabId !== null) await browser.tabs.update(tabId, { url });
    else await browser.tabs.create({ url, ...(tabId === null ? {} : { openerTabId: tabId }) });
  },
  tellTab(tabId, event) {
    browser.tabs.sendMessage(tabId, event).catch(() => undefined);
  },
  fetchFeed: (url, init) => fetch(url, init),
  async canReadFeed(url) {
    return browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  },
  showUnread(count) {
    void browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
    void browser.action.setBadgeBackgroundColor({ color: '#005eb8' });
  },
  rescheduleFeeds(periodInMinutes) {
    void browser.alarms.create(FEED_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
  },
  async openNews() {
    try {
      await browser.action.openPopup();
    } catch {
      // Browsers that refuse to open the popup without a click on the toolbar button: the same page, in a tab.
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    }
  },
  stopInTab(tabId) {
    const event: TabEvent = { type: 'siteSwitchedOff' };
    browser.tabs.sendMessage(tabId, event).catch(() => undefined);
  },
};
