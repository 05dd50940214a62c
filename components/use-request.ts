/** Runs one background request for a component and tracks its loading and error states. */
import { useEffect, useState } from 'preact/hooks';
import type { Ask, RequestOf, RequestType, ResponseOf } from '@/utils/messages';
import type { MessageError } from '@/utils/result';
import { answerInHand } from '@/utils/page/cached-ask';

export type RequestState<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: MessageError };

export function useRequest<T extends RequestType>(
  ask: Ask,
  type: T,
  payload: RequestOf<T>,
  /** Asked again whenever this changes (e.g. a counter bumped after the data changed). */
  reloadKey: unknown = null,
): RequestState<ResponseOf<T>> {
  // An answer already in hand (a card's facts fetched during the hover intent) is shown in the first frame.
  const inHand = (): { status: 'ok'; data: ResponseOf<T> } | null => {
    const data = answerInHand(ask, type, payload);
    return data === undefined ? null : { status: 'ok', data };
  };
  const [state, setState] = useState<RequestState<ResponseOf<T>>>(() => inHand() ?? { status: 'loading' });
  const key = JSON.stringify(payload);
  useEffect(() => {
    const held = inHand();
    if (held) {
      // The same answer as the first render's keeps its state: no second render.
      setState((shown) => (shown.status === 'ok' && shown.data === held.data ? shown : held));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    void ask(type, payload).then((result) => {
      if (live) setState(result.ok ? { status: 'ok', data: result.data } : { status: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
    // The payload is compared by value: callers pass fresh object literals.
  }, [ask, type, key, reloadKey]);
  return state;
}
