import type { ComponentChildren } from 'preact';
import { FieldFrame, describedBy } from './FieldError';

/** A labelled text input (or textarea) with its hint and, when it is wrong, its error beside it. */
export function TextField({
  id,
  label,
  value,
  onInput,
  error,
  hint,
  optional = false,
  multiline = false,
  rows = 3,
  type = 'text',
  list,
  placeholder,
  inputMode,
  width,
}: {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: ComponentChildren;
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'url';
  /** The id of a <datalist> of suggestions. */
  list?: string;
  placeholder?: string;
  inputMode?: 'text' | 'url' | 'numeric';
  /** A CSS width for short values (dates, sessions). */
  width?: string;
}) {
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
    onInput: (event: Event) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {multiline ? (
        <textarea {...common} rows={rows} class="bevan-input" />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          inputMode={inputMode}
          class="bevan-input"
          style={width ? { width } : undefined}
          autocomplete="off"
        />
      )}
    </FieldFrame>
  );
}
