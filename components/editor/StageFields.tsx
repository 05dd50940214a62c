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
  const id = (index: number, field: string) => fieldId(form, `stages.${index}.${field}`);
  const error = (index: number, field: string) => errors[`stages.${index}.${field}`];
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
        <fieldset class="bevan-fieldset bevan-stage" key={index}>
          <legend>Stage {index + 1}</legend>
          <div class="bevan-row">
            <TextField
              id={id(index, 'stage')}
              label="Stage"
              list={`${form}-stage-names`}
              placeholder="e.g. 2nd reading"
              value={stage.stage}
              onInput={(value) => update(index, { stage: value })}
              error={error(index, 'stage')}
            />
            <SelectField
              id={id(index, 'house')}
              label="House"
              value={stage.house}
              options={STAGE_HOUSES}
              onChange={(house) => update(index, { house: house as StageDraft['house'] })}
              error={error(index, 'house')}
            />
          </div>
          <div class="bevan-row">
            <TextField
              id={id(index, 'date')}
              label="Date"
              type="date"
              value={stage.date}
              onInput={(date) => update(index, { date })}
              error={error(index, 'date')}
            />
            <TextField
              id={id(index, 'dateEnd')}
              label="Until"
              type="date"
              optional
              hint="For a stage over several days"
              value={stage.dateEnd}
              onInput={(dateEnd) => update(index, { dateEnd })}
              error={error(index, 'dateEnd')}
            />
          </div>
          <TextField
            id={id(index, 'outcome')}
            label="Outcome"
            optional
            placeholder="e.g. agreed without a division"
            value={stage.outcome}
            onInput={(outcome) => update(index, { outcome })}
            error={error(index, 'outcome')}
          />
          <div class="bevan-row">
            <TextField
              id={id(index, 'source-url')}
              label="Source address"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={stage.sourceUrl}
              onInput={(sourceUrl) => update(index, { sourceUrl })}
              error={error(index, 'source.url')}
            />
            <TextField
              id={id(index, 'source-label')}
              label="Published by"
              optional
              value={stage.sourceLabel}
              onInput={(sourceLabel) => update(index, { sourceLabel })}
              error={error(index, 'source.label')}
            />
          </div>
          <div class="bevan-actions">
            <label class="bevan-check">
              <input
                type="checkbox"
                checked={stage.secondary}
                onChange={(event) => update(index, { secondary: (event.target as HTMLInputElement).checked })}
              />{' '}
              The only source is second-hand
            </label>
            <button
              type="button"
              class="bevan-button bevan-button-secondary"
              onClick={() => onChange(stages.filter((_stage, at) => at !== index))}
            >
              Remove stage {index + 1}
            </button>
          </div>
        </fieldset>
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
