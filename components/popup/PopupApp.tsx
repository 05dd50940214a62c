import type { Ask } from '@/utils/messages';
import { Attribution } from '../Attribution';
import { DisputeTimeline } from '../DisputeTimeline';
import { useRequest } from '../use-request';
import { YourMpSection } from '../your-mp/YourMpSection';
import { SiteSwitch, type SiteSwitchProps } from './SiteSwitch';

/** The toolbar popup: the dispute at a glance, your MP, and this site's switch. Feeds arrive with their own issue. */
export function PopupApp({ ask, ...site }: { ask: Ask } & Omit<SiteSwitchProps, 'ask'>) {
  const timeline = useRequest(ask, 'getDisputeTimeline', {});
  return (
    <main style={{ width: '360px' }}>
      <header style={{ padding: '0.75rem 1rem' }}>
        <h1>Bevan</h1>
        <p class="bevan-muted bevan-small" style={{ margin: 0 }}>
          Sourced facts on MPs, NHS bills and the resident doctors' dispute.
        </p>
      </header>
      <section class="bevan-section" aria-labelledby="dispute-heading">
        <h2 id="dispute-heading">Resident doctors' dispute: latest</h2>
        {timeline.status === 'loading' && (
          <p class="bevan-muted" role="status">
            Loading the timeline…
          </p>
        )}
        {timeline.status === 'error' && (
          <p class="bevan-error" role="alert">
            {timeline.error.message}
          </p>
        )}
        {timeline.status === 'ok' && <DisputeTimeline events={timeline.data} limit={4} />}
      </section>
      <section class="bevan-section" aria-labelledby="your-mp-heading">
        <h2 id="your-mp-heading">Your MP</h2>
        <YourMpSection ask={ask} withLetter />
      </section>
      <section class="bevan-section" aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
        <SiteSwitch ask={ask} {...site} />
      </section>
      <footer class="bevan-section">
        <Attribution />
      </footer>
    </main>
  );
}
