/**
 * Follows a live page: its own changes (Bevan makes none) are gathered by a
 * MutationObserver, debounced, and given as the blocks they touched, so that
 * the mentions they broke are dropped and only those blocks are read again
 * (live blogs, re-renders, keyed lists reordered, infinite scroll, single-page
 * navigation).
 */
import { blockAround } from './text-walkers';

export const MUTATION_DEBOUNCE_MS = 300;
/** Longest the page's changes wait to be read: a live page may change more often than the debounce. */
export const MUTATION_MAX_WAIT_MS = 1000;
const OBSERVED_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageChanges {
  stop(): void;
}

export function followPageChanges(
  root: Node,
  { now, changed }: { now: () => number; changed: (blocks: Node[]) => void },
): PageChanges {
  let pending = new Set<Node>();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  function note(records: MutationRecord[]) {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') pending.add(target);
      else {
        // Removed nodes take their mentions with them: the block they left is checked.
        if (record.removedNodes.length) pending.add(target);
        for (const node of record.addedNodes) if (!isBevans(node)) pending.add(node);
      }
    }
    if (!pending.size) return;
    const at = now();
    if (debounce === undefined) firstPendingAt = at;
    else if (at - firstPendingAt >= MUTATION_MAX_WAIT_MS) return;
    clearTimeout(debounce);
    debounce = setTimeout(flush, MUTATION_DEBOUNCE_MS);
  }

  function flush() {
    debounce = undefined;
    const blocks = [...new Set([...pending].filter((node) => node.isConnected).map(blockAround))];
    pending = new Set();
    // Only the outermost blocks: a block inside another changed one is read with it.
    changed(blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block))));
  }

  const observer = new MutationObserver(note);
  observer.observe(root, OBSERVED_CHANGES);
  return {
    stop() {
      clearTimeout(debounce);
      observer.disconnect();
    },
  };
}

/** Bevan's card host, the one node Bevan adds to a page. */
function isBevans(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BEVAN-CARD';
}
