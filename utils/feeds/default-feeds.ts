/**
 * The one list of news feeds Bevan reads by default, and the check for an
 * address the reader adds in the options. Feeds are fetched over https only:
 * an http feed could be rewritten on its way to the reader.
 */

export interface FeedSource {
  url: string;
  /** Names the feed in the popup and begins its error messages ("BBC News (Health) did not answer…"). */
  label: string;
  /**
   * A topic feed whose every item is about the dispute, kept whole: its
   * headlines often name the doctors without a dispute phrase ("Resident
   * doctors in England to walk out for five days"). Other feeds keep only
   * items that `isAboutDispute`.
   */
  allAboutDispute: boolean;
}

export const DEFAULT_FEEDS: readonly FeedSource[] = [
  {
    url: 'https://www.theguardian.com/society/junior-doctors/rss',
    label: 'The Guardian (junior doctors)',
    allAboutDispute: true,
  },
  { url: 'https://feeds.bbci.co.uk/news/health/rss.xml', label: 'BBC News (Health)', allAboutDispute: false },
  { url: 'https://www.theguardian.com/society/nhs/rss', label: 'The Guardian (NHS)', allAboutDispute: false },
];

const MAX_URL_LENGTH = 2048;

export type FeedUrlCheck = { ok: true; url: string } | { ok: false; error: string };

/** Whether an address typed by the reader can be a feed Bevan fetches; the address as Bevan stores it. */
export function validateFeedUrl(input: string): FeedUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address of an RSS or Atom feed.' };
  if (text.length > MAX_URL_LENGTH) return { ok: false, error: 'That address is too long to be a feed.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'That is not a web address. Feed addresses start with https://' };
  }
  if (url.protocol === 'http:') {
    return { ok: false, error: 'Bevan reads feeds over https only: try the address with https:// instead of http://' };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'Feed addresses start with https://' };
  if (url.username || url.password) return { ok: false, error: 'Feed addresses cannot hold a user name or password.' };
  if (!url.hostname.includes('.')) return { ok: false, error: 'That address has no site name in it.' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** How messages name a feed: its label if it is a default feed, otherwise its site ("feeds.example.org"). */
export function feedLabel(url: string, feeds: readonly FeedSource[] = DEFAULT_FEEDS): string {
  const known = feeds.find((feed) => feed.url === url);
  if (known) return known.label;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'This feed';
  } catch {
    return 'This feed';
  }
}
