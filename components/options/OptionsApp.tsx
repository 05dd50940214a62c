import type { Ask } from '@/utils/messages';
import { Attribution } from '../Attribution';
import { useRequest } from '../use-request';
import { YourMpSection } from '../your-mp/YourMpSection';
import { AnnotationSettingsForm } from './AnnotationSettingsForm';
import { FeedSettingsForm } from './FeedSettingsForm';
import { LetterTemplatesForm } from './LetterTemplatesForm';
import { NewsSitesList } from './NewsSitesList';
import { ParliamentSettings } from './ParliamentSettings';

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

/** Settings and the state of the data. */
export function OptionsApp({
  ask,
  requestAccess,
}: {
  ask: Ask;
  /** Asks the reader for permission to read sites (must run inside the click). */
  requestAccess: (origins: string[]) => Promise<boolean>;
}) {
  const status = useRequest(ask, 'getStatus', {});
  return (
    <main style={{ maxWidth: '720px', margin: '0 auto', padding: '1.5rem 1rem' }}>
      <h1>Bevan — settings and data</h1>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">The data on this device</h2>
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
              Bundled dataset {status.data.bundledVersion ?? 'not loaded yet'} · database schema v
              {status.data.schemaVersion}
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="campaign-heading">
        <h2 id="campaign-heading">Campaign data</h2>
        <p>
          Add bills, stances and dispute events that the bundled data does not cover, and share them as data packs:{' '}
          <a href="/editor.html">open the campaigners' editor</a>.
        </p>
      </section>
      <section aria-labelledby="your-mp-heading" id="your-mp">
        <h2 id="your-mp-heading">Your MP</h2>
        <YourMpSection ask={ask} withLetter={false} />
      </section>
      <section aria-labelledby="letters-heading" id="letters">
        <h2 id="letters-heading">Letters to your MP</h2>
        <LetterTemplatesForm ask={ask} />
      </section>
      <section aria-labelledby="feeds-heading" id="feeds">
        <h2 id="feeds-heading">News feeds</h2>
        <FeedSettingsForm ask={ask} requestAccess={requestAccess} />
      </section>
      <section aria-labelledby="sites-heading" id="sites">
        <h2 id="sites-heading">Where Bevan runs</h2>
        <NewsSitesList />
      </section>
      <section aria-labelledby="parliament-heading" id="parliament">
        <h2 id="parliament-heading">Live facts from Parliament</h2>
        <ParliamentSettings ask={ask} />
      </section>
      <section aria-labelledby="annotations-heading">
        <h2 id="annotations-heading">Annotations</h2>
        <AnnotationSettingsForm ask={ask} />
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where the facts come from</h2>
        <p>
          MPs, seats and parties: UK Parliament election results and Members API, and mySociety's parlparse. NHS voting
          summaries: TheyWorkForYou. Bills and the dispute timeline: Parliament's pages, Hansard and the news reports
          each fact links to. Rows the sources do not confirm are marked "not verified".
        </p>
        <Attribution />
      </section>
    </main>
  );
}
