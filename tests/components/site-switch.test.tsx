import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import type { Ask } from '@/utils/messages';
import type { PageSummary } from '@/utils/tab-events';

/** The background, as far as the switch asks it: the news site the tab shows, where Bevan runs by default. */
const ask = (async () => ({
  ok: true,
  data: { host: 'www.bbc.co.uk', state: 'default', runs: true },
})) as unknown as Ask;

function showSwitch(summary: PageSummary | null) {
  const container = document.createElement('div');
  render(
    <SiteSwitch
      ask={ask}
      tab={{ id: 3, url: 'https://www.bbc.co.uk/news/health-1' }}
      requestSiteAccess={async () => true}
      readPageSummary={async () => summary}
    />,
    container,
  );
  return container;
}

describe("the popup's This site", () => {
  it('says how many mentions Bevan found on the page', async () => {
    const container = showSwitch({ mentions: 11, articleDate: '2016-03-14', canDraw: true });
    await vi.waitFor(() => expect(container.textContent).toContain('11 mentions found on this page.'));
  });

  it('says why Bevan leaves the page alone in a browser that cannot draw highlights', async () => {
    const container = showSwitch({ mentions: 0, articleDate: '2016-03-14', canDraw: false });
    await vi.waitFor(() => expect(container.textContent).toContain('Bevan never changes a page'));
    expect(container.textContent).toContain('Chrome 105 or Firefox 140');
    expect(container.textContent).not.toContain('mentions found');
  });
});
