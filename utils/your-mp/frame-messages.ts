/**
 * What Bevan's own frame inside a card (choosing your MP, copying a letter) tells the card around it, by
 * `postMessage`: how tall its content is, so that the frame fits it, and that the reader pressed Escape. Neither says
 * anything private, since the page can see these messages too; the card believes only its own frame's (by
 * `event.source`). Plain TypeScript, no zod: the card runs in the page's content script.
 */
const KIND = 'bevan-frame';

export type FrameMessage = { kind: typeof KIND; height: number } | { kind: typeof KIND; escape: true };

export function frameHeightMessage(height: number): FrameMessage {
  return { kind: KIND, height: Math.ceil(height) };
}

export const FRAME_ESCAPE: FrameMessage = { kind: KIND, escape: true };

/** The message, when `data` is one of the frame's; anything else is null. */
export function readFrameMessage(data: unknown): { height: number } | { escape: true } | null {
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== KIND) return null;
  const { height, escape } = data as { height?: unknown; escape?: unknown };
  if (escape === true) return { escape: true };
  if (typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 5000) return { height };
  return null;
}
