import type { Ask } from '@/utils/messages';
import { YourMpSection } from '../your-mp/YourMpSection';
import { AboutSection } from './AboutSection';
import { AnnotationSettingsForm } from './AnnotationSettingsForm';
import { FeedSettingsForm } from './FeedSettingsForm';
import { LetterTemplatesForm } from './LetterTemplatesForm';
import { ParliamentSettings } from './ParliamentSettings';
import { SitesSection } from './SitesSection';

/** Settings, what a reader changes most first; the state of the data last, under "About". */
export function OptionsApp({
  ask,
  requestAccess,
  version = null,
}: {
  ask: Ask;
  /** Asks the reader for permission to read sites (must run inside the click). */
  requestAccess: (origins: string[]) => Promise<boolean>;
  /** Bevan's version, from its manifest. */
  version?: string | null;
}) {
  return (
    <main style={{ maxWidth: '720px', margin: '0 auto', padding: '1.5rem 1rem' }}>
      <h1>Bevan — settings</h1>
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
        <h2 id="sites-heading">Sites</h2>
        <SitesSection ask={ask} requestAccess={requestAccess} />
      </section>
      <section aria-labelledby="parliament-heading" id="parliament">
        <h2 id="parliament-heading">Live facts from Parliament</h2>
        <ParliamentSettings ask={ask} />
      </section>
      <section aria-labelledby="annotations-heading">
        <h2 id="annotations-heading">Annotations</h2>
        <AnnotationSettingsForm ask={ask} />
      </section>
      <section aria-labelledby="campaign-heading">
        <h2 id="campaign-heading">Campaign data</h2>
        <p>
          Add bills, stances and dispute events that the bundled data does not cover, and share them as data packs:{' '}
          <a href="/editor.html">open the campaigners' editor</a>.
        </p>
      </section>
      <section aria-labelledby="about-heading" id="about">
        <h2 id="about-heading">About</h2>
        <AboutSection ask={ask} version={version} />
      </section>
    </main>
  );
}
