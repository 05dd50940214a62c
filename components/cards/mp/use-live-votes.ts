import { useEffect, useState } from 'preact/hooks';
import type { LiveVotes } from '@/utils/cards/requests';
import type { Ask } from '@/utils/messages';

export type VotesState =
  { status: 'checking' } | { status: 'answered'; votes: LiveVotes } | { status: 'error'; message: string };

/**
 * An MP's votes in the NHS divisions nearest the date, asked after the card's first paint, once the MP's own live
 * facts are in (`ready`): they say whether the MP was in the chair, or had yet to be elected, on a division's day.
 */
export function useLiveVotes(ask: Ask, id: number, date: string, ready: boolean): VotesState {
  const [state, setState] = useState<VotesState>({ status: 'checking' });
  useEffect(() => {
    if (!ready) return;
    let current = true;
    setState({ status: 'checking' });
    void ask('getLiveVotes', { id, date }).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: 'answered', votes: result.data } : { status: 'error', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [ask, id, date, ready]);
  return state;
}
