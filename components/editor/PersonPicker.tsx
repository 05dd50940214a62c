import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonChoice } from '@/utils/editor/record-drafts';
import type { Ask, ResponseOf } from '@/utils/messages';
import { FieldError, FieldFrame, describedBy } from './FieldError';

type Match = ResponseOf<'searchPeople'>[number];

const SHOWN = 8;
/** Waits this long after the last key before asking: typing "Lucas" is one search, not five. */
const SEARCH_DELAY_MS = 150;

export interface PersonPickerProps {
  ask: Ask;
  id: string;
  label: string;
  value: PersonChoice | null;
  onChange: (person: PersonChoice | null) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
}

/**
 * Choose an MP from Bevan's data by typing part of their name: an ARIA
 * combobox (arrow keys move through the matches, Enter chooses, Escape
 * closes), searched with the searchPeople request.
 */
export function PersonPicker({ ask, id, label, value, onChange, error, hint, optional = false }: PersonPickerProps) {
  const [query, setQuery] = useState('');
  const { matches, setMatches, active, setActive, searchError } = usePeopleSearch(ask, query);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'input' | 'change' | null>(null);

  useEffect(() => {
    if (focusAfter.current === 'input') input.current?.focus();
    if (focusAfter.current === 'change') change.current?.focus();
    focusAfter.current = null;
  }, [value]);

  const choose = (match: Match) => {
    focusAfter.current = 'change';
    setQuery('');
    setMatches([]);
    setOpen(false);
    onChange({ id: match.id, name: match.name });
  };

  if (value) {
    const changePerson = () => {
      focusAfter.current = 'input';
      onChange(null);
    };
    return <ChosenPerson {...{ id, label, value, error }} buttonRef={change} onChangePerson={changePerson} />;
  }

  const listId = `${id}-options`;
  const expanded = open && matches.length > 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && matches.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current <= 0 ? matches.length - 1 : current - 1));
    } else if (event.key === 'Enter' && expanded) {
      // Enter chooses rather than submitting the form.
      event.preventDefault();
      choose(matches[Math.max(active, 0)]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const status = searchStatus(searchError, query, matches);

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} extraClass="bevan-combobox">
      <input
        id={id}
        ref={input}
        class="bevan-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[describedBy(id, hint, error), `${id}-status`].filter(Boolean).join(' ')}
        placeholder="Type part of the MP's name"
        value={query}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <p id={`${id}-status`} class="bevan-muted bevan-small" aria-live="polite">
        {status}
      </p>
      <MatchList {...{ id, label, matches, active }} listId={listId} hidden={!expanded} onChoose={choose} />
    </FieldFrame>
  );
}

/** The MPs whose names match `query`, asked a moment after the last key, and which of them the arrow keys are on. */
function usePeopleSearch(ask: Ask, query: string) {
  const [matches, setMatches] = useState<Match[]>([]);
  const [active, setActive] = useState(-1);
  const [searchError, setSearchError] = useState<string | null>(null);
  useEffect(() => {
    const needle = query.trim();
    if (!needle) {
      setMatches([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void ask('searchPeople', { query: needle, limit: SHOWN }).then((result) => {
        if (!live) return;
        setSearchError(result.ok ? null : result.error.message);
        setMatches(result.ok ? result.data : []);
        setActive(-1);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ask, query]);
  return { matches, setMatches, active, setActive, searchError };
}

/** What the live status line says about the search. */
function searchStatus(searchError: string | null, query: string, matches: Match[]): string {
  return searchError
    ? searchError
    : query.trim() && !matches.length
      ? 'No MP in Bevan’s data matches that.'
      : matches.length
        ? `${matches.length} match${matches.length === 1 ? '' : 'es'}: use the arrow keys, then Enter`
        : '';
}

/** The MP chosen, with a button to choose another. */
function ChosenPerson({
  id,
  label,
  value,
  error,
  buttonRef,
  onChangePerson,
}: {
  id: string;
  label: string;
  value: PersonChoice;
  error?: string;
  buttonRef: Ref<HTMLButtonElement>;
  onChangePerson: () => void;
}) {
  return (
    <div class={`bevan-field${error ? ' bevan-field-invalid' : ''}`}>
      <span class="bevan-label" id={`${id}-label`}>
        {label}
      </span>
      <FieldError id={`${id}-error`} message={error} />
      <p class="bevan-chosen" aria-labelledby={`${id}-label`}>
        <strong>{value.name}</strong> <span class="bevan-muted bevan-small">MNIS id {value.id}</span>{' '}
        <button
          type="button"
          class="bevan-link-button"
          ref={buttonRef}
          id={id}
          aria-describedby={describedBy(id, false, error)}
          onClick={onChangePerson}
        >
          Change<span class="bevan-visually-hidden"> {label}</span>
        </button>
      </p>
    </div>
  );
}

/** The listbox of matches; mousedown chooses, so that the input's blur does not close it first. */
function MatchList({
  id,
  label,
  listId,
  matches,
  active,
  hidden,
  onChoose,
}: {
  id: string;
  label: string;
  listId: string;
  matches: Match[];
  active: number;
  hidden: boolean;
  onChoose: (match: Match) => void;
}) {
  return (
    <ul id={listId} role="listbox" class="bevan-list bevan-options" aria-label={`${label}: matches`} hidden={hidden}>
      {matches.map((match, index) => (
        <li
          key={match.id}
          id={`${id}-option-${index}`}
          role="option"
          aria-selected={index === active ? 'true' : 'false'}
          class={index === active ? 'bevan-option bevan-option-active' : 'bevan-option'}
          // mousedown, not click: the input's blur would close the list before a click lands.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(match);
          }}
        >
          {match.name} <span class="bevan-muted bevan-small">{match.sitting ? 'sitting MP' : 'former MP'}</span>
        </li>
      ))}
    </ul>
  );
}
