import { NEWS_SITES } from '@/utils/sites/sites';

/**
 * The news sites Bevan runs on without being asked, and why a new version that adds some asks the reader again:
 * the browser holds back an update that reads more sites until the reader accepts it.
 */
export function NewsSitesList({ sites = NEWS_SITES }: { sites?: readonly string[] }) {
  const sorted = [...sites].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return (
    <>
      <p>
        Bevan runs on these {sites.length} UK news and politics sites (and their subdomains) unless you switch one off
        from the toolbar button. On any other site, it runs only once you switch it on there, and asks your permission
        for that site alone.
      </p>
      <p class="bevan-small">
        When a new version of Bevan adds sites to this list, your browser asks you to accept them: Chrome turns Bevan
        off until you do (from its menu, or the extensions page), and Firefox asks before it updates. Bevan reads the
        articles on these sites on your device, to find MPs, NHS bills and the doctors' dispute; nothing about what you
        read is sent anywhere.
      </p>
      <ul style={{ columns: '14em', paddingLeft: '1.2em' }}>
        {sorted.map((site) => (
          <li key={site}>{site}</li>
        ))}
      </ul>
    </>
  );
}
