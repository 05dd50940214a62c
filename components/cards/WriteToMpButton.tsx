import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import type { LetterSubject, WriteOutcome } from '@/utils/your-mp/requests';
import type { MessageError } from '@/utils/result';
import { LetterCopy } from '../your-mp/LetterCopy';
import { BevanFrame } from './BevanFrame';

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

/** Bevan hands the letter to the browser; whether an app or tab took it, it cannot know, so it never says it did. */
const OPENING: Record<'writetothem' | 'email', string> = {
  writetothem: 'Opening WriteToThem in a new tab, for your postcode: write your letter there.',
  email: 'Opening your email app… Add your name and address before sending.',
};

/**
 * One click to a letter to the reader's MP about this card's subject. The
 * background opens it (it alone knows the postcode and the MP); until the
 * reader has said who their MP is, the first click shows the choice, and the
 * letter follows once it is made. An email letter can also be copied, from
 * Bevan's own frame, in case no email app opens.
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
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Leaving a frame that had focus: focus comes back to the button, not to the page's body.
  const refocus = useRef(false);
  const holding = state.step === 'setup' || (state.step === 'opened' && state.via === 'email');

  useEffect(() => {
    if (!holding || !letters) return;
    letters.hold(true);
    return () => letters.hold(false);
  }, [holding, letters]);

  useEffect(() => {
    if (state.step !== 'setup' || !letters) return;
    // The setup is at the foot of a card that may scroll: show it.
    const card = setupRef.current?.closest('.card');
    if (card) card.scrollTop = card.scrollHeight;
    return letters.onLetterOpened((via) => {
      refocus.current = true;
      setState({ step: 'opened', via });
    });
  }, [state.step, letters]);

  useEffect(() => {
    if (!refocus.current || state.step === 'setup') return;
    refocus.current = false;
    buttonRef.current?.focus();
  }, [state.step]);

  async function write() {
    setState({ step: 'opening' });
    const answer = await ask('writeToMp', { about, article });
    if (!answer.ok) setState({ step: 'failed', error: answer.error });
    else setState(afterWriting(answer.data));
  }
  function afterWriting(outcome: WriteOutcome): State {
    return outcome.outcome === 'opened' ? { step: 'opened', via: outcome.via } : { step: 'setup' };
  }
  /** Bevan's own page for the frame, which may already carry a query (the card's colours). */
  const framed = (mode: 'continue' | 'letter') =>
    letters ? `${letters.setupUrl}${letters.setupUrl.includes('?') ? '&' : '?'}${mode}` : '';
  const closeFrame = () => {
    refocus.current = true;
    setState({ step: 'ready' });
  };

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
        <BevanFrame src={framed('continue')} title="Choose your MP" focusOnLoad onEscape={closeFrame} />
        <button type="button" class="linklike small" onClick={closeFrame}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div class="write">
      <button
        type="button"
        class="write-button bevan-button"
        ref={buttonRef}
        disabled={state.step === 'opening'}
        onClick={write}
      >
        {state.step === 'opening' ? 'Opening your letter…' : 'Write to your MP'}
      </button>
      {state.step === 'opened' && (
        <p class="small muted bevan-muted" role="status">
          {OPENING[state.via]}
        </p>
      )}
      {state.step === 'opened' &&
        state.via === 'email' &&
        (letters ? (
          <BevanFrame
            src={framed('letter')}
            title="Copy your letter"
            focusOnLoad={false}
            onEscape={closeFrame}
            allow="clipboard-write"
            initialHeight={80}
          />
        ) : (
          <LetterCopy ask={ask} />
        ))}
      {state.step === 'failed' && (
        <p class="warn bevan-error" role="alert">
          {state.error.message}
        </p>
      )}
    </div>
  );
}
