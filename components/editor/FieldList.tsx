import { fieldId } from './FieldError';
import { PersonPicker } from './PersonPicker';
import type { FieldProps, FieldSpec } from './record-form-kind';
import { SelectField } from './SelectField';
import { SourceFields } from './SourceFields';
import { StageFields } from './StageFields';
import { TextField } from './TextField';

/** A record form's fields, in the order its kind lists them, each bound to its part of the draft. */
export function FieldList<D>({ fields, ...props }: FieldProps<D> & { fields: readonly FieldSpec<D>[] }) {
  return (
    <>
      {fields.map((spec, index) => (
        <Field key={index} spec={spec} {...props} />
      ))}
    </>
  );
}

function Field<D>({ spec, ...props }: FieldProps<D> & { spec: FieldSpec<D> }) {
  const { ask, form, draft, errors, edit } = props;
  // The spec names the key; the draft's type at that key is the spec's to keep.
  const set = (key: string, value: unknown) => edit({ [key]: value } as Partial<D>);
  const valueOf = <V,>(key: string) => (draft as Record<string, unknown>)[key] as V;
  switch (spec.control) {
    case 'text': {
      const { key, list, ...rest } = spec;
      return (
        <TextField
          {...rest}
          id={fieldId(form, key)}
          list={list && `${form}-${list}`}
          value={valueOf<string>(key)}
          onInput={(value) => set(key, value)}
          error={errors[key]}
        />
      );
    }
    case 'suggestions':
      return (
        <datalist id={`${form}-${spec.list}`}>
          {spec.values.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      );
    case 'select':
      return (
        <SelectField
          id={fieldId(form, spec.key)}
          label={spec.label}
          value={valueOf<string>(spec.key)}
          placeholder={spec.placeholder}
          options={spec.options}
          onChange={(value) => set(spec.key, value)}
          error={errors[spec.key]}
        />
      );
    case 'check':
      return (
        <div class="bevan-field">
          <label class="bevan-check">
            <input
              type="checkbox"
              checked={valueOf<boolean>(spec.key)}
              onChange={(change) => set(spec.key, (change.target as HTMLInputElement).checked)}
            />{' '}
            {spec.label}
          </label>
          <p class="bevan-muted bevan-small">{spec.note}</p>
        </div>
      );
    case 'person': {
      const error = spec.errorPaths.map((path) => errors[path]).find((message) => message !== undefined);
      return (
        <PersonPicker
          ask={ask}
          id={fieldId(form, spec.errorPaths[0])}
          label={spec.label}
          optional={spec.optional}
          hint={spec.hint}
          value={valueOf(spec.key)}
          onChange={(person) => set(spec.key, person)}
          error={error}
        />
      );
    }
    case 'stages':
      return <StageFields {...{ form, errors }} stages={valueOf(spec.key)} onChange={(list) => set(spec.key, list)} />;
    case 'sources':
      return (
        <SourceFields {...{ form, errors }} sources={valueOf(spec.key)} onChange={(list) => set(spec.key, list)} />
      );
    case 'row':
      return (
        <div class="bevan-row">
          <FieldList fields={spec.fields} {...props} />
        </div>
      );
    case 'custom':
      return <spec.Fields {...props} />;
  }
}
