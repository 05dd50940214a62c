import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openWithBundledData } from '@/utils/data/startup';
import { createHandlers } from '@/utils/background/handlers';
import { createMessageRouter } from '@/utils/background/message-router';
import { startJobs } from '@/utils/background/jobs';
import { browserControls } from '@/utils/background/browser-controls';
import { createFeedRefreshJob } from '@/utils/feeds/feed-job';
import { createPackRefreshJob } from '@/utils/packs/pack-job';
import { mentionMoveFor } from '@/utils/background/mention-commands';
import { createBackgroundParliamentClient } from '@/utils/parliament/background-client';

export default defineBackground(() => {
  // Started once per worker life; every handler waits for it, so the first
  // request after install is answered once the bundled data is in.
  const database = openWithBundledData({
    versionUrl: browser.runtime.getURL('/data/dataset-version.json'),
    datasetUrl: browser.runtime.getURL('/data/dataset.json'),
  });
  database.catch((error: unknown) => console.error('Bevan could not open its database', error));

  // One client for every live fetch, so that its politeness (one request at a time per host) holds across features.
  const controls = { ...browserControls, parliament: createBackgroundParliamentClient(() => database) };
  const routeMessage = createMessageRouter({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    handlers: createHandlers(() => database, controls),
  });
  startJobs([
    createFeedRefreshJob(() => database, controls),
    createPackRefreshJob(() => database, controls),
  ]);

  // The keyboard's way to mentions: the tab's content script moves, scrolls and opens the card.
  browser.commands.onCommand.addListener((command, tab) => {
    const move = mentionMoveFor(command);
    if (!move) return;
    const tabId = tab?.id;
    const told = tabId !== undefined ? Promise.resolve(tabId) : activeTabId();
    // A tab without Bevan's content script refuses the message: nothing to move between there.
    void told.then((id) => id !== undefined && browser.tabs.sendMessage(id, move).catch(() => undefined));
  });

  // Answer through sendResponse and return true: listeners that return a
  // promise are ignored by WXT's fake browser in tests.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender).then(sendResponse);
    return true;
  });
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
