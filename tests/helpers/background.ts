/**
 * Bevan's background for unit tests: a fresh database (with the bundled data
 * unless asked otherwise), the real handlers and router, browser controls
 * replaced where a test watches them, and senders as the browser reports
 * them. Messages are cloned on the way, as the browser's messaging does.
 */
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import type { BrowserControls } from '@/utils/background/controls';
import { createHandlers } from '@/utils/background/handlers';
import { createMessageRouter, type Handlers, type MessageSender } from '@/utils/background/message-router';
import type { Envelope, SendMessage } from '@/utils/messages';
import { bundledDataset, freshDbName } from './dataset';

export const EXTENSION_ID = 'bevan-test-id';
export const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;

/** Bevan's own pages, whose requests may change data. */
export const extensionPage = (page: string): MessageSender => ({ id: EXTENSION_ID, url: `${BASE_URL}${page}` });

/** The content script on a news page in a tab. */
export const contentScriptIn = (url: string, tabId = 7): MessageSender => ({
  id: EXTENSION_ID,
  url,
  tab: { id: tabId, url },
});

export async function startBackground({
  controls = {},
  bundled = true,
  handlers,
}: {
  controls?: Partial<BrowserControls>;
  bundled?: boolean;
  /** Handlers made with stand-ins of their own (a pack network, a clock), in place of the default ones. */
  handlers?: (db: BevanDb) => Partial<Handlers>;
} = {}) {
  const db = await openBevanDb(freshDbName());
  if (bundled) await loadBundledDataset(db, bundledDataset());
  const route = createMessageRouter({
    extensionId: EXTENSION_ID,
    extensionBaseUrl: BASE_URL,
    handlers: { ...createHandlers(async () => db, controls), ...handlers?.(db) },
  });
  const from =
    (sender: MessageSender): SendMessage =>
    (message: Envelope) =>
      route(structuredClone(message), sender).then((answer) => structuredClone(answer));
  return { db, route, from };
}
