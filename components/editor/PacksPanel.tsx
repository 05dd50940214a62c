import { useState } from 'preact/hooks';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import type { Ask } from '@/utils/messages';
import { ExportPackForm } from './ExportPackForm';
import { ImportPackForm } from './ImportPackForm';
import { InstalledPackList } from './InstalledPackList';
import { LastImportNotice } from './LastImportNotice';
import { SubscriptionList } from './SubscriptionList';

/**
 * Data packs: import (with a preview first) and undo, the installed packs,
 * subscriptions, and exporting the reader's own records. Whatever one part
 * changes, the others read again.
 */
export function PacksPanel({ ask, browser }: { ask: Ask; browser: EditorBrowser }) {
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string | null = null) => {
    setVersion((count) => count + 1);
    setMessage(text);
  };
  return (
    <div class="bevan-packs">
      <p class="bevan-muted">
        A data pack is a JSON file of bills, stances and dispute events that a campaign group shares. Its format and
        JSON Schema are in Bevan's README; packs are checked before anything is stored, and an import can be undone.
      </p>
      <div aria-live="polite">
        {message && (
          <p class="bevan-success" role="status">
            {message}
          </p>
        )}
      </div>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import a data pack</h2>
        <ImportPackForm ask={ask} browser={browser} onChanged={() => changed()} />
        <LastImportNotice ask={ask} version={version} now={browser.now} onChanged={() => changed()} />
      </section>
      <section aria-labelledby="installed-heading">
        <h2 id="installed-heading">Installed packs</h2>
        <InstalledPackList ask={ask} version={version} now={browser.now} onChanged={changed} />
      </section>
      <section aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">Subscriptions</h2>
        <SubscriptionList ask={ask} browser={browser} version={version} onChanged={changed} />
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export your records</h2>
        <ExportPackForm ask={ask} browser={browser} version={version} />
      </section>
    </div>
  );
}
