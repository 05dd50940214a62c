import { formatDate } from '@/utils/dates';
import {
  countsOf,
  describeCounts,
  PACK_STORE_ORDER,
  recordNoun,
  totalOf,
  type ChangeKind,
} from '@/utils/editor/preview-summary';
import type { ImportPreview } from '@/utils/packs/requests';
import { safeHttpsUrl } from '@/utils/urls';

/** Shown per kind of change; the rest are counted. */
const SHOWN = 30;

const KINDS: { kind: ChangeKind; heading: string; explain: string }[] = [
  { kind: 'adds', heading: 'Adds', explain: 'New to Bevan.' },
  { kind: 'updates', heading: 'Updates', explain: 'This pack had them already; this version changes them.' },
  { kind: 'removes', heading: 'Removes', explain: 'In the installed version of this pack, not in this one.' },
  {
    kind: 'conflicts',
    heading: 'Conflicts: not imported',
    explain: 'Their ids are already taken; the records holding them stay as they are.',
  },
];

/** What importing a pack would do, before anything is stored: its header, then what it adds, updates, removes. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { pack } = preview;
  const homepage = pack.homepage ? safeHttpsUrl(pack.homepage) : null;
  const unchanged = PACK_STORE_ORDER.reduce((sum, store) => sum + preview.stores[store].unchanged, 0);
  const nothingNew = KINDS.every(({ kind }) => totalOf(countsOf(preview, kind)) === 0);
  return (
    <div class="bevan-preview">
      <h3>{pack.name}</h3>
      <p class="bevan-muted bevan-small">
        {pack.publisher ? `By ${pack.publisher} · ` : ''}made {formatDate(pack.created.slice(0, 10))} · pack id{' '}
        <code>{pack.id}</code>
        {homepage && (
          <>
            {' · '}
            <a href={homepage} target="_blank" rel="noopener noreferrer">
              its homepage
            </a>
          </>
        )}
      </p>
      {pack.description && <p>{pack.description}</p>}
      {preview.origin === 'campaigner' ? (
        <p class="bevan-notice">Restoring a backup: these records come back as your own, editable.</p>
      ) : preview.installed ? (
        <p class="bevan-notice">
          A version of this pack made {formatDate(preview.installed.created.slice(0, 10))} is installed: this one
          replaces it.
        </p>
      ) : null}
      {nothingNew && <p>Nothing to change: Bevan has this version already.</p>}
      {KINDS.map(({ kind, heading, explain }) => {
        const counts = countsOf(preview, kind);
        if (!totalOf(counts)) return null;
        return (
          <section key={kind} class={`bevan-preview-group bevan-preview-${kind}`} aria-label={heading}>
            <h4>
              {heading}: {describeCounts(counts)}
            </h4>
            <p class="bevan-muted bevan-small">{explain}</p>
            <ul class="bevan-list">
              {PACK_STORE_ORDER.flatMap((store) =>
                preview.stores[store][kind].slice(0, SHOWN).map((item) => (
                  <li key={`${store}-${item.id}`}>
                    <span class="bevan-muted">{capitalise(recordNoun(store))}:</span> {item.title}
                    {'holder' in item && <span class="bevan-muted"> (id held by {String(item.holder)})</span>}
                  </li>
                )),
              )}
            </ul>
            {PACK_STORE_ORDER.some((store) => preview.stores[store][kind].length > SHOWN) && (
              <p class="bevan-muted bevan-small">The first {SHOWN} of each kind are listed.</p>
            )}
          </section>
        );
      })}
      {unchanged > 0 && (
        <p class="bevan-muted bevan-small">
          {unchanged} record{unchanged === 1 ? '' : 's'} unchanged.
        </p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
