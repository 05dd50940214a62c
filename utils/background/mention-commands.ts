/**
 * The keyboard commands that move between a page's mentions: declared in the
 * manifest (wxt.config.ts), where the browser lets the reader change their
 * keys, and told to the tab's content script, which does the moving. The
 * article itself gets no tab stops.
 */
import type { TabEvent } from '../tab-events';

export const MENTION_COMMANDS = {
  'next-mention': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: 'Go to the next mention Bevan found on the page, and open its card',
  },
  'previous-mention': {
    suggested_key: { default: 'Alt+Shift+K' },
    description: 'Go to the previous mention Bevan found on the page, and open its card',
  },
} as const;

/** What a command tells the tab, or null for a command that is not one of these. */
export function mentionMoveFor(command: string): TabEvent | null {
  if (command === 'next-mention') return { type: 'moveToMention', direction: 'next' };
  if (command === 'previous-mention') return { type: 'moveToMention', direction: 'previous' };
  return null;
}
