import type { FieldErrors } from '@/utils/editor/field-errors';
import { emptySource, type SourceDraft } from '@/utils/editor/record-drafts';
import { FieldError, fieldId } from './FieldError';
import { TextField } from './TextField';

/** A record's sources: at least one https address, each with who published it. */
export function SourceFields({
  form,
  sources,
  onChange,
  errors,
}: {
  form: string;
  sources: SourceDraft[];
  onChange: (sources: SourceDraft[]) => void;
  errors: FieldErrors;
}) {
  const update = (index: number, change: Partial<SourceDraft>) =>
    onChange(sources.map((source, at) => (at === index ? { ...source, ...change } : source)));
  const listError = errors.sources;
  return (
    <fieldset class="bevan-fieldset" aria-describedby={listError ? `${fieldId(form, 'sources')}-error` : undefined}>
      <legend>Sources</legend>
      <p class="bevan-muted bevan-small">
        Every fact needs a source a reader can check: an <code>https://</code> address. Cards link to it.
      </p>
      <FieldError
        id={`${fieldId(form, 'sources')}-error`}
        message={listError === 'Add at least one' ? 'Add at least one source' : listError}
      />
      {sources.map((source, index) => (
        <div class="bevan-row" key={index}>
          <TextField
            id={fieldId(form, `sources.${index}.url`)}
            label={sources.length > 1 ? `Source ${index + 1}: address` : 'Address'}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={source.url}
            onInput={(url) => update(index, { url })}
            error={errors[`sources.${index}.url`]}
          />
          <TextField
            id={fieldId(form, `sources.${index}.label`)}
            label="Published by"
            optional
            hint="Left empty, the site's name is used"
            value={source.label}
            onInput={(label) => update(index, { label })}
            error={errors[`sources.${index}.label`]}
          />
          {sources.length > 1 && (
            <button
              type="button"
              class="bevan-button bevan-button-secondary bevan-row-action"
              onClick={() => onChange(sources.filter((_source, at) => at !== index))}
            >
              Remove<span class="bevan-visually-hidden"> source {index + 1}</span>
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        class="bevan-button bevan-button-secondary"
        onClick={() => onChange([...sources, emptySource()])}
      >
        Add another source
      </button>
    </fieldset>
  );
}
