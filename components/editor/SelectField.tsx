import type { ComponentChildren } from 'preact';
import { FieldFrame, describedBy } from './FieldError';

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled <select>; an empty first option stands for "not chosen yet" when `placeholder` is given. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  placeholder,
}: {
  id: string;
  label: ComponentChildren;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  error?: string;
  hint?: ComponentChildren;
  placeholder?: string;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        class="bevan-input"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
