import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { lookupWords } from '@/utils/your-mp/lookup-words';
import { useRequest } from '../use-request';
import { LetterCopy } from './LetterCopy';
import { useFrameReporting } from './use-frame-reporting';
import { YourMpSetup, type SetYourMpAnswer } from './YourMpSetup';

/**
 * What the frame says once the reader saved: focus moves to it, since the form it replaces had focus. Not when the
 * letter opened from a card: the card then closes this frame and puts focus back on its own button, and focus taken
 * here as well would race it into a frame about to go.
 */
function Saved({ saved, continueLetter }: { saved: SetYourMpAnswer; continueLetter: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const cardTakesFocus = continueLetter && saved.letter?.outcome === 'opened';
  useEffect(() => {
    if (!cardTakesFocus) ref.current?.focus();
  }, [cardTakesFocus]);
  return (
    <p class="bevan-muted" role="status" tabIndex={-1} ref={ref}>
      Saved. {saved.lookup && `${lookupWords(saved.lookup)} `}
      {saved.letter?.outcome === 'opened'
        ? 'Your letter is opening.'
        : continueLetter
          ? 'Press "Write to your MP" again to write your letter.'
          : ''}
    </p>
  );
}

/**
 * Bevan's own page inside a card's frame: the setup a card shows (`mode` 'setup'), or the letter just opened, to
 * copy (`mode` 'letter'). It fits its frame to its content and lets Escape close it.
 */
export function YourMpFrame({
  ask,
  continueLetter,
  mode = 'setup',
}: {
  ask: Ask;
  continueLetter: boolean;
  mode?: 'setup' | 'letter';
}) {
  useFrameReporting();
  if (mode === 'letter') return <LetterCopy ask={ask} />;
  return <SetupInFrame ask={ask} continueLetter={continueLetter} />;
}

function SetupInFrame({ ask, continueLetter }: { ask: Ask; continueLetter: boolean }) {
  const current = useRequest(ask, 'getYourMp', {});
  const [saved, setSaved] = useState<SetYourMpAnswer | null>(null);
  if (saved) return <Saved saved={saved} continueLetter={continueLetter} />;
  if (current.status === 'loading') return <p class="bevan-muted">Loading…</p>;
  if (current.status === 'error') {
    return (
      <p class="bevan-error" role="alert">
        {current.error.message}
      </p>
    );
  }
  return <YourMpSetup ask={ask} current={current.data} continueLetter={continueLetter} compact onSaved={setSaved} />;
}
