/**
 * What a campaigner typed in Add from Parliament's search box: words of a title, or a bill's number (or its
 * address on bills.parliament.uk), or something Bevan will not send, with the reason in plain words.
 */
export const MAX_SEARCH_LENGTH = 100;

export type SearchInput =
  { kind: 'words'; words: string } | { kind: 'bill'; parliamentBillId: number } | { kind: 'problem'; message: string };

export function readSearchInput(typed: string): SearchInput {
  const text = typed.replace(/\s+/g, ' ').trim();
  if (!text)
    return { kind: 'problem', message: "Type a few words of the bill's title, or its number on bills.parliament.uk." };
  if (text.length > MAX_SEARCH_LENGTH) {
    return {
      kind: 'problem',
      message: `That is ${text.length} characters: search with a few words of the title (up to ${MAX_SEARCH_LENGTH} characters).`,
    };
  }
  const page = /^(?:https:\/\/)?bills\.parliament\.uk\/bills\/(\d{1,7})(?:[/?#].*)?$/i.exec(text);
  const number = page?.[1] ?? (/^\d{1,7}$/.test(text) ? text : null);
  if (number !== null && Number(number) > 0) return { kind: 'bill', parliamentBillId: Number(number) };
  if (/[<>]/.test(text)) return { kind: 'problem', message: 'Search with plain words: no < or > characters.' };
  return { kind: 'words', words: text };
}
