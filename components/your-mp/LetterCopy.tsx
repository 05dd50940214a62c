import { useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';

/** How long the clipboard API may take before the older copy command is tried: the reader is waiting. */
const CLIPBOARD_WAIT_MS = 1000;

/**
 * Puts text on the clipboard; false when the browser refused. The clipboard API first; in a card's frame Chromium
 * may refuse it (the page decides what its frames may do), or leave it unanswered, and the older copy command, still
 * within the click's activation, works.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the clipboard did not answer')), CLIPBOARD_WAIT_MS);
    });
    try {
      await Promise.race([navigator.clipboard.writeText(text), unanswered]);
    } finally {
      clearTimeout(timer);
    }
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}

/**
 * The email letter just opened, to copy in case no email app took it: Bevan cannot tell whether one did. Shown on
 * Bevan's own pages only (the popup, or the frame inside a card), since the address and the letter name the reader's
 * MP.
 */
export function LetterCopy({ ask }: { ask: Ask }) {
  const letter = useRequest(ask, 'getLetter', {});
  const [copied, setCopied] = useState<{ text: string; error: boolean } | null>(null);
  if (letter.status === 'loading') return null;
  if (letter.status === 'error' || !letter.data) {
    return (
      <p class="bevan-muted bevan-small">
        {letter.status === 'error' ? letter.error.message : 'Bevan no longer has this letter: write it again.'}
      </p>
    );
  }
  const { address, subject, body } = letter.data;
  async function copy(what: 'address' | 'letter') {
    const done = await copyText(what === 'address' ? address : `${subject}\n\n${body}`);
    setCopied(
      done
        ? { text: what === 'address' ? `Copied ${address}.` : 'Copied the letter, with its subject.', error: false }
        : { text: 'Your browser did not let Bevan copy here: select the address and copy it yourself.', error: true },
    );
  }
  return (
    <div class="bevan-letter-copy">
      <p class="bevan-small">
        If no email app opened, copy the letter to <strong>{address}</strong>:
      </p>
      <div class="bevan-actions">
        <button type="button" class="bevan-button bevan-button-secondary" onClick={() => void copy('address')}>
          Copy address
        </button>
        <button type="button" class="bevan-button bevan-button-secondary" onClick={() => void copy('letter')}>
          Copy letter
        </button>
      </div>
      <p class={copied?.error ? 'bevan-error bevan-small' : 'bevan-muted bevan-small'} role="status">
        {copied?.text ?? ''}
      </p>
    </div>
  );
}
