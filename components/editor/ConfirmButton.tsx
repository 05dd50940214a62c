import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A button for something that cannot be taken back, asked twice: the first
 * press shows the question inline with "yes" and "keep it" (a dialog box
 * would block the page). `onConfirm` answers null when done, or why not.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  busyLabel,
  onConfirm,
  danger = true,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => Promise<string | null>;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) first.current?.focus();
    returnFocus.current = false;
  }, [asking]);
  const style = danger ? 'bevan-button bevan-button-danger' : 'bevan-button bevan-button-secondary';
  if (!asking) {
    return (
      <button type="button" ref={first} class={style} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="bevan-confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        ref={confirm}
        class={style}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const problem = await onConfirm();
          setBusy(false);
          setError(problem);
        }}
      >
        {busy ? busyLabel : confirmLabel}
      </button>{' '}
      <button
        type="button"
        class="bevan-button bevan-button-secondary"
        disabled={busy}
        onClick={() => {
          returnFocus.current = true;
          setError(null);
          setAsking(false);
        }}
      >
        Keep it
      </button>
      {error && (
        <span class="bevan-error bevan-block" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
