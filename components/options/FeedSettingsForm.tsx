import { useEffect, useState } from 'preact/hooks';
import { feedLabel, validateFeedUrl } from '@/utils/feeds/default-feeds';
import { DEFAULT_FEED_SETTINGS } from '@/utils/feeds/news';
import type { FeedSettings } from '@/utils/feeds/news-schema';
import type { Ask } from '@/utils/messages';

const INTERVALS = [
  { minutes: 60, label: 'every hour' },
  { minutes: 120, label: 'every 2 hours' },
  { minutes: 360, label: 'every 6 hours' },
  { minutes: 720, label: 'every 12 hours' },
  { minutes: 1440, label: 'once a day' },
];

/** "News feeds": which RSS or Atom feeds the popup's news comes from, and how often they are read. */
export function FeedSettingsForm({
  ask,
  requestAccess,
}: {
  ask: Ask;
  /** Asks the reader for permission to read a feed's site (must run inside the click). */
  requestAccess: (origins: string[]) => Promise<boolean>;
}) {
  const [settings, setSettings] = useState<FeedSettings | null>(null);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void ask('getFeedSettings', {}).then((result) =>
      result.ok ? setSettings(result.data) : setMessage({ text: result.error.message, error: true }),
    );
  }, [ask]);

  async function store(next: FeedSettings, done: string) {
    const result = await ask('setFeedSettings', next);
    if (result.ok) setSettings(result.data);
    setMessage(result.ok ? { text: done, error: false } : { text: result.error.message, error: true });
    return result.ok;
  }

  async function add(event: Event) {
    event.preventDefault();
    if (!settings) return;
    const check = validateFeedUrl(address);
    if (!check.ok) return setMessage({ text: check.error, error: true });
    if (settings.feeds.some((feed) => feed.url === check.url)) {
      return setMessage({ text: 'That feed is already in the list.', error: true });
    }
    const origin = `${new URL(check.url).origin}/*`;
    if (!(await requestAccess([origin]))) {
      return setMessage({ text: `Bevan needs your permission to read ${new URL(check.url).hostname}.`, error: true });
    }
    const feed = { url: check.url, label: feedLabel(check.url), allAboutDispute: false };
    if (await store({ ...settings, feeds: [...settings.feeds, feed] }, `Added ${feed.label}.`)) setAddress('');
  }

  if (!settings) {
    return message ? (
      <p class="bevan-error" role="alert">
        {message.text}
      </p>
    ) : (
      <p class="bevan-muted">Loading…</p>
    );
  }
  return (
    <div>
      <FeedList
        feeds={settings.feeds}
        onRemove={(feed) =>
          void store(
            { ...settings, feeds: settings.feeds.filter((other) => other.url !== feed.url) },
            `Removed ${feed.label}.`,
          )
        }
      />
      <form onSubmit={add} class="bevan-field">
        <label for="feed-address">Add an RSS or Atom feed</label>
        <div class="bevan-actions">
          <input
            id="feed-address"
            type="url"
            placeholder="https://…"
            value={address}
            onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
            style={{ flex: '1' }}
          />
          <button type="submit" class="bevan-button">
            Add feed
          </button>
        </div>
        <p class="bevan-small bevan-muted">Only stories that mention the resident doctors' dispute are kept from it.</p>
      </form>
      <RefreshIntervalField
        minutes={settings.refreshMinutes}
        onChange={(refreshMinutes) => void store({ ...settings, refreshMinutes }, 'Saved.')}
      />
      <button
        type="button"
        class="bevan-button bevan-button-secondary"
        onClick={() => void store(DEFAULT_FEED_SETTINGS, "Back to Bevan's own feeds.")}
      >
        Reset to Bevan's feeds
      </button>
      {message && (
        <p class={message.error ? 'bevan-error' : 'bevan-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

type FeedSource = FeedSettings['feeds'][number];

/** The feeds read, each with its button to remove it. */
function FeedList({ feeds, onRemove }: { feeds: FeedSource[]; onRemove: (feed: FeedSource) => void }) {
  return (
    <ul class="bevan-list" aria-label="Feeds Bevan reads">
      {feeds.map((feed) => (
        <li key={feed.url} class="bevan-feed">
          <span>
            <strong>{feed.label}</strong>
            <br />
            <span class="bevan-small bevan-muted">{feed.url}</span>
          </span>
          <button
            type="button"
            class="bevan-button bevan-button-secondary"
            aria-label={`Remove ${feed.label}`}
            onClick={() => onRemove(feed)}
          >
            Remove
          </button>
        </li>
      ))}
      {feeds.length === 0 && <li class="bevan-muted">No feeds: the popup shows no news.</li>}
    </ul>
  );
}

/** How often the feeds are read, in minutes. */
function RefreshIntervalField({ minutes, onChange }: { minutes: number; onChange: (minutes: number) => void }) {
  return (
    <div class="bevan-field">
      <label for="feed-interval">Read the feeds</label>
      <select
        id="feed-interval"
        value={minutes}
        onChange={(event) => onChange(Number((event.target as HTMLSelectElement).value))}
      >
        {INTERVALS.map((interval) => (
          <option key={interval.minutes} value={interval.minutes}>
            {interval.label}
          </option>
        ))}
      </select>
    </div>
  );
}
