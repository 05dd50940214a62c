import { useEffect, useState } from 'preact/hooks';
import { MENTIONS_PER_ENTITY } from '@/utils/sites/mention-cap';
import type { Ask } from '@/utils/messages';

/** "Annotations": how many mentions of one MP, bill or the dispute are underlined on a page. */
export function AnnotationSettingsForm({ ask }: { ask: Ask }) {
  const [value, setValue] = useState<string>('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void ask('getAnnotationSettings', {}).then((result) => {
      if (result.ok) setValue(String(result.data.maxMentionsPerEntity));
      else setMessage({ text: result.error.message, error: true });
    });
  }, [ask]);

  async function save(event: Event) {
    event.preventDefault();
    const result = await ask('setAnnotationSettings', { maxMentionsPerEntity: Number(value) });
    setMessage(
      result.ok
        ? { text: 'Saved. Pages you open from now on use it.', error: false }
        : { text: result.error.message, error: true },
    );
  }

  return (
    <form onSubmit={save}>
      <label for="max-mentions">Underline at most this many mentions of each MP, bill or the dispute on a page</label>{' '}
      <input
        id="max-mentions"
        type="number"
        min={MENTIONS_PER_ENTITY.min}
        max={MENTIONS_PER_ENTITY.max}
        required
        value={value}
        onInput={(event) => setValue((event.target as HTMLInputElement).value)}
        style={{ width: '5em' }}
      />{' '}
      <button type="submit" class="bevan-button">
        Save
      </button>
      {message && (
        <p class={message.error ? 'bevan-error' : 'bevan-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
