import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { PopupApp } from '@/components/popup/PopupApp';
import type { CurrentTab } from '@/components/popup/SiteSwitch';
import { askBackground } from '@/utils/ask-background';
import { PageSummary, type TabEvent } from '@/utils/messages';

/** The tab the popup was opened over; `?tab=<id>` names another (the popup opened as a page, as in the tests). */
async function currentTab(): Promise<CurrentTab | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tab = named
    ? await browser.tabs.get(named)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

async function readPageSummary(tabId: number): Promise<PageSummary | null> {
  const question: TabEvent = { type: 'getPageSummary' };
  try {
    const answer = PageSummary.safeParse(await browser.tabs.sendMessage(tabId, question));
    return answer.success ? answer.data : null;
  } catch {
    // No content script in that tab.
    return null;
  }
}

render(
  <PopupApp
    ask={askBackground}
    tab={await currentTab()}
    requestSiteAccess={(origins) => browser.permissions.request({ origins })}
    readPageSummary={readPageSummary}
  />,
  document.getElementById('app')!,
);
