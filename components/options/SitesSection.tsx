import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { siteHost, sitePatterns, type SiteSettings } from '@/utils/sites/site-settings';
import { isNewsSite } from '@/utils/sites/sites';
import { entryHost, NewsSitesList } from './NewsSitesList';

/**
 * "Sites": the news sites Bevan runs on, each with its switch, and the other sites the reader switched on, each with
 * its switch off; another site can be switched on here too (asking the reader's permission for it alone).
 */
export function SitesSection({
  ask,
  requestAccess,
}: {
  ask: Ask;
  /** Asks the reader for permission to read sites (must run inside the click). */
  requestAccess: (origins: string[]) => Promise<boolean>;
}) {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState('');

  const reload = async () => {
    const answer = await ask('getSiteSettings', {});
    if (answer.ok) setSettings(answer.data);
    else setMessage({ text: answer.error.message, error: true });
  };
  useEffect(() => void reload(), [ask]);

  /** Switches a site (a list entry, "bbc.co.uk" or "msn.com/en-gb/news") on or off. */
  async function switchSite(site: string, on: boolean): Promise<boolean> {
    const host = entryHost(site);
    const url = `https://${site}/`;
    setBusy(true);
    setMessage(null);
    // A site outside the news list needs the reader's permission, asked for within this click.
    const news = isNewsSite(host, new URL(url).pathname);
    if (on && !news && !(await requestAccess(sitePatterns(host)))) {
      setMessage({ text: `Bevan needs your permission to read ${host}.`, error: true });
      setBusy(false);
      return false;
    }
    const answer = await ask('setSiteEnabled', { url, enabled: on, tabId: null });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ text: answer.error.message, error: true });
      return false;
    }
    setMessage({
      text: on ? `Bevan runs on ${host} from now on.` : `Switched off on ${host}: Bevan leaves its pages alone.`,
      error: false,
    });
    await reload();
    return true;
  }

  async function addSite(event: Event) {
    event.preventDefault();
    const host = siteHost(/^https?:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`);
    if (!host || !host.includes('.')) {
      setMessage({ text: 'Write the site’s address, for example www.example.co.uk.', error: true });
      return;
    }
    if (await switchSite(host, true)) setAddress('');
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
      <NewsSitesList switchedOff={settings.removed} onSwitch={(site, on) => void switchSite(site, on)} busy={busy} />
      <h3>Other sites you switched on</h3>
      {settings.added.length ? (
        <ul class="bevan-list" aria-label="Other sites you switched on">
          {[...settings.added]
            .sort((a, b) => a.localeCompare(b, 'en-GB'))
            .map((host) => (
              <li key={host} class="bevan-feed">
                <span>{host}</span>
                <button
                  type="button"
                  class="bevan-button bevan-button-secondary"
                  aria-label={`Switch off on ${host}`}
                  disabled={busy}
                  onClick={() => void switchSite(host, false)}
                >
                  Switch off
                </button>
              </li>
            ))}
        </ul>
      ) : (
        <p class="bevan-muted">None yet.</p>
      )}
      <form onSubmit={addSite} class="bevan-field">
        <label for="site-address">Switch Bevan on for another site</label>
        <div class="bevan-actions">
          <input
            id="site-address"
            placeholder="www.example.co.uk"
            value={address}
            onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
            style={{ flex: '1' }}
          />
          <button type="submit" class="bevan-button" disabled={busy}>
            Switch on
          </button>
        </div>
      </form>
      {message?.error ? (
        <p class="bevan-error" role="alert">
          {message.text}
        </p>
      ) : (
        <p class="bevan-muted" role="status">
          {message?.text ?? ''}
        </p>
      )}
    </div>
  );
}
