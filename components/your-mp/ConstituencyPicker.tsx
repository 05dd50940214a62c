import { useMemo, useState } from 'preact/hooks';
import type { ResponseOf } from '@/utils/messages';
import { findSeats } from '@/utils/your-mp/seat-search';

type Seat = ResponseOf<'listConstituencies'>[number];

const SHOWN = 8;

/**
 * Choose a constituency from the bundled list (works offline): type part of
 * the seat's or the MP's name, then pick one of the matches, or press Enter
 * for the first (best) one.
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
  const matches = useMemo(() => findSeats(seats, query), [seats, query]);
  const current = chosen ? seats.find((seat) => seat.constituency === chosen) : undefined;

  if (current) {
    return (
      <p>
        <strong>{current.constituency}</strong>{' '}
        <span class="bevan-muted">
          — {current.mp.name}, {current.mp.party}
        </span>{' '}
        <button
          type="button"
          class="bevan-link-button"
          onClick={() => {
            // A new search, from the start.
            setQuery('');
            onChoose(null);
          }}
        >
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
        onKeyDown={(event) => {
          // Enter takes the best match rather than sending the form half-filled; with nothing typed, it sends it.
          if (event.key !== 'Enter' || !query.trim()) return;
          event.preventDefault();
          if (matches.length) onChoose(matches[0].constituency);
        }}
      />
      <p id="constituency-count" class="bevan-muted bevan-small" role="status">
        {query.trim()
          ? matches.length
            ? `${matches.length} match${matches.length === 1 ? '' : 'es'}${matches.length > SHOWN ? `; the first ${SHOWN} shown` : ''}. Enter chooses the first.`
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
