import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { PARLIAMENT_FACTS, PARLIAMENT_HOSTS, PARLIAMENT_ORIGINS } from '@/utils/parliament/hosts';
import type { ParliamentStatus } from '@/utils/parliament/parliament-settings';
import { timeAgo } from '@/utils/time-ago';

/**
 * "Live facts from Parliament": the reader's switch for every request Bevan makes to Parliament's APIs, what those
 * requests send, and when each kind of fact was last refreshed, with the last failure in plain words.
 */
export function ParliamentSettings({ ask }: { ask: Ask }) {
  const [checking, setChecking] = useState<boolean | null>(null);
  const [status, setStatus] = useState<ParliamentStatus | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void ask('getParliamentSettings', {}).then((result) => {
      if (result.ok) setChecking(result.data.checkParliament);
      else setMessage({ text: result.error.message, error: true });
    });
    void ask('getParliamentStatus', {}).then((result) => result.ok && setStatus(result.data));
  }, [ask]);

  async function change(checkParliament: boolean) {
    setChecking(checkParliament);
    const result = await ask('setParliamentSettings', { checkParliament });
    setMessage(
      result.ok
        ? {
            text: checkParliament
              ? 'Saved. Cards will check Parliament for updates.'
              : 'Saved. Bevan will not contact Parliament; cards show the facts it already has.',
            error: false,
          }
        : { text: result.error.message, error: true },
    );
  }

  return (
    <div>
      <p>
        <label>
          <input
            type="checkbox"
            checked={checking ?? false}
            disabled={checking === null}
            onChange={(event) => void change((event.target as HTMLInputElement).checked)}
          />{' '}
          Check Parliament for updates
        </label>
      </p>
      <p class="bevan-muted bevan-small">
        When a card opens, Bevan asks UK Parliament's public services for that MP's or bill's latest facts (
        {PARLIAMENT_HOSTS.map((host) => new URL(PARLIAMENT_ORIGINS[host]).host).join(', ')}). Each request names only
        the MP, bill or vote: no cookies, nothing about you, and never the page you are reading, though Parliament can
        see that someone asked. Facts already on this device show at once; with this off, Bevan never contacts
        Parliament.
      </p>
      {message && (
        <p class={message.error ? 'bevan-error' : 'bevan-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {status && (
        <table>
          <caption class="bevan-small" style={{ textAlign: 'left' }}>
            Last refreshed
          </caption>
          <tbody>
            {PARLIAMENT_HOSTS.map((host) => {
              const { lastRefreshed, lastFailure } = status[host];
              return (
                <tr key={host}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: '1em' }}>
                    {PARLIAMENT_FACTS[host].replace(/^./, (first) => first.toUpperCase())}
                  </th>
                  <td>
                    {lastRefreshed ? (
                      <time dateTime={lastRefreshed}>{timeAgo(lastRefreshed, new Date())}</time>
                    ) : (
                      'Not yet'
                    )}
                    {lastFailure && (
                      <span class="bevan-error">
                        {' '}
                        · Last try <time dateTime={lastFailure.at}>{timeAgo(lastFailure.at, new Date())}</time>:{' '}
                        {lastFailure.words}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
