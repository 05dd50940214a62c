import type { ComponentChildren } from 'preact';

/** An error shown beside its field; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="bevan-field-error">
      <span class="bevan-visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** An element id for a field path: `bill` + `stages.0.date` → `bill-stages-0-date`. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/\./g, '-')}`;
}

/** The ids a field's aria-describedby lists: its hint and its error, when shown. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * What every field shows around its control: the label (marked optional when it is), the hint, and the error
 * beside it. The control, given as children, points at the hint and error with `describedBy`.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  optional = false,
  extraClass = '',
  children,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  optional?: boolean;
  extraClass?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`bevan-field${extraClass ? ` ${extraClass}` : ''}${error ? ' bevan-field-invalid' : ''}`}>
      <label for={id}>
        {label}
        {optional && <span class="bevan-muted bevan-optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="bevan-muted bevan-small">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}
