import { describeCounts, PACK_STORE_ORDER, recordNoun } from '@/utils/editor/preview-summary';
import type { PackExport } from './use-pack-export';

/** What to export: all the reader's records, or those they tick, kind by kind. */
export function ExportSelection({ state }: { state: PackExport }) {
  const { lists, counts, everything, setEverything, selection, toggle, errors } = state;
  return (
    <fieldset class="bevan-fieldset">
      <legend>What to export</legend>
      <label class="bevan-check">
        <input type="radio" name="export-what" checked={everything} onChange={() => setEverything(true)} /> All your
        records: {describeCounts(counts)}
      </label>
      <label class="bevan-check">
        <input type="radio" name="export-what" checked={!everything} onChange={() => setEverything(false)} /> Only those
        I choose
      </label>
      {errors.selection && (
        <p class="bevan-field-error" role="alert">
          {errors.selection}
        </p>
      )}
      {!everything &&
        PACK_STORE_ORDER.map((store) => {
          const list = lists[store];
          if (list.status !== 'ok' || !list.data.items.length) return null;
          return (
            <fieldset class="bevan-fieldset bevan-choose" key={store}>
              <legend>{recordNoun(store, 2).replace(/^./, (first) => first.toUpperCase())}</legend>
              {list.data.items.map((item) => (
                <label class="bevan-check" key={item.entry.record.id}>
                  <input
                    type="checkbox"
                    checked={selection[store].has(item.entry.record.id)}
                    onChange={(event) =>
                      toggle(store, item.entry.record.id, (event.target as HTMLInputElement).checked)
                    }
                  />{' '}
                  {item.title}
                </label>
              ))}
            </fieldset>
          );
        })}
      {!everything && (
        <p class="bevan-muted bevan-small">
          A stance about one of your bills brings that bill along: a pack must stand on its own.
        </p>
      )}
    </fieldset>
  );
}
