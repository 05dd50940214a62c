/**
 * The content script's side of the typed messages, without zod. The content
 * script runs on every news page, and loading the schema library and the
 * request table cost each page several milliseconds before it did anything
 * (measured with `npm run bench`). So here the few requests it makes are
 * checked by hand: the background validates every request against the
 * schemas in utils/messages.ts on arrival, and the answers checked below are
 * the ones the content script relies on. The types still come from those
 * schemas (type-only imports, erased from the bundle).
 */
import { browser } from 'wxt/browser';
import { MENTIONS_PER_ENTITY } from '../sites/mention-cap';
import type { MentionList, PageSummary, TabEvent } from '../tab-events';
import type { MessageError, Result } from '../result';
import type { RequestOf, ResponseOf } from '../messages';

/** The requests a content script makes; the cards (a separate script) use the full table. */
export type PageRequestType =
  'startPage' | 'getCues' | 'getMatcher' | 'startPageReader' | 'startCardUi' | 'recordDisputeArticle';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';

const hasStrings = (data: unknown, keys: string[]) => isObject(data) && keys.every((key) => isString(data[key]));
const CUE_KEYS = ['version', 'cues', 'cuePattern', 'billCuePattern', 'anyCaseBills', 'dispute'];
const isCues = (data: unknown): data is ResponseOf<'getCues'> => hasStrings(data, CUE_KEYS);

/** Each answer's shape, as far as the content script uses it. */
const ANSWER_CHECKS: { [T in PageRequestType]: (data: unknown) => data is ResponseOf<T> } = {
  startPage: (data): data is ResponseOf<'startPage'> =>
    isObject(data) &&
    isObject(data.site) &&
    typeof data.site.runs === 'boolean' &&
    (data.cues === null || isCues(data.cues)) &&
    isObject(data.settings) &&
    Number.isInteger(data.settings.maxMentionsPerEntity) &&
    (data.settings.maxMentionsPerEntity as number) >= MENTIONS_PER_ENTITY.min &&
    (data.settings.maxMentionsPerEntity as number) <= MENTIONS_PER_ENTITY.max,
  getCues: isCues,
  getMatcher: (data): data is ResponseOf<'getMatcher'> =>
    hasStrings(data, [...CUE_KEYS, 'articleDate', 'names', 'targets', 'surnames']),
  startPageReader: (data): data is ResponseOf<'startPageReader'> => isObject(data) && typeof data.started === 'boolean',
  startCardUi: (data): data is ResponseOf<'startCardUi'> => isObject(data) && typeof data.started === 'boolean',
  recordDisputeArticle: (data): data is ResponseOf<'recordDisputeArticle'> =>
    isObject(data) && typeof data.recorded === 'boolean',
};

const failure = (code: MessageError['code'], message: string) => ({ ok: false as const, error: { code, message } });

/** Sends one request to the background; never throws: failures come back as errors. */
export async function askFromPage<T extends PageRequestType>(
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    return failure(
      'unreachable',
      `Bevan's background is not answering (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!isObject(answer) || typeof answer.ok !== 'boolean') {
    return failure('internal', 'The background answered in an unexpected form.');
  }
  if (!answer.ok) {
    const error = answer.error;
    return isObject(error) && isString(error.message) && isString(error.code)
      ? failure(error.code as MessageError['code'], error.message)
      : failure('internal', 'The background answered in an unexpected form.');
  }
  return ANSWER_CHECKS[type](answer.data)
    ? { ok: true, data: answer.data }
    : failure('internal', `The background's answer to "${type}" did not have the expected shape.`);
}

const TAB_EVENT_TYPES = new Set<string>([
  'matcherChanged',
  'siteSwitchedOff',
  'getPageSummary',
  'letterOpened',
  'listMentions',
  'moveToMention',
  'showMention',
]);
const MENTION_KINDS = new Set<string>(['mp', 'bill', 'dispute']);

/** A message from Bevan's background or pages to this tab, or null for anything else. */
export function readTabEvent(message: unknown): TabEvent | null {
  if (!isObject(message) || !isString(message.type) || !TAB_EVENT_TYPES.has(message.type)) return null;
  switch (message.type) {
    case 'letterOpened':
      return message.via === 'writetothem' || message.via === 'email'
        ? { type: 'letterOpened', via: message.via }
        : null;
    case 'moveToMention':
      return message.direction === 'next' || message.direction === 'previous'
        ? { type: 'moveToMention', direction: message.direction }
        : null;
    case 'showMention':
      return isString(message.kind) && MENTION_KINDS.has(message.kind) && isString(message.id)
        ? { type: 'showMention', kind: message.kind as 'mp' | 'bill' | 'dispute', id: message.id }
        : null;
    default:
      return { type: message.type } as TabEvent;
  }
}

export type { MentionList, PageSummary };
