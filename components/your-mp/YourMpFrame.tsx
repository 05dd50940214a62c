import { useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import { useRequest } from '../use-request';
import { YourMpSetup, type SetYourMpAnswer } from './YourMpSetup';

/** The setup a card shows in its frame, and what happened once the reader saved. */
export function YourMpFrame({ ask, continueLetter }: { ask: Ask; continueLetter: boolean }) {
  const current = useRequest(ask, 'getYourMp', {});
  const [saved, setSaved] = useState<SetYourMpAnswer | null>(null);
  if (saved) {
    return (
      <p class="bevan-muted" role="status">
        Saved.{' '}
        {saved.letter?.outcome === 'opened'
          ? 'Your letter has opened.'
          : continueLetter
            ? 'Press "Write to your MP" again to open your letter.'
            : ''}
      </p>
    );
  }
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
