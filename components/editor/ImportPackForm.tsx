import { useRef, useState } from 'preact/hooks';
import { HttpsUrl } from '@/utils/data/schema';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { describeImport, splitProblem } from '@/utils/editor/preview-summary';
import type { Ask } from '@/utils/messages';
import { MAX_PACK_BYTES } from '@/utils/packs/pack-format';
import type { ImportPreview } from '@/utils/packs/pack-requests';
import { FieldError } from './FieldError';
import { ImportPreviewView } from './ImportPreviewView';

type Step =
  | { step: 'idle' }
  | { step: 'busy'; message: string }
  | { step: 'invalid'; source: string; errors: string[] }
  | { step: 'preview'; source: string; text: string; url: string | null; subscribe: boolean; preview: ImportPreview }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

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
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [restore, setRestore] = useState(false);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [subscribe, setSubscribe] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = step.step === 'busy';

  const preview = async (text: string, source: string, from: string | null, subscribing: boolean) => {
    setStep({ step: 'busy', message: `Checking ${source}…` });
    const answer = await ask('previewPack', { text, restore: from === null && restore });
    if (!answer.ok) setStep({ step: 'failed', message: answer.error.message });
    else if (!answer.data.valid) setStep({ step: 'invalid', source, errors: answer.data.errors });
    else {
      setStep({ step: 'preview', source, text, url: from, subscribe: subscribing, preview: answer.data.preview });
    }
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_PACK_BYTES) {
      if (fileInput.current) fileInput.current.value = '';
      const size = Math.ceil((file.size / (1024 * 1024)) * 10) / 10;
      setStep({
        step: 'invalid',
        source: `“${file.name}”`,
        errors: [`The file is ${size} MB; a data pack can be at most ${MAX_PACK_BYTES / (1024 * 1024)} MB`],
      });
      return;
    }
    setStep({ step: 'busy', message: `Reading “${file.name}”…` });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStep({ step: 'failed', message: `Could not read “${file.name}”.` });
      return;
    } finally {
      // Choosing the same file again (once fixed) must read it again.
      if (fileInput.current) fileInput.current.value = '';
    }
    await preview(text, `“${file.name}”`, null, false);
  };

  const fetchUrl = async () => {
    const address = url.trim();
    if (!HttpsUrl.safeParse(address).success) {
      setUrlError('Enter an https:// address');
      return;
    }
    setUrlError(null);
    // Asked first, while the click still counts as the reader's gesture.
    const allowed = await browser.requestHostPermission(address);
    if (!allowed) {
      setStep({
        step: 'failed',
        message: `Bevan needs your permission to read ${new URL(address).hostname}. Nothing was fetched.`,
      });
      return;
    }
    setStep({ step: 'busy', message: `Fetching ${address}…` });
    const fetched = await ask('fetchPack', { url: address });
    if (!fetched.ok) {
      setStep({ step: 'failed', message: fetched.error.message });
      return;
    }
    await preview(fetched.data.text, address, address, subscribe);
  };

  const apply = async (current: Extract<Step, { step: 'preview' }>) => {
    setStep({ step: 'busy', message: `Importing “${current.preview.pack.name}”…` });
    const imported = await ask('importPack', {
      text: current.text,
      sourceUrl: current.url,
      subscribe: current.url !== null && current.subscribe,
      restore: current.preview.origin === 'campaigner',
    });
    if (!imported.ok) {
      setStep({ step: 'failed', message: `${imported.error.message} Nothing was changed.` });
      return;
    }
    const subscribed = imported.data.subscribed ? ' Subscribed: Bevan fetches it again every 6 hours.' : '';
    setStep({ step: 'done', message: `${describeImport(imported.data)}${subscribed}` });
    onChanged();
  };

  return (
    <div class="bevan-import">
      <div class="bevan-import-sources">
        <div class="bevan-field">
          <label for="pack-file">From a file</label>
          <p id="pack-file-hint" class="bevan-muted bevan-small">
            A <code>.json</code> data pack, at most 5 MB
          </p>
          <input
            id="pack-file"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby="pack-file-hint"
            disabled={busy}
            onChange={(event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void readFile(file);
            }}
          />
          <label class="bevan-check bevan-small">
            <input
              type="checkbox"
              checked={restore}
              onChange={(event) => setRestore((event.target as HTMLInputElement).checked)}
            />{' '}
            It is a backup of my own records: bring them back as mine
          </label>
        </div>
        <form
          class="bevan-field"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void fetchUrl();
          }}
        >
          <label for="pack-url">From an address</label>
          <p id="pack-url-hint" class="bevan-muted bevan-small">
            Bevan asks your permission to read that site
          </p>
          <FieldError id="pack-url-error" message={urlError ?? undefined} />
          <div class="bevan-inline">
            <input
              id="pack-url"
              type="url"
              class="bevan-input bevan-grow"
              inputMode="url"
              placeholder="https://"
              value={url}
              aria-invalid={urlError ? 'true' : undefined}
              aria-describedby={urlError ? 'pack-url-hint pack-url-error' : 'pack-url-hint'}
              onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
            />
            <button type="submit" class="bevan-button" disabled={busy}>
              Fetch
            </button>
          </div>
          <label class="bevan-check bevan-small">
            <input
              type="checkbox"
              checked={subscribe}
              onChange={(event) => setSubscribe((event.target as HTMLInputElement).checked)}
            />{' '}
            Subscribe: keep it up to date from this address
          </label>
        </form>
      </div>

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
      {step.step === 'invalid' && (
        <div class="bevan-error bevan-pack-problems" role="alert">
          <p>
            <strong>{step.source} cannot be imported.</strong> Nothing was changed.{' '}
            {step.errors.length === 1 ? 'The problem:' : 'The problems, each with the field it is about:'}
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
      )}
      {step.step === 'preview' && (
        <section class="bevan-preview-box" aria-label={`Preview of ${step.source}`}>
          <p class="bevan-muted bevan-small">Preview of {step.source}: nothing is stored until you import it.</p>
          <ImportPreviewView preview={step.preview} />
          <div class="bevan-actions">
            <button type="button" class="bevan-button" onClick={() => void apply(step)}>
              {step.preview.origin === 'campaigner' ? 'Restore these records' : 'Import this pack'}
            </button>
            <button type="button" class="bevan-button bevan-button-secondary" onClick={() => setStep({ step: 'idle' })}>
              Cancel
            </button>
            {step.url !== null && step.subscribe && (
              <span class="bevan-muted bevan-small">and subscribe to {step.url}</span>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
