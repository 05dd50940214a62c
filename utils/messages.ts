/**
 * The envelope every request travels in, and its checks at both ends:
 * `sendRequest` checks the request before sending and the response after; the
 * background checks the request on arrival and its own response before
 * answering (utils/background/message-router.ts). The requests themselves are
 * declared by their features and gathered in utils/request-table.ts. The
 * content script reaches the dataset only through these requests (the
 * database lives in the background: a content script's IndexedDB would belong
 * to the news site).
 */
import { z } from './data/zod';
import { requests } from './request-table';
import { errorMessage, failure, MessageError, type Result } from './result';

export type RequestType = keyof typeof requests;
export type RequestOf<T extends RequestType> = z.input<(typeof requests)[T]['request']>;
export type ParsedRequestOf<T extends RequestType> = z.output<(typeof requests)[T]['request']>;
export type ResponseOf<T extends RequestType> = z.output<(typeof requests)[T]['response']>;

const requestTypes = Object.keys(requests) as [RequestType, ...RequestType[]];

/** The envelope as it travels: `{ type, payload }`. */
export const Envelope = z.object({ type: z.enum(requestTypes), payload: z.unknown() });
export type Envelope = z.infer<typeof Envelope>;

const ResultEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: MessageError }),
]);

/** Turns zod issues into one readable sentence naming each offending field by its path. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : 'value'}: ${issue.message}`)
    .join('; ');
}

export function parseRequest<T extends RequestType>(type: T, payload: unknown): Result<ParsedRequestOf<T>> {
  const parsed = requests[type].request.safeParse(payload);
  return parsed.success
    ? { ok: true, data: parsed.data as ParsedRequestOf<T> }
    : failure('invalid-request', describeIssues(parsed.error));
}

export function parseResponse<T extends RequestType>(type: T, raw: unknown): Result<ResponseOf<T>> {
  const envelope = ResultEnvelope.safeParse(raw);
  if (!envelope.success) return failure('internal', 'The background answered in an unexpected form.');
  if (!envelope.data.ok) return envelope.data;
  const data = requests[type].response.safeParse(envelope.data.data);
  return data.success
    ? { ok: true, data: data.data as ResponseOf<T> }
    : failure('internal', `The background's answer did not validate: ${describeIssues(data.error)}`);
}

/** What the transport needs: `browser.runtime.sendMessage`, or a stand-in in tests. */
export type SendMessage = (message: Envelope) => Promise<unknown>;

/** Sends a typed request; never throws: transport and validation failures come back as errors. */
export async function sendRequest<T extends RequestType>(
  send: SendMessage,
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  const request = parseRequest(type, payload);
  if (!request.ok) return request;
  try {
    return parseResponse(type, await send({ type, payload: request.data }));
  } catch (error) {
    return failure('unreachable', `Bevan's background is not answering (${errorMessage(error)}).`);
  }
}

/** The shape of `askBackground`, so that components can be given a stand-in in tests. */
export type Ask = <T extends RequestType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;
