/**
 * How the bill's sponsor and the MPs the page names voted in its Commons divisions: asked once the card knows its
 * divisions (after Parliament's check of the bill, which may add some), and only for those from 2016 on, which
 * Parliament's record of votes covers.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '@/utils/messages';
import type { DivisionVotes } from '@/utils/parliament/votes/division-votes';
import { MOST_DIVISIONS, MOST_MEMBERS } from '@/utils/parliament/votes/division-votes';
import { VOTES_API_FROM } from '@/utils/parliament/votes/api';

export type DivisionVotesState =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'answered'; votes: DivisionVotes }
  | { status: 'error'; message: string };

export function useDivisionVotes(
  ask: Ask,
  divisions: readonly { date: string; number: number }[] | null,
  memberIds: readonly number[],
): DivisionVotesState {
  const asked = (divisions ?? [])
    .filter((division) => division.date >= VOTES_API_FROM)
    .slice(0, MOST_DIVISIONS)
    .map(({ date, number }) => ({ date, number }));
  const members = [...new Set(memberIds)].slice(0, MOST_MEMBERS);
  // One key for what is asked, so that a re-render with the same divisions asks nothing new.
  const key = divisions === null || !asked.length || !members.length ? '' : JSON.stringify([asked, members]);
  const [state, setState] = useState<DivisionVotesState>({ status: 'none' });
  useEffect(() => {
    if (!key) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState({ status: 'checking' });
    void ask('getDivisionVotes', { divisions: asked, memberIds: members }).then((answer) => {
      if (!current) return;
      setState(
        answer.ok ? { status: 'answered', votes: answer.data } : { status: 'error', message: answer.error.message },
      );
    });
    return () => {
      current = false;
    };
    // `asked` and `members` are what `key` says.
  }, [ask, key]);
  return state;
}
