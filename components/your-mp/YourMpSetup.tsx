import { useState } from 'preact/hooks';
import type { Ask, ResponseOf } from '@/utils/messages';
import type { YourMpView } from '@/utils/your-mp/requests';
import { useRequest } from '../use-request';
import { ConstituencyPicker } from './ConstituencyPicker';

export type SetYourMpAnswer = ResponseOf<'setYourMp'>;

/**
 * Tell Bevan who your MP is: a postcode (letters go through WriteToThem) or a
 * constituency from the bundled list, or both. Shown only on Bevan's own
 * pages (the popup, options, and the frame a card opens), never in a web page.
 */
export function YourMpSetup({
  ask,
  current,
  continueLetter = false,
  compact = false,
  onSaved,
  onCancel,
}: {
  ask: Ask;
  current: YourMpView;
  continueLetter?: boolean;
  /** Inside a card's frame: the card itself says what happens to the answer. */
  compact?: boolean;
  onSaved: (answer: SetYourMpAnswer) => void;
  onCancel?: () => void;
}) {
  const seats = useRequest(ask, 'listConstituencies', {});
  const [postcode, setPostcode] = useState(current.postcode ?? '');
  const [constituency, setConstituency] = useState<string | null>(current.constituency);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!postcode.trim() && !constituency) {
      setError('Enter your postcode or choose your constituency.');
      return;
    }
    setSaving(true);
    const answer = await ask('setYourMp', { postcode: postcode.trim() || null, constituency, continueLetter });
    setSaving(false);
    if (answer.ok) onSaved(answer.data);
    else setError(answer.error.message);
  }

  return (
    <form class="bevan-your-mp-setup" onSubmit={save} noValidate>
      <div class="bevan-field">
        <label for="postcode">Your postcode</label>
        <input
          id="postcode"
          name="postcode"
          autocomplete="postal-code"
          inputMode="text"
          size={10}
          value={postcode}
          aria-describedby={compact ? undefined : 'postcode-help'}
          aria-invalid={error?.startsWith('postcode') ? 'true' : undefined}
          onInput={(event) => setPostcode((event.target as HTMLInputElement).value)}
        />
        {!compact && (
          <p id="postcode-help" class="bevan-muted bevan-small">
            Letters then go through WriteToThem, which finds your MP from it.
          </p>
        )}
      </div>
      <div class="bevan-field">
        {seats.status === 'loading' && <p class="bevan-muted">Loading the constituencies…</p>}
        {seats.status === 'error' && (
          <p class="bevan-error" role="alert">
            {seats.error.message}
          </p>
        )}
        {seats.status === 'ok' && (
          <ConstituencyPicker seats={seats.data} chosen={constituency} onChoose={setConstituency} />
        )}
      </div>
      {error && (
        <p class="bevan-error" role="alert">
          {error}
        </p>
      )}
      {!compact && (
        <p class="bevan-muted bevan-small">
          Bevan keeps this on this computer. Web pages never see it; your postcode goes to WriteToThem only when you
          write.
        </p>
      )}
      <div class="bevan-actions">
        <button type="submit" class="bevan-button" disabled={saving}>
          {saving ? 'Saving…' : continueLetter ? 'Save and write' : 'Save'}
        </button>
        {onCancel && (
          <button type="button" class="bevan-button bevan-button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
