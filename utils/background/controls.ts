/**
 * What the background's handlers need from the browser, behind an interface so that they can be tested without one
 * (utils/background/browser-controls.ts is the browser's).
 */
import type { FeedFetch } from '../feeds/fetch-feed';
import { OFFLINE_PARLIAMENT, type ParliamentClient } from '../parliament/client';
import type { TabEvent } from '../tab-events';

/** What the handlers need from the browser, kept behind an interface so that they can be tested without one. */
export interface BrowserControls {
  /** Tells every open tab that the matcher changed, so that a campaigner's new bill is annotated without a reload. */
  notifyTabs(): void;
  /** Runs the content script on a switched-on site from now on; rejects without the host permission. */
  registerSite(host: string): Promise<void>;
  unregisterSite(host: string): Promise<void>;
  /** Starts the content script in an open tab now. */
  startInTab(tabId: number): Promise<void>;
  /** Tells a tab's content script to remove its annotations. */
  stopInTab(tabId: number): void;
  /** Starts the card UI script in a tab's frame. */
  startCardUi(tabId: number, frameId: number): Promise<void>;
  /** Starts the page reader script in a tab's frame. */
  startPageReader(tabId: number, frameId: number): Promise<void>;
  /** Opens a letter: an https page in a new tab, or a mailto: address (in the reader's tab when there is one). */
  openLetter(url: string, tabId: number | null): Promise<void>;
  /** Tells a tab's Bevan scripts what happened (a letter it asked for opened). */
  tellTab(tabId: number, event: TabEvent): void;
  /** Fetches a news feed (the service worker's fetch). */
  fetchFeed: FeedFetch;
  /** Whether Bevan may read a feed's site: feeds beyond the news sites need an optional host permission. */
  canReadFeed(url: string): Promise<boolean>;
  /** The toolbar badge: unread news items. */
  showUnread(count: number): void;
  /** The feeds' alarm, after the reader changed how often they are read. */
  rescheduleFeeds(periodMinutes: number): void;
  /** Shows the popup's news. */
  openNews(): Promise<void>;
  /** Live facts from Parliament's APIs, politely, and only while the reader lets Bevan check. */
  parliament: ParliamentClient;
}

/** A browser that does nothing: what tests start from. */
export const NO_BROWSER: BrowserControls = {
  notifyTabs: () => undefined,
  registerSite: async () => undefined,
  unregisterSite: async () => undefined,
  startInTab: async () => undefined,
  stopInTab: () => undefined,
  startCardUi: async () => undefined,
  startPageReader: async () => undefined,
  openLetter: async () => undefined,
  tellTab: () => undefined,
  fetchFeed: async () => {
    throw new Error('no network here');
  },
  canReadFeed: async () => false,
  showUnread: () => undefined,
  rescheduleFeeds: () => undefined,
  openNews: async () => undefined,
  parliament: OFFLINE_PARLIAMENT,
};
