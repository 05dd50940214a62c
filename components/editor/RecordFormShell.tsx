import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { countErrors, type FieldErrors } from '@/utils/editor/field-errors';
import { ConfirmButton } from './ConfirmButton';

/**
 * What every record form shares: its heading, the note on a read-only record,
 * a summary of the problems after a refused save (announced, and focus moved
 * to the first field in error), the fields, and Save, Back and Delete.
 */
export function RecordFormShell({
  heading,
  readOnlyNote,
  errors,
  attempt,
  saving,
  onSubmit,
  onBack,
  deleteControl,
  children,
}: {
  heading: string;
  /** Shown instead of the Save button when the record is not the reader's own. */
  readOnlyNote: ComponentChildren | null;
  errors: FieldErrors;
  /** Counts submits: each refused one moves focus to the first field in error. */
  attempt: number;
  saving: boolean;
  onSubmit: () => void;
  onBack: () => void;
  deleteControl?: ComponentChildren;
  children: ComponentChildren;
}) {
  const form = useRef<HTMLFormElement>(null);
  const count = countErrors(errors);
  useEffect(() => {
    if (!attempt || !count) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? form.current?.querySelector<HTMLElement>('.bevan-error-summary'))?.focus();
    // Only a new attempt moves focus, not every keystroke that changes the errors.
  }, [attempt]);
  const fieldCount = countErrors(errors) - (errors.form ? 1 : 0);
  return (
    <form
      ref={form}
      noValidate
      class="bevan-record-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2>{heading}</h2>
      {readOnlyNote && <div class="bevan-notice bevan-read-only">{readOnlyNote}</div>}
      {count > 0 && attempt > 0 && (
        <div class="bevan-error bevan-error-summary" role="alert" tabIndex={-1}>
          {errors.form && <p>{errors.form}</p>}
          {fieldCount > 0 && (
            <p>
              {fieldCount === 1 ? 'One field needs' : `${fieldCount} fields need`} changing before this can be saved:
              see the messages beside {fieldCount === 1 ? 'it' : 'them'}.
            </p>
          )}
        </div>
      )}
      <fieldset class="bevan-plain-fieldset" disabled={Boolean(readOnlyNote)}>
        {children}
      </fieldset>
      <div class="bevan-actions bevan-form-actions">
        {!readOnlyNote && (
          <button type="submit" class="bevan-button" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        )}
        <button type="button" class="bevan-button bevan-button-secondary" onClick={onBack}>
          {readOnlyNote ? 'Back to the list' : 'Cancel'}
        </button>
        {deleteControl}
      </div>
    </form>
  );
}

/** Delete, asked twice (see ConfirmButton). */
export function DeleteControl({ what, onDelete }: { what: string; onDelete: () => Promise<string | null> }) {
  return (
    <ConfirmButton
      label="Delete"
      question={`Delete ${what}? This cannot be undone.`}
      confirmLabel="Yes, delete"
      busyLabel="Deleting…"
      onConfirm={onDelete}
    />
  );
}

/** Why a record cannot be changed here, and what the reader can do instead. */
export function ReadOnlyNote({ reason, children }: { reason: string; children?: ComponentChildren }) {
  return (
    <p>
      <strong>Read-only.</strong> {reason} {children}
    </p>
  );
}
