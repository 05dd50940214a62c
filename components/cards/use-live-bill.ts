/**
 * A bill card's live stages: the stored copy first (offline-first: it paints at once), then a check with
 * Parliament, which the background makes only when the copy is over a day old and the bill is still before
 * Parliament.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import type { LiveBillView } from './BillCard';

export function useLiveBill(ask: Ask, id: string): LiveBillView {
  const [view, setView] = useState<LiveBillView>({ stored: null, checking: true, failure: null });
  useEffect(() => {
    let current = true;
    setView({ stored: null, checking: true, failure: null });
    void (async () => {
      const stored = await ask('getLiveBill', { id, refresh: false });
      if (!current) return;
      if (stored.ok) setView({ stored: stored.data.live, checking: true, failure: null });
      const fresh = await ask('getLiveBill', { id, refresh: true });
      if (!current) return;
      setView((before) =>
        fresh.ok
          ? { stored: fresh.data.live ?? before.stored, checking: false, failure: fresh.data.failure }
          : { ...before, checking: false, failure: fresh.error.message },
      );
    })();
    return () => {
      current = false;
    };
  }, [ask, id]);
  return view;
}
