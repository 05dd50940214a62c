import { useEffect, useState } from 'preact/hooks';
import { routeHash, SECTION_STORES, type RecordSection } from '@/utils/editor/editor-route';
import type { OriginFilter } from '@/utils/editor/list-records';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';

const HEADINGS: Record<RecordSection, { title: string; one: string; many: string; add: string }> = {
  bills: { title: 'Bills', one: 'bill', many: 'bills', add: 'New bill' },
  stances: { title: 'Stances', one: 'stance', many: 'stances', add: 'New stance' },
  events: { title: 'Dispute events', one: 'event', many: 'events', add: 'New dispute event' },
};

const FILTERS: { value: OriginFilter; label: string }[] = [
  { value: 'all', label: 'Everyone’s' },
  { value: 'campaigner', label: 'Yours' },
  { value: 'packs', label: 'From data packs' },
  { value: 'bundled', label: 'Bundled with Bevan' },
];

/** Shown at once; a search narrows it. */
const LIMIT = 100;
const SEARCH_DELAY_MS = 200;

/** A section's records, searchable and filtered by whose they are; each opens in its form. */
export function RecordList({ ask, section }: { ask: Ask; section: RecordSection }) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<OriginFilter>('all');
  const words = HEADINGS[section];
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const list = useRequest(ask, 'listRecords', { store: SECTION_STORES[section], query, filter, limit: LIMIT });

  return (
    <section aria-labelledby="list-heading">
      <div class="bevan-list-header">
        <h2 id="list-heading">{words.title}</h2>
        <a class="bevan-button" href={routeHash({ section, view: 'new' })}>
          {words.add}
        </a>
      </div>
      <div class="bevan-row bevan-list-tools">
        <div class="bevan-field bevan-grow">
          <label for="record-search">Search {words.many}</label>
          <input
            id="record-search"
            type="search"
            class="bevan-input"
            autocomplete="off"
            value={typed}
            placeholder={section === 'stances' ? 'An MP, a bill, a word of the note' : 'A title or a name'}
            onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="bevan-field">
          <label for="record-filter">Whose</label>
          <select
            id="record-filter"
            class="bevan-input"
            value={filter}
            onChange={(event) => setFilter((event.target as HTMLSelectElement).value as OriginFilter)}
          >
            {FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.status === 'error' && (
        <p class="bevan-error" role="alert">
          {list.error.message}
        </p>
      )}
      <p class="bevan-muted bevan-small" role="status">
        {list.status === 'loading'
          ? 'Loading…'
          : list.status === 'ok'
            ? describeCount(list.data.total, list.data.items.length, words, Boolean(query.trim()))
            : ''}
      </p>
      {list.status === 'ok' && list.data.items.length > 0 && (
        <ul class="bevan-list bevan-records">
          {list.data.items.map((item) => (
            <li key={item.entry.record.id}>
              <div class="bevan-record-title">
                <a href={routeHash({ section, view: 'edit', id: item.entry.record.id })}>{item.title}</a>{' '}
                <span class={`bevan-badge${item.editable ? ' bevan-badge-own' : ''}`}>
                  {item.originLabel}
                  {!item.editable && <span class="bevan-visually-hidden">, read-only</span>}
                </span>
              </div>
              <div class="bevan-muted bevan-small">{item.detail}</div>
              {item.entry.store === 'bills' && (
                <a
                  class="bevan-small"
                  href={routeHash({ section: 'stances', view: 'new', billId: item.entry.record.id })}
                >
                  Add a stance<span class="bevan-visually-hidden"> about {item.title}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function describeCount(total: number, shown: number, words: { one: string; many: string }, searched: boolean): string {
  if (total === 0) return searched ? `No ${words.many} match.` : `No ${words.many} here yet.`;
  const counted = `${total} ${total === 1 ? words.one : words.many}`;
  return shown < total ? `${counted}; the first ${shown} shown. Search to narrow them.` : `${counted}.`;
}
