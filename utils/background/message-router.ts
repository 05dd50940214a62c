/**
 * The background's side of utils/messages.ts: checks who is asking, validates
 * the request, runs its handler and validates the answer. Every failure comes
 * back as an error value; nothing throws across the message boundary.
 */
import {
  Envelope,
  describeIssues,
  parseRequest,
  type ParsedRequestOf,
  type RequestType,
  type ResponseOf,
} from '../messages';
import { errorMessage, failure, type Result } from '../result';
import { requests } from '../request-table';

/** The parts of `runtime.MessageSender` the checks and handlers use. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handlers = {
  [T in RequestType]: (payload: ParsedRequestOf<T>, sender: MessageSender) => Promise<Result<ResponseOf<T>>>;
};

export interface RouterOptions {
  /** `runtime.id`: messages from other extensions are refused. */
  extensionId: string;
  /** `runtime.getURL('/')`: only pages under it may make privileged requests. */
  extensionBaseUrl: string;
  handlers: Handlers;
}

export function createMessageRouter({ extensionId, extensionBaseUrl, handlers }: RouterOptions) {
  /** A content script's sender URL is the web page's; only Bevan's own pages live under its base URL. */
  const isExtensionPage = (sender: MessageSender) =>
    typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);

  return async function routeMessage(message: unknown, sender: MessageSender): Promise<Result<unknown>> {
    if (sender.id !== extensionId) return failure('forbidden', 'Messages from other extensions are not accepted.');
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return failure('invalid-request', `Unknown request: ${describeIssues(envelope.error)}`);
    const { type, payload } = envelope.data;
    if (requests[type].privileged && !isExtensionPage(sender)) {
      return failure('forbidden', `"${type}" changes your data and is accepted only from Bevan's own pages.`);
    }
    return run(type, payload, sender);
  };

  async function run<T extends RequestType>(
    type: T,
    payload: unknown,
    sender: MessageSender,
  ): Promise<Result<unknown>> {
    const request = parseRequest(type, payload);
    if (!request.ok) return request;
    try {
      const result = await handlers[type](request.data, sender);
      if (!result.ok) return result;
      const checked = requests[type].response.safeParse(result.data);
      return checked.success
        ? { ok: true, data: checked.data }
        : failure('internal', `Bevan produced an invalid answer to "${type}": ${describeIssues(checked.error)}`);
    } catch (error) {
      return failure('internal', `"${type}" failed: ${errorMessage(error)}`);
    }
  }
}
