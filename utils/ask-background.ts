/** Sends a typed request to the background from a page or content script. */
import { browser } from 'wxt/browser';
import { sendRequest, type RequestOf, type RequestType, type ResponseOf } from './messages';
import type { Result } from './result';

export function askBackground<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  return sendRequest((message) => browser.runtime.sendMessage(message), type, payload);
}
