import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import type { LetterSubject, WriteOutcome } from '@/utils/your-mp/requests';
import type { MessageError } from '@/utils/result';

/** Where a card gets what "Write to your MP" needs beyond its subject (see entrypoints/card-ui.tsx). */
export interface LetterContext {
  /** The article the reader is on, cited in the letter. */
  article: { title: string; url: string } | null;
  /** Bevan's own page for choosing the MP, shown in a frame: what is typed there never enters the web page. */
  setupUrl: string;
  /** Calls back when the letter asked for before the setup has opened; returns an unsubscribe. */
  onLetterOpened(listener: (via: 'writetothem' | 'email') => void): () => void;
  /** Keeps the card open while the reader works in the setup frame (the pointer leaves the card's own document there). */
  hold(held: boolean): void;
}

type State =
  | { step: 'ready' }
  | { step: 'opening' }
  | { step: 'setup' }
  | { step: 'opened'; via: 'writetothem' | 'email' }
  | { step: 'failed'; error: MessageError };

const OPENED: Record<'writetothem' | 'email', string> = {
  writetothem: 'WriteToThem opened in a new tab, for your postcode. Write your letter there.',
  email: 'Your letter opened in your email app, addressed to your MP. Add your name and address before sending.',
};

/**
 * One click to a letter to the reader's MP about this card's subject. The
 * background opens it (it alone knows the postcode and the MP); until the
 * reader has said who their MP is, the first click shows the choice, and the
 * letter follows once it is made.
 */
export function WriteToMpButton({
  ask,
  about,
  article,
  letters,
}: {
  ask: Ask;
  about: LetterSubject;
  article: { title: string; url: string } | null;
  letters?: Omit<LetterContext, 'article'>;
}) {
  const [state, setState] = useState<State>({ step: 'ready' });
  const setupRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.step !== 'setup' || !letters) return;
    letters.hold(true);
    // The setup is at the foot of a card that may scroll: show it.
    const card = setupRef.current?.closest('.card');
    if (card) card.scrollTop = card.scrollHeight;
    const stop = letters.onLetterOpened((via) => setState({ step: 'opened', via }));
    return () => {
      stop();
      letters.hold(false);
    };
  }, [state.step, letters]);

  async function write() {
    setState({ step: 'opening' });
    const answer = await ask('writeToMp', { about, article });
    if (!answer.ok) setState({ step: 'failed', error: answer.error });
    else setState(afterWriting(answer.data));
  }
  function afterWriting(outcome: WriteOutcome): State {
    return outcome.outcome === 'opened' ? { step: 'opened', via: outcome.via } : { step: 'setup' };
  }

  if (state.step === 'setup') {
    if (!letters) {
      return (
        <p class="bevan-notice" role="status">
          Choose your MP first.
        </p>
      );
    }
    return (
      <div class="write-setup" ref={setupRef}>
        <p class="small">
          First, tell Bevan who your MP is: your postcode (letters then go through WriteToThem) or your constituency.
          Bevan keeps it; this web page cannot see what you enter.
        </p>
        <iframe
          src={`${letters.setupUrl}${letters.setupUrl.includes('?') ? '&' : '?'}continue`}
          title="Choose your MP"
          class="setup-frame"
        />
        <button type="button" class="linklike small" onClick={() => setState({ step: 'ready' })}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div class="write">
      <button type="button" class="write-button bevan-button" disabled={state.step === 'opening'} onClick={write}>
        {state.step === 'opening' ? 'Opening your letter…' : 'Write to your MP'}
      </button>
      {state.step === 'opened' && (
        <p class="small muted bevan-muted" role="status">
          {OPENED[state.via]}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="warn bevan-error" role="alert">
          {state.error.message}
        </p>
      )}
    </div>
  );
}
