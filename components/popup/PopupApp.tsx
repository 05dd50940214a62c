import { todayIso } from '@/utils/dates';
import type { Ask } from '@/utils/messages';
import { Attribution } from '../Attribution';
import { useRequest } from '../use-request';
import { YourMpSection } from '../your-mp/YourMpSection';
import { DisputeNow } from './DisputeNow';
import { OnThisPage, type OnThisPageProps } from './OnThisPage';
import { PagesYouRead } from './PagesYouRead';
import { RecentNews } from './RecentNews';
import { SiteSwitch, type SiteSwitchProps } from './SiteSwitch';

export type PopupAppProps = { ask: Ask; now?: Date } & Omit<SiteSwitchProps, 'ask'> &
  Pick<OnThisPageProps, 'listMentions' | 'showMention'>;

/**
 * The toolbar popup: first what concerns the page the reader is on (what Bevan found there, and this site's
 * switch), then the dispute now, recent news, pages you read and your MP.
 */
export function PopupApp({ ask, now = new Date(), listMentions, showMention, ...site }: PopupAppProps) {
  const timeline = useRequest(ask, 'getDisputeTimeline', {});
  return (
    <main class="bevan-popup">
      <header style={{ padding: '0.75rem 1rem' }}>
        <h1>Bevan</h1>
        <p class="bevan-muted bevan-small" style={{ margin: 0 }}>
          Sourced facts on MPs, NHS bills and the resident doctors' dispute.
        </p>
      </header>
      <section class="bevan-section" aria-labelledby="on-page-heading">
        <h2 id="on-page-heading">On this page</h2>
        <OnThisPage tabId={site.tab?.id ?? null} listMentions={listMentions} showMention={showMention} />
      </section>
      <section class="bevan-section" aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
        <SiteSwitch ask={ask} {...site} />
      </section>
      <section class="bevan-section" aria-labelledby="dispute-heading">
        <h2 id="dispute-heading">The dispute now</h2>
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
        {timeline.status === 'ok' && <DisputeNow events={timeline.data} today={todayIso(now)} />}
      </section>
      <section class="bevan-section" aria-labelledby="news-heading">
        <h2 id="news-heading">Recent news</h2>
        <RecentNews ask={ask} now={now} requestAccess={site.requestSiteAccess} />
      </section>
      <section class="bevan-section" aria-labelledby="read-heading">
        <h2 id="read-heading">On pages you read</h2>
        <PagesYouRead ask={ask} />
      </section>
      <section class="bevan-section" aria-labelledby="your-mp-heading">
        <h2 id="your-mp-heading">Your MP</h2>
        <YourMpSection ask={ask} withLetter />
      </section>
      <footer class="bevan-section">
        <Attribution />
      </footer>
    </main>
  );
}
