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
