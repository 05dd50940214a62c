import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_LETTER_TEMPLATES,
  LETTER_KINDS,
  PLACEHOLDERS,
  type LetterKind,
  type LetterTemplates,
} from '@/utils/letters/templates';
import type { Ask } from '@/utils/messages';

const KIND_LABELS: Record<LetterKind, string> = {
  mp: 'From an MP’s card',
  ownMp: 'From your own MP’s card (to them, about their record)',
  bill: 'From a bill’s card',
  dispute: 'From the dispute’s card and the popup',
};

/** The letters "Write to your MP" starts from (used for email; WriteToThem has its own form). */
export function LetterTemplatesForm({ ask }: { ask: Ask }) {
  const [templates, setTemplates] = useState<LetterTemplates | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void ask('getLetterTemplates', {}).then((result) => {
      if (result.ok) setTemplates(result.data);
      else setMessage({ text: result.error.message, error: true });
    });
  }, [ask]);

  async function store(next: LetterTemplates, done: string) {
    const result = await ask('setLetterTemplates', next);
    if (result.ok) setTemplates(result.data);
    setMessage(result.ok ? { text: done, error: false } : { text: result.error.message, error: true });
  }

  if (!templates) {
    return message ? (
      <p class="bevan-error" role="alert">
        {message.text}
      </p>
    ) : (
      <p class="bevan-muted">Loading the templates…</p>
    );
  }
  const change = (kind: LetterKind, part: 'subject' | 'body', value: string) =>
    setTemplates({ ...templates, [kind]: { ...templates[kind], [part]: value } });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void store(templates, 'Saved. The next letter you open uses it.');
      }}
    >
      <p class="bevan-muted bevan-small">
        Words in braces are filled in for you:{' '}
        {Object.entries(PLACEHOLDERS).map(([name, meaning], index) => (
          <span key={name}>
            {index > 0 && '; '}
            <code>{`{${name}}`}</code> {meaning}
          </span>
        ))}
        . Words in square brackets are for you to replace.
      </p>
      {LETTER_KINDS.map((kind) => (
        <fieldset key={kind} class="bevan-fieldset">
          <legend>{KIND_LABELS[kind]}</legend>
          <div class="bevan-field">
            <label for={`letter-${kind}-subject`}>Subject</label>
            <input
              id={`letter-${kind}-subject`}
              required
              maxLength={200}
              value={templates[kind].subject}
              onInput={(event) => change(kind, 'subject', (event.target as HTMLInputElement).value)}
              style={{ width: '100%' }}
            />
          </div>
          <div class="bevan-field">
            <label for={`letter-${kind}-body`}>Letter</label>
            <textarea
              id={`letter-${kind}-body`}
              required
              maxLength={5000}
              rows={9}
              value={templates[kind].body}
              onInput={(event) => change(kind, 'body', (event.target as HTMLTextAreaElement).value)}
              style={{ width: '100%' }}
            />
          </div>
        </fieldset>
      ))}
      <div class="bevan-actions">
        <button type="submit" class="bevan-button">
          Save templates
        </button>
        <button
          type="button"
          class="bevan-button bevan-button-secondary"
          onClick={() => void store(DEFAULT_LETTER_TEMPLATES, 'Back to Bevan’s own templates.')}
        >
          Reset to Bevan’s templates
        </button>
      </div>
      {message && (
        <p class={message.error ? 'bevan-error' : 'bevan-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
