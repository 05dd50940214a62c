import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { RecentNews } from '@/components/popup/RecentNews';
import type { NewsView } from '@/utils/feeds/news-schema';
import type { Ask } from '@/utils/messages';
import { ok } from '@/utils/result';

// A view written for the test: one feed read, one Bevan may not read yet.
const view: NewsView = {
  items: [],
  unread: 0,
  updatedAt: '2026-12-06T20:00:00Z',
  stale: false,
  feeds: [
    {
      url: 'https://www.theguardian.com/society/junior-doctors/rss',
      label: 'The Guardian (junior doctors)',
      lastAttempt: '2026-12-06T20:00:00Z',
      lastSuccess: '2026-12-06T20:00:00Z',
      error: null,
    },
    {
      url: 'https://feeds.bbci.co.uk/news/health/rss.xml',
      label: 'BBC News (Health)',
      lastAttempt: '2026-12-06T20:00:00Z',
      lastSuccess: null,
      error: { kind: 'permission', message: 'Bevan needs your permission to read feeds.bbci.co.uk.' },
    },
  ],
};

describe('RecentNews: a feed Bevan may not read yet', () => {
  it('is asked for in place, named, with why, for its site alone; not listed as a failure', async () => {
    const asked: string[][] = [];
    const ask = (async () => ok(view)) as unknown as Ask;
    const container = document.createElement('div');
    await act(() =>
      render(
        <RecentNews
          ask={ask}
          now={new Date('2026-12-06T21:00:00Z')}
          requestAccess={async (origins) => {
            asked.push(origins);
            return false;
          }}
        />,
        container,
      ),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const item = container.querySelector('[aria-label="Feeds Bevan needs your permission to read"] li')!;
    expect(item.textContent).toContain('To show headlines about the strikes from BBC News (Health)');
    expect(item.textContent).toContain('feeds.bbci.co.uk');
    expect(container.querySelector('[aria-label="Feeds that could not be read"]')).toBeNull();
    await act(() => item.querySelector('button')!.click());
    expect(asked).toEqual([['https://feeds.bbci.co.uk/*']]);
  });
});
