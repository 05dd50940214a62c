import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import type { PageSummary } from '@/utils/tab-events';
import type { SiteStatus } from '@/utils/sites/requests';
import { sitePatterns } from '@/utils/sites/site-settings';

export interface CurrentTab {
  id: number;
  url: string;
}

export interface SiteSwitchProps {
  ask: Ask;
  tab: CurrentTab | null;
  /** Asks the reader for permission to read a site (must run inside the click). */
  requestSiteAccess: (origins: string[]) => Promise<boolean>;
  /** Asks the tab's content script how many mentions it found; null when Bevan is not running there. */
  readPageSummary: (tabId: number) => Promise<PageSummary | null>;
}

const STATE_TEXT: Record<SiteStatus['state'], string> = {
  default: 'Bevan runs here: it is one of the UK news sites it knows.',
  'default-off': 'You switched Bevan off on this news site.',
  added: 'Bevan runs here because you switched it on.',
  off: 'Bevan does not run here.',
};

/** "This site": whether Bevan runs on the page the reader is on, what it found, and a switch. */
export function SiteSwitch({ ask, tab, requestSiteAccess, readPageSummary }: SiteSwitchProps) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!tab) return;
    void ask('getSiteStatus', { url: tab.url }).then((result) =>
      result.ok ? setStatus(result.data) : setProblem(result.error.message),
    );
    void readPageSummary(tab.id).then(setSummary);
  }, [ask, tab, readPageSummary]);

  if (!tab || (status && !status.host)) return <p class="bevan-muted">Bevan cannot run on this page.</p>;
  if (problem && !status)
    return (
      <p class="bevan-error" role="alert">
        {problem}
      </p>
    );
  if (!status)
    return (
      <p class="bevan-muted" role="status">
        Checking this site…
      </p>
    );
  const host = status.host!;

  async function toggle() {
    setBusy(true);
    setProblem(null);
    const turningOn = !status!.runs;
    // A site outside the default list needs the reader's permission, asked for within this click.
    if (turningOn && status!.state === 'off' && !(await requestSiteAccess(sitePatterns(host)))) {
      setProblem(`Bevan needs your permission to read ${host}.`);
      setBusy(false);
      return;
    }
    const result = await ask('setSiteEnabled', { url: tab!.url, enabled: turningOn, tabId: tab!.id });
    if (result.ok) setStatus(result.data);
    else setProblem(result.error.message);
    setSummary(turningOn ? await readPageSummary(tab!.id) : null);
    setBusy(false);
  }

  return (
    <div>
      <p style={{ margin: '0 0 0.4em' }}>
        <strong>{host}</strong>
        <br />
        <span class="bevan-small">{STATE_TEXT[status.state]}</span>
      </p>
      {status.runs && summary?.canDraw === false && (
        <p class="bevan-small bevan-notice" style={{ margin: '0 0 0.5em' }}>
          This browser cannot underline words without changing the page, and Bevan never changes a page, so it leaves
          this one alone. Bevan needs Chrome 105 or Firefox 140, or later.
        </p>
      )}
      {status.runs && summary && summary.canDraw !== false && (
        <p class="bevan-small bevan-muted" style={{ margin: '0 0 0.5em' }}>
          {summary.mentions === 0
            ? 'Nothing to annotate on this page.'
            : `${summary.mentions} mention${summary.mentions === 1 ? '' : 's'} found on this page.`}
        </p>
      )}
      <button type="button" class="bevan-button" onClick={toggle} disabled={busy} aria-pressed={status.runs}>
        {status.runs ? `Turn Bevan off on ${host}` : `Turn Bevan on for ${host}`}
      </button>
      {problem && (
        <p class="bevan-error bevan-small" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
