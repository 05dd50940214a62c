import { useEffect, useState } from 'preact/hooks';
import type { LiveMp } from '@/utils/cards/requests';
import type { LiveState } from '@/utils/cards/mp-view';
import type { Ask } from '@/utils/messages';

function answered(live: LiveMp): LiveState {
  return { status: 'answered', facts: live.facts, checkedAt: live.checkedAt, problem: live.problem, off: live.off };
}

/**
 * An MP's live facts for their card: the stored copy first (at once), then, when it is missing or stale, Parliament's
 * answer. A failure leaves whatever was shown, with words saying why.
 */
export function useLiveMp(ask: Ask, id: number): LiveState {
  const [state, setState] = useState<LiveState>({ status: 'checking' });
  useEffect(() => {
    let current = true;
    setState({ status: 'checking' });
    void (async () => {
      const stored = await ask('getLiveMp', { id });
      if (!current) return;
      if (stored.ok && stored.data.facts) setState(answered(stored.data));
      if (stored.ok && !stored.data.stale) return;
      const fresh = await ask('getLiveMp', { id, refresh: true });
      if (!current) return;
      if (fresh.ok) setState(answered(fresh.data));
      else {
        const kept = stored.ok ? stored.data : null;
        setState({
          status: 'answered',
          facts: kept?.facts ?? null,
          checkedAt: kept?.checkedAt ?? null,
          problem: fresh.error.message,
          off: false,
        });
      }
    })();
    return () => {
      current = false;
    };
  }, [ask, id]);
  return state;
}
