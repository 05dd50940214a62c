import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { PopupApp } from '@/components/popup/PopupApp';
import type { CurrentTab } from '@/components/popup/SiteSwitch';
import { askBackground } from '@/utils/ask-background';
import { MentionList, PageSummary, type ListedMention, type TabEvent } from '@/utils/tab-events';

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

async function listMentions(tabId: number): Promise<ListedMention[] | null> {
  const question: TabEvent = { type: 'listMentions' };
  try {
    const answer = MentionList.safeParse(await browser.tabs.sendMessage(tabId, question));
    return answer.success ? answer.data.mentions : null;
  } catch {
    return null;
  }
}

/** Takes the reader to a mention in the page: the popup closes, and the page's card opens with focus inside. */
function showMention(tabId: number, { kind, id }: Pick<ListedMention, 'kind' | 'id'>) {
  const event: TabEvent = { type: 'showMention', kind, id };
  void browser.tabs.sendMessage(tabId, event).catch(() => undefined);
  // The popup gets out of the way; opened as a page over a named tab (the tests), it stays.
  if (!new URLSearchParams(location.search).has('tab')) window.close();
}

render(
  <PopupApp
    ask={askBackground}
    tab={await currentTab()}
    requestSiteAccess={(origins) => browser.permissions.request({ origins })}
    readPageSummary={readPageSummary}
    listMentions={listMentions}
    showMention={showMention}
  />,
  document.getElementById('app')!,
);
