/**
 * The import's state machine: a pack chosen from a file or fetched from an
 * https address is previewed first (what it adds, updates and conflicts
 * with), then, when the reader says so, imported (all or nothing). A pack
 * from an address can be subscribed to.
 */
import { useRef, useState } from 'preact/hooks';
import { HttpsUrl } from '@/utils/data/schema';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { describeImport } from '@/utils/editor/preview-summary';
import type { Ask } from '@/utils/messages';
import { MAX_PACK_BYTES } from '@/utils/packs/pack-format';
import type { ImportPreview } from '@/utils/packs/requests';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'busy'; message: string }
  | { step: 'invalid'; source: string; errors: string[] }
  | { step: 'preview'; source: string; text: string; url: string | null; subscribe: boolean; preview: ImportPreview }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export type PreviewStep = Extract<ImportStep, { step: 'preview' }>;

export function usePackImport(
  ask: Ask,
  browser: Pick<EditorBrowser, 'requestHostPermission'>,
  /** After an import: the lists of packs and the undo change. */
  onChanged: () => void,
) {
  const [step, setStep] = useState<ImportStep>({ step: 'idle' });
  const [restore, setRestore] = useState(false);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [subscribe, setSubscribe] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
  // Choosing the same file again (once fixed) must read it again.
  const forgetFile = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

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
      forgetFile();
      setStep({ step: 'invalid', source: `“${file.name}”`, errors: [tooLarge(file.size)] });
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
      forgetFile();
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

  const apply = async (current: PreviewStep) => {
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

  return {
    step,
    busy: step.step === 'busy',
    source: { fileInput, restore, setRestore, url, setUrl, urlError, subscribe, setSubscribe, readFile, fetchUrl },
    apply,
    cancel: () => setStep({ step: 'idle' }),
  };
}

/** Said of a file over the pack size limit, which is not read at all. */
function tooLarge(bytes: number): string {
  const size = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `The file is ${size} MB; a data pack can be at most ${MAX_PACK_BYTES / (1024 * 1024)} MB`;
}

export type PackSource = ReturnType<typeof usePackImport>['source'];
