import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { splitProblem } from '@/utils/editor/preview-summary';
import type { Ask } from '@/utils/messages';
import { ImportPreviewView } from './ImportPreviewView';
import { PackSourcePicker } from './PackSourcePicker';
import { usePackImport, type ImportStep, type PreviewStep } from './use-pack-import';

/**
 * Import a data pack from a file or an https address: first a preview of what
 * it adds, updates and conflicts with, then, when the reader says so, the
 * import itself (all or nothing). A pack from an address can be subscribed
 * to: the background fetches it again every few hours.
 */
export function ImportPackForm({
  ask,
  browser,
  onChanged,
}: {
  ask: Ask;
  browser: Pick<EditorBrowser, 'requestHostPermission'>;
  /** After an import: the lists of packs and the undo change. */
  onChanged: () => void;
}) {
  const { step, busy, source, apply, cancel } = usePackImport(ask, browser, onChanged);
  return (
    <div class="bevan-import">
      <PackSourcePicker source={source} busy={busy} />
      <div aria-live="polite">
        {step.step === 'busy' && (
          <p role="status" class="bevan-progress">
            {step.message}
          </p>
        )}
        {step.step === 'done' && (
          <p role="status" class="bevan-success">
            {step.message}
          </p>
        )}
      </div>
      {step.step === 'failed' && (
        <p class="bevan-error" role="alert">
          {step.message}
        </p>
      )}
      {step.step === 'invalid' && <PackProblems step={step} />}
      {step.step === 'preview' && <PackPreview step={step} onImport={() => void apply(step)} onCancel={cancel} />}
    </div>
  );
}

/** Why a pack cannot be imported, each problem with the field it is about. */
function PackProblems({ step }: { step: Extract<ImportStep, { step: 'invalid' }> }) {
  return (
    <div class="bevan-error bevan-pack-problems" role="alert">
      <p>
        <strong>{step.source} cannot be imported.</strong> Nothing was changed.{' '}
        {step.errors.length === 1 ? 'The problem:' : 'The problems, one for each mistake:'}
      </p>
      <ul>
        {step.errors.map((problem, index) => {
          const { path, message } = splitProblem(problem);
          return (
            <li key={index}>
              {path && (
                <>
                  <code>{path}</code>:{' '}
                </>
              )}
              {message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** What importing the pack would do, with the buttons to import it or not. */
function PackPreview({ step, onImport, onCancel }: { step: PreviewStep; onImport: () => void; onCancel: () => void }) {
  return (
    <section class="bevan-preview-box" aria-label={`Preview of ${step.source}`}>
      <p class="bevan-muted bevan-small">Preview of {step.source}: nothing is stored until you import it.</p>
      <ImportPreviewView preview={step.preview} />
      <div class="bevan-actions">
        <button type="button" class="bevan-button" onClick={onImport}>
          {step.preview.origin === 'campaigner' ? 'Restore these records' : 'Import this pack'}
        </button>
        <button type="button" class="bevan-button bevan-button-secondary" onClick={onCancel}>
          Cancel
        </button>
        {step.url !== null && step.subscribe && (
          <span class="bevan-muted bevan-small">and subscribe to {step.url}</span>
        )}
      </div>
    </section>
  );
}
