import type { Ask } from '@/utils/messages';
import { Attribution } from '../Attribution';
import { useRequest } from '../use-request';

const STORE_LABELS: Record<string, string> = {
  people: 'People (MPs since 2010)',
  memberships: 'Seats and parties over time',
  bills: 'Bills',
  policies: 'NHS voting policies',
  votingRecords: 'Voting summaries',
  divisions: 'NHS divisions',
  disputeEvents: 'Dispute events',
  stances: 'Recorded stances',
};

/** "About": where the facts come from, then what is stored on this device and which versions, for the curious. */
export function AboutSection({ ask, version }: { ask: Ask; version: string | null }) {
  const status = useRequest(ask, 'getStatus', {});
  return (
    <>
      <h3>Where the facts come from</h3>
      <p>
        MPs, seats and parties: UK Parliament election results and Members API, and mySociety's parlparse. NHS voting
        summaries: TheyWorkForYou. Bills and the dispute timeline: Parliament's pages, Hansard and the news reports each
        fact links to. Rows the sources do not confirm are marked "not verified".
      </p>
      <Attribution />
      <h3>What Bevan keeps on this device</h3>
      {status.status === 'loading' && <p role="status">Reading the database…</p>}
      {status.status === 'error' && (
        <p class="bevan-error" role="alert">
          {status.error.message}
        </p>
      )}
      {status.status === 'ok' && (
        <>
          <table>
            <tbody>
              {Object.entries(status.data.counts).map(([store, count]) => (
                <tr key={store}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: '1em' }}>
                    {STORE_LABELS[store] ?? store}
                  </th>
                  <td style={{ textAlign: 'right' }}>{count.toLocaleString('en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="bevan-muted bevan-small">
            {version ? `Bevan ${version} · ` : ''}bundled data {status.data.bundledVersion ?? 'not loaded yet'} ·
            database version {status.data.schemaVersion}
          </p>
        </>
      )}
    </>
  );
}
