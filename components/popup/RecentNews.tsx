import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus, NewsItem, NewsView } from '@/utils/feeds/news-schema';
import type { Ask } from '@/utils/messages';
import { timeAgo } from '@/utils/time-ago';

const SHOWN = 8;

/** The feeds a refresh was refused for want of permission: each asked for in place, from the reader's click. */
function feedsNeedingAccess(view: NewsView): FeedStatus[] {
  return view.feeds.filter((feed) => feed.error?.kind === 'permission');
}

/** The host permission a feed needs: its site alone. */
function originOf(feed: FeedStatus): string {
  return `${new URL(feed.url).origin}/*`;
}

/**
 * Recent news about the dispute from the feeds: newest first, unread marked,
 * when it was last updated, and which feed failed and why. Shows the stored
 * news at once and refreshes it when it is older than the refresh interval.
 */
export function RecentNews({
  ask,
  now,
  requestAccess,
}: {
  ask: Ask;
  now: Date;
  /** Asks the reader for permission to read feed sites (must run inside the click). */
  requestAccess: (origins: string[]) => Promise<boolean>;
}) {
  const [view, setView] = useState<NewsView | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function refresh() {
    setRefreshing(true);
    const result = await ask('refreshNews', {});
    setRefreshing(false);
    if (result.ok) setView(result.data);
    else setProblem(result.error.message);
  }

  useEffect(() => {
    void ask('getNews', {}).then((result) => {
      if (!result.ok) return setProblem(result.error.message);
      setView(result.data);
      if (result.data.stale) void refresh();
    });
  }, [ask]);

  async function markRead(links: string[] | 'all') {
    const result = await ask('markNewsRead', { links });
    if (result.ok) setView(result.data);
  }

  async function allow(origins: string[]) {
    if (await requestAccess(origins)) await refresh();
  }

  if (problem && !view) {
    return (
      <p class="bevan-error" role="alert">
        {problem}
      </p>
    );
  }
  if (!view) return <p class="bevan-muted">Loading the news…</p>;
  const needAccess = feedsNeedingAccess(view);
  const failing = view.feeds.filter((feed) => feed.error && feed.error.kind !== 'permission');
  return (
    <div aria-busy={refreshing}>
      <p class="bevan-muted bevan-small" role="status">
        {refreshing
          ? 'Updating the news…'
          : view.updatedAt
            ? view.feeds.some((feed) => feed.error === null)
              ? `Updated ${timeAgo(view.updatedAt, now)}`
              : `No feed could be read (tried ${timeAgo(view.updatedAt, now)})`
            : 'Not updated yet.'}
        {view.unread > 0 && ` · ${view.unread} unread`}
      </p>
      {view.items.length === 0 ? (
        <p class="bevan-muted">{view.updatedAt ? 'No stories about the dispute in the feeds yet.' : ''}</p>
      ) : (
        <NewsList items={view.items.slice(0, SHOWN)} now={now} onOpen={(link) => void markRead([link])} />
      )}
      {needAccess.length > 0 && <FeedsToAllow feeds={needAccess} onAllow={(feed) => void allow([originOf(feed)])} />}
      {failing.length > 0 && <FailingFeeds feeds={failing} now={now} />}
      <div class="bevan-actions">
        <button type="button" class="bevan-button bevan-button-secondary" disabled={refreshing} onClick={refresh}>
          {refreshing ? 'Updating…' : 'Update now'}
        </button>
        {view.unread > 0 && (
          <button type="button" class="bevan-button bevan-button-secondary" onClick={() => void markRead('all')}>
            Mark all read
          </button>
        )}
      </div>
    </div>
  );
}

/** The stories, newest first; opening one marks it read. */
function NewsList({ items, now, onOpen }: { items: NewsItem[]; now: Date; onOpen: (link: string) => void }) {
  return (
    <ul class="bevan-list bevan-news" aria-label="News about the dispute, newest first">
      {items.map((item) => (
        <li key={item.link} class={item.read ? 'bevan-read' : 'bevan-unread'}>
          <a href={item.link} target="_blank" rel="noopener noreferrer" onClick={() => onOpen(item.link)}>
            {!item.read && <span class="bevan-visually-hidden">Unread: </span>}
            {item.title}
          </a>
          <div class="bevan-small bevan-muted">
            {item.source}
            {' · '}
            {timeAgo(item.published ?? item.firstSeen, now)}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The feeds that could not be read, why, and when each was last read. */
function FailingFeeds({ feeds, now }: { feeds: FeedStatus[]; now: Date }) {
  return (
    <ul class="bevan-list bevan-small" aria-label="Feeds that could not be read">
      {feeds.map((feed) => (
        <li key={feed.url} class="bevan-notice">
          {feed.error!.message}
          {feed.lastSuccess && ` Last read ${timeAgo(feed.lastSuccess, now)}.`}
        </li>
      ))}
    </ul>
  );
}

/** Feeds Bevan may not read yet: each named, with why it asks and a button to allow that feed's site alone. */
function FeedsToAllow({ feeds, onAllow }: { feeds: FeedStatus[]; onAllow: (feed: FeedStatus) => void }) {
  return (
    <ul class="bevan-list bevan-small" aria-label="Feeds Bevan needs your permission to read">
      {feeds.map((feed) => (
        <li key={feed.url} class="bevan-feed-access">
          <span>
            To show headlines about the strikes from <strong>{feed.label}</strong>, Bevan needs your permission to read{' '}
            {new URL(feed.url).hostname}. It reads only this feed there.
          </span>
          <button type="button" class="bevan-button bevan-button-secondary" onClick={() => onAllow(feed)}>
            Allow {feed.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
