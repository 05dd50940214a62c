import { useState } from 'preact/hooks';
import { routeHash } from '@/utils/editor/editor-route';
import type { Ask, ResponseOf } from '@/utils/messages';
import { readSearchInput } from '@/utils/parliament/bills/search-input';

type Hit = ResponseOf<'searchParliamentBills'>['hits'][number];

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; hits: Hit[]; total: number }
  | { status: 'error'; message: string };

function describeHit(hit: Hit): string {
  const where = hit.isAct
    ? 'became an Act'
    : hit.withdrawn
      ? 'withdrawn'
      : hit.currentStage
        ? `now at ${hit.currentStage}${hit.house === 'Commons' || hit.house === 'Lords' ? ` (${hit.house})` : ''}`
        : 'stage not given';
  return `${hit.session ? `Session ${hit.session}` : 'Session not given'} · ${where}`;
}

/**
 * Add from Parliament: search the Bills API by words of a title or a bill's number, then add one as the
 * campaigner's own bill with its stages, kept up to date from Parliament. Open tabs underline it at once.
 */
export function AddFromParliament({ ask, onAdded }: { ask: Ask; onAdded: (id: string, title: string) => void }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [adding, setAdding] = useState<number | null>(null);
  const [addError, setAddError] = useState<string | null>(null);

  const find = async (event: Event) => {
    event.preventDefault();
    setAddError(null);
    const input = readSearchInput(typed);
    if (input.kind === 'problem') {
      setSearch({ status: 'error', message: input.message });
      return;
    }
    setSearch({ status: 'searching' });
    const answer = await ask('searchParliamentBills', { term: typed });
    setSearch(
      answer.ok
        ? { status: 'found', hits: answer.data.hits, total: answer.data.total }
        : { status: 'error', message: answer.error.message },
    );
  };

  const add = async (hit: Hit) => {
    setAdding(hit.parliamentBillId);
    setAddError(null);
    const answer = await ask('addBillFromParliament', { parliamentBillId: hit.parliamentBillId, aliases: [] });
    setAdding(null);
    if (answer.ok) onAdded(answer.data.id, answer.data.shortTitle);
    else setAddError(answer.error.message);
  };

  return (
    <section class="bevan-parliament" aria-labelledby="parliament-heading">
      <h2 id="parliament-heading">Add from Parliament</h2>
      <p class="bevan-muted bevan-small">
        Find a bill on bills.parliament.uk by words of its title or its number. Bevan adds it as your bill with its
        stages and sources, and keeps its stages up to date from Parliament.
      </p>
      <form class="bevan-row" onSubmit={(event) => void find(event)}>
        <div class="bevan-field bevan-grow">
          <label for="parliament-search">Title or number of the bill</label>
          <input
            id="parliament-search"
            type="search"
            class="bevan-input"
            autocomplete="off"
            value={typed}
            placeholder="e.g. Medical Training"
            aria-describedby="parliament-status"
            onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="bevan-button" disabled={search.status === 'searching'}>
          Search Parliament
        </button>
      </form>
      <div id="parliament-status">
        {search.status === 'error' ? (
          <p class="bevan-error" role="alert">
            {search.message}
          </p>
        ) : (
          <p class="bevan-muted bevan-small" role="status">
            {search.status === 'searching'
              ? 'Asking Parliament…'
              : search.status === 'found'
                ? search.hits.length === 0
                  ? 'Parliament has no bill matching that.'
                  : search.total > search.hits.length
                    ? `${search.total} bills match; the first ${search.hits.length === 1 ? 'one is' : `${search.hits.length} are`} shown. Add words to narrow them.`
                    : `${search.hits.length} ${search.hits.length === 1 ? 'bill matches' : 'bills match'}.`
                : ''}
          </p>
        )}
      </div>
      {addError && (
        <p class="bevan-error" role="alert">
          {addError}
        </p>
      )}
      {search.status === 'found' && search.hits.length > 0 && (
        <ul class="bevan-list bevan-records" aria-label="Bills found in Parliament">
          {search.hits.map((hit) => (
            <li key={hit.parliamentBillId}>
              <div class="bevan-record-title">
                {hit.shortTitle} <span class="bevan-muted bevan-small">(bill {hit.parliamentBillId})</span>
              </div>
              <div class="bevan-muted bevan-small">{describeHit(hit)}</div>
              {hit.existingBillId ? (
                <a class="bevan-small" href={routeHash({ section: 'bills', view: 'edit', id: hit.existingBillId })}>
                  Already in Bevan: open it
                </a>
              ) : (
                <button
                  type="button"
                  class="bevan-button bevan-button-secondary"
                  disabled={adding !== null}
                  onClick={() => void add(hit)}
                >
                  {adding === hit.parliamentBillId ? 'Adding…' : 'Add this bill'}
                  <span class="bevan-visually-hidden"> {hit.shortTitle}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
