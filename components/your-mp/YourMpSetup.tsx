import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ask, ResponseOf } from '@/utils/messages';
import type { YourMpView } from '@/utils/your-mp/requests';
import { setupProblem, type SetupProblem } from '@/utils/your-mp/your-mp';
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
  const [problem, setProblem] = useState<SetupProblem | null>(null);
  const [saving, setSaving] = useState(false);
  // Asked, never assumed: the postcode goes to Parliament only if the reader ticks this.
  const [lookUp, setLookUp] = useState(false);
  const offerLookUp = postcode.trim() !== '' && constituency === null;
  const postcodeRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  // In a card's frame the reader has just asked to write: their first field takes focus (see WriteToMpButton).
  useEffect(() => {
    if (compact) postcodeRef.current?.focus();
  }, [compact]);

  /** A problem shown goes as soon as what it was about is put right. */
  function changed(nextPostcode: string, nextConstituency: string | null) {
    if (problem) setProblem(setupProblem(nextPostcode, nextConstituency));
  }

  async function save(event: Event) {
    event.preventDefault();
    const found = setupProblem(postcode, constituency);
    if (found) {
      setProblem(found);
      if (found.field === 'postcode') postcodeRef.current?.focus();
      return;
    }
    setSaving(true);
    const answer = await ask('setYourMp', {
      postcode: postcode.trim() || null,
      constituency,
      continueLetter,
      lookUp: offerLookUp && lookUp,
    });
    setSaving(false);
    if (answer.ok) onSaved(answer.data);
    else
      setProblem({
        field: answer.error.message.startsWith('postcode') ? 'postcode' : 'either',
        message: answer.error.message,
      });
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
          ref={postcodeRef}
          value={postcode}
          aria-describedby={compact ? undefined : 'postcode-help'}
          aria-invalid={problem?.field === 'postcode' ? 'true' : undefined}
          aria-errormessage={problem?.field === 'postcode' ? 'your-mp-problem' : undefined}
          onInput={(event) => {
            const value = (event.target as HTMLInputElement).value;
            setPostcode(value);
            changed(value, constituency);
          }}
        />
        {!compact && (
          <p id="postcode-help" class="bevan-muted bevan-small">
            Letters then go through WriteToThem, which finds your MP from it.
          </p>
        )}
      </div>
      {offerLookUp && (
        <div class="bevan-field">
          <label>
            <input
              type="checkbox"
              checked={lookUp}
              aria-describedby="look-up-help"
              onChange={(event) => setLookUp((event.target as HTMLInputElement).checked)}
            />{' '}
            Find out who my MP is from this postcode
          </label>
          <p id="look-up-help" class="bevan-muted bevan-small">
            {lookUp
              ? "Bevan will send the postcode, and nothing else, to UK Parliament's Members API to ask."
              : 'Bevan asks Parliament only if you tick this. Otherwise letters go through WriteToThem, which finds your MP.'}
          </p>
        </div>
      )}
      <div class="bevan-field">
        {seats.status === 'loading' && <p class="bevan-muted">Loading the constituencies…</p>}
        {seats.status === 'error' && (
          <p class="bevan-error" role="alert">
            {seats.error.message}
          </p>
        )}
        {seats.status === 'ok' && (
          <ConstituencyPicker
            seats={seats.data}
            chosen={constituency}
            onChoose={(chosen) => {
              setConstituency(chosen);
              changed(postcode, chosen);
              // Chosen: the next thing to do is to save (Enter again). Changing it puts the search back.
              if (chosen) requestAnimationFrame(() => saveRef.current?.focus());
              else requestAnimationFrame(() => document.getElementById('constituency-search')?.focus());
            }}
          />
        )}
      </div>
      {problem && (
        <p id="your-mp-problem" class="bevan-error" role="alert">
          {problem.message}
        </p>
      )}
      {!compact && (
        <p class="bevan-muted bevan-small">
          Bevan keeps this on this computer. Web pages never see it; your postcode goes to WriteToThem only when you
          write.
        </p>
      )}
      <div class="bevan-actions">
        <button type="submit" class="bevan-button" disabled={saving} ref={saveRef}>
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
