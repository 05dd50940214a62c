import { NEWS_SITES } from '@/utils/sites/sites';

/** The host a list entry's switch is kept under: "msn.com/en-gb/news" is switched as msn.com. */
export function entryHost(site: string): string {
  return site.split('/')[0];
}

/**
 * The news sites Bevan runs on without being asked, each with its switch when `onSwitch` is given, and why a new
 * version that adds some asks the reader again: the browser holds back an update that reads more sites until the
 * reader accepts it.
 */
export function NewsSitesList({
  sites = NEWS_SITES,
  switchedOff,
  onSwitch,
  busy = false,
}: {
  sites?: readonly string[];
  /** Hosts the reader switched off. */
  switchedOff?: readonly string[];
  onSwitch?: (site: string, on: boolean) => void;
  busy?: boolean;
}) {
  const sorted = [...sites].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const off = new Set(switchedOff ?? []);
  return (
    <>
      <p>
        Bevan runs on these {sites.length} UK news and politics sites (and their subdomains) unless you switch one off,
        here or from the toolbar button. On any other site, it runs only once you switch it on there, and asks your
        permission for that site alone.
      </p>
      <p class="bevan-small">
        When a new version of Bevan adds sites to this list, your browser asks you to accept them: Chrome turns Bevan
        off until you do (from its menu, or the extensions page), and Firefox asks before it updates. Bevan reads the
        articles on these sites on your device, to find MPs, NHS bills and the doctors' dispute; nothing about what you
        read is sent anywhere.
      </p>
      {off.size > 0 && (
        <p>
          You switched Bevan off on {off.size === 1 ? 'one of them' : `${off.size} of them`}:{' '}
          {[...off].sort((a, b) => a.localeCompare(b, 'en-GB')).join(', ')}.
        </p>
      )}
      <ul
        aria-label="News sites"
        style={{ columns: '14em', paddingLeft: onSwitch ? '0' : '1.2em', listStyle: onSwitch ? 'none' : undefined }}
      >
        {sorted.map((site) =>
          onSwitch ? (
            <li key={site} style={{ breakInside: 'avoid' }}>
              <label>
                <input
                  type="checkbox"
                  checked={!off.has(entryHost(site))}
                  disabled={busy}
                  onChange={(event) => onSwitch(site, (event.target as HTMLInputElement).checked)}
                />{' '}
                {site}
              </label>
            </li>
          ) : (
            <li key={site}>{site}</li>
          ),
        )}
      </ul>
    </>
  );
}
