import type { FieldErrors } from '@/utils/editor/field-errors';
import { emptyStage, STAGE_HOUSES, STAGE_NAMES, type StageDraft } from '@/utils/editor/record-drafts';
import { fieldId } from './FieldError';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** A bill's stages, each with its date, House, outcome and source; cards show them as a timeline. */
export function StageFields({
  form,
  stages,
  onChange,
  errors,
}: {
  form: string;
  stages: StageDraft[];
  onChange: (stages: StageDraft[]) => void;
  errors: FieldErrors;
}) {
  const update = (index: number, change: Partial<StageDraft>) =>
    onChange(stages.map((stage, at) => (at === index ? { ...stage, ...change } : stage)));
  return (
    <fieldset class="bevan-fieldset">
      <legend>Stages</legend>
      {stages.length === 0 && <p class="bevan-muted">No stages yet. Cards say "No stages recorded".</p>}
      <datalist id={`${form}-stage-names`}>
        {STAGE_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {stages.map((stage, index) => (
        <StageFieldset
          key={index}
          form={form}
          index={index}
          stage={stage}
          onChange={(change) => update(index, change)}
          onRemove={() => onChange(stages.filter((_stage, at) => at !== index))}
          errors={errors}
        />
      ))}
      <button
        type="button"
        class="bevan-button bevan-button-secondary"
        onClick={() => onChange([...stages, emptyStage()])}
      >
        Add a stage
      </button>
    </fieldset>
  );
}

interface StageFieldsetProps {
  form: string;
  index: number;
  stage: StageDraft;
  onChange: (change: Partial<StageDraft>) => void;
  onRemove: () => void;
  errors: FieldErrors;
}

/** One stage: what it was, in which House, when, how it ended, and its source. */
function StageFieldset({ form, index, stage, onChange: update, onRemove, errors }: StageFieldsetProps) {
  const id = (field: string) => fieldId(form, `stages.${index}.${field}`);
  const error = (field: string) => errors[`stages.${index}.${field}`];
  return (
    <fieldset class="bevan-fieldset bevan-stage">
      <legend>Stage {index + 1}</legend>
      <div class="bevan-row">
        <TextField
          id={id('stage')}
          label="Stage"
          list={`${form}-stage-names`}
          placeholder="e.g. 2nd reading"
          value={stage.stage}
          onInput={(value) => update({ stage: value })}
          error={error('stage')}
        />
        <SelectField
          id={id('house')}
          label="House"
          value={stage.house}
          options={STAGE_HOUSES}
          onChange={(house) => update({ house: house as StageDraft['house'] })}
          error={error('house')}
        />
      </div>
      <div class="bevan-row">
        <TextField
          id={id('date')}
          label="Date"
          type="date"
          hint="A date after today: a scheduled stage, shown as announced until then"
          value={stage.date}
          onInput={(date) => update({ date })}
          error={error('date')}
        />
        <TextField
          id={id('dateEnd')}
          label="Until"
          type="date"
          optional
          hint="For a stage over several days"
          value={stage.dateEnd}
          onInput={(dateEnd) => update({ dateEnd })}
          error={error('dateEnd')}
        />
      </div>
      <TextField
        id={id('outcome')}
        label="Outcome"
        optional
        placeholder="e.g. agreed without a division"
        value={stage.outcome}
        onInput={(outcome) => update({ outcome })}
        error={error('outcome')}
      />
      <div class="bevan-row">
        <TextField
          id={id('source-url')}
          label="Source address"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={stage.sourceUrl}
          onInput={(sourceUrl) => update({ sourceUrl })}
          error={error('source.url')}
        />
        <TextField
          id={id('source-label')}
          label="Published by"
          optional
          value={stage.sourceLabel}
          onInput={(sourceLabel) => update({ sourceLabel })}
          error={error('source.label')}
        />
      </div>
      <div class="bevan-actions">
        <label class="bevan-check">
          <input
            type="checkbox"
            checked={stage.secondary}
            onChange={(event) => update({ secondary: (event.target as HTMLInputElement).checked })}
          />{' '}
          The only source is second-hand
        </label>
        <button type="button" class="bevan-button bevan-button-secondary" onClick={onRemove}>
          Remove stage {index + 1}
        </button>
      </div>
    </fieldset>
  );
}
