import { useMemo, useState } from 'preact/hooks';
import type { ResponseOf } from '@/utils/messages';

type Seat = ResponseOf<'listConstituencies'>[number];

/** Folds case and accents, so that "ynys mon" finds "Ynys Môn". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SHOWN = 8;

/**
 * Choose a constituency from the bundled list (works offline): type part of
 * the seat's or the MP's name, then pick one of the matches.
 */
export function ConstituencyPicker({
  seats,
  chosen,
  onChoose,
}: {
  seats: readonly Seat[];
  chosen: string | null;
  onChoose: (constituency: string | null) => void;
}) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const needle = fold(query.trim());
    if (!needle) return [];
    return seats.filter((seat) => fold(`${seat.constituency} ${seat.mp.name}`).includes(needle));
  }, [seats, query]);
  const current = chosen ? seats.find((seat) => seat.constituency === chosen) : undefined;

  if (current) {
    return (
      <p>
        <strong>{current.constituency}</strong>{' '}
        <span class="bevan-muted">
          — {current.mp.name}, {current.mp.party}
        </span>{' '}
        <button type="button" class="bevan-link-button" onClick={() => onChoose(null)}>
          Change
        </button>
      </p>
    );
  }
  return (
    <div>
      <label for="constituency-search">Or your constituency</label>
      <input
        id="constituency-search"
        type="search"
        autocomplete="off"
        value={query}
        placeholder="A place, or your MP's name"
        aria-describedby="constituency-count"
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      />
      <p id="constituency-count" class="bevan-muted bevan-small" role="status">
        {query.trim()
          ? matches.length
            ? `${matches.length} match${matches.length === 1 ? '' : 'es'}${matches.length > SHOWN ? `; the first ${SHOWN} shown` : ''}`
            : 'No constituency or MP matches that.'
          : `${seats.length} constituencies, as at the data's snapshot.`}
      </p>
      {matches.length > 0 && (
        <ul class="bevan-list bevan-choices">
          {matches.slice(0, SHOWN).map((seat) => (
            <li key={seat.constituency}>
              <button type="button" class="bevan-choice" onClick={() => onChoose(seat.constituency)}>
                <strong>{seat.constituency}</strong>{' '}
                <span class="bevan-muted">
                  {seat.mp.name}, {seat.mp.party}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
