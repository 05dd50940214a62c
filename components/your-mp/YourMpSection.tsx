import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { lookupWords } from '@/utils/your-mp/lookup-words';
import type { YourMpView } from '@/utils/your-mp/requests';
import { WriteToMpButton } from '../cards/WriteToMpButton';
import { YourMpSetup } from './YourMpSetup';

/** Who the reader's MP is, as they chose it. */
export function YourMpSummary({ yourMp }: { yourMp: YourMpView }) {
  return (
    <div>
      {yourMp.mp ? (
        <p>
          Your MP: <strong>{yourMp.mp.name}</strong>
          <br />
          <span class="bevan-muted">
            {yourMp.mp.party}
            {yourMp.constituency ? `, ${yourMp.constituency}` : ''}
          </span>
        </p>
      ) : (
        yourMp.constituency && <p class="bevan-notice">Bevan no longer knows who represents {yourMp.constituency}.</p>
      )}
      {yourMp.postcode && (
        <p class="bevan-muted bevan-small">
          Postcode {yourMp.postcode}: letters go through WriteToThem
          {yourMp.mp ? '.' : ', which finds your MP from it.'}
        </p>
      )}
      {!yourMp.postcode && yourMp.mp && (
        <p class="bevan-muted bevan-small">
          {yourMp.mp.email
            ? 'Letters open in your email app.'
            : 'Bevan has no email address for this MP: add your postcode to write through WriteToThem.'}
        </p>
      )}
    </div>
  );
}

/**
 * "Your MP" on Bevan's own pages: who it is, a letter about the dispute from
 * the popup, and the setup (postcode or constituency) when it is not set.
 */
export function YourMpSection({ ask, withLetter }: { ask: Ask; withLetter: boolean }) {
  const [yourMp, setYourMp] = useState<YourMpView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  // What looking up the postcode found, said once, after saving.
  const [saidAfterSaving, setSaidAfterSaving] = useState<string | null>(null);

  useEffect(() => {
    void ask('getYourMp', {}).then((answer) => {
      if (answer.ok) setYourMp(answer.data);
      else setError(answer.error.message);
    });
  }, [ask]);

  if (error) {
    return (
      <p class="bevan-error" role="alert">
        {error}
      </p>
    );
  }
  if (!yourMp) return <p class="bevan-muted">Loading…</p>;
  const isSet = yourMp.postcode !== null || yourMp.constituency !== null;
  if (!isSet || editing) {
    return (
      <>
        {!isSet && <p>Tell Bevan who your MP is, once; then every card can open a letter to them.</p>}
        <YourMpSetup
          ask={ask}
          current={yourMp}
          onSaved={(answer) => {
            setYourMp(answer.yourMp);
            setEditing(false);
            setSaidAfterSaving(answer.lookup ? lookupWords(answer.lookup) : null);
          }}
          onCancel={isSet ? () => setEditing(false) : undefined}
        />
      </>
    );
  }
  async function forget() {
    setSaidAfterSaving(null);
    const answer = await ask('setYourMp', { postcode: null, constituency: null });
    if (answer.ok) setYourMp(answer.data.yourMp);
    else setError(answer.error.message);
  }
  return (
    <>
      {saidAfterSaving && (
        <p class="bevan-notice" role="status">
          {saidAfterSaving}
        </p>
      )}
      <YourMpSummary yourMp={yourMp} />
      <div class="bevan-actions">
        {withLetter && <WriteToMpButton ask={ask} about={{ kind: 'dispute' }} article={null} />}
        <button type="button" class="bevan-button bevan-button-secondary" onClick={() => setEditing(true)}>
          Change
        </button>
        <button type="button" class="bevan-button bevan-button-secondary" onClick={forget}>
          Forget
        </button>
      </div>
    </>
  );
}
