/** Runs one background request for a component and tracks its loading and error states. */
import { useEffect, useState } from 'preact/hooks';
import type { Ask, RequestOf, RequestType, ResponseOf } from '@/utils/messages';
import type { MessageError } from '@/utils/result';

export type RequestState<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: MessageError };

export function useRequest<T extends RequestType>(
  ask: Ask,
  type: T,
  payload: RequestOf<T>,
  /** Asked again whenever this changes (e.g. a counter bumped after the data changed). */
  reloadKey: unknown = null,
): RequestState<ResponseOf<T>> {
  const [state, setState] = useState<RequestState<ResponseOf<T>>>({ status: 'loading' });
  const key = JSON.stringify(payload);
  useEffect(() => {
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
