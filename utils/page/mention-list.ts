/**
 * The page's mentions as others see them: listed for the popup, tests and
 * tools (`listMentions`), and stepped through from the keyboard. Mentions are
 * ranges, so "where" is read from the browser's boxes at the time of asking.
 */
import { blockAround } from './text-walkers';
import type { Mention } from './mention-index';
import type { ListedMention } from '../tab-events';
import { firstBoxOf } from './pointing';

/** Characters either side of a mention in a listing. */
const CONTEXT_CHARACTERS = 60;

/** Longest step of a listing: on the 5 MB article, 2,010 mentions listed at once took a task of 70 to 91 ms. */
export const LIST_SLICE_MS = 10;

/** What listing reads of the page, and how it lets the page run between steps. */
export interface ListingClock {
  now(): number;
  pause(): Promise<void>;
  boxOf(mention: Mention): DOMRect;
  /** How far the window is scrolled: boxes read before a scroll are moved by it. */
  scroll(): { x: number; y: number };
}

const browserClock: ListingClock = {
  now: () => performance.now(),
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  boxOf: firstBoxOf,
  scroll: () => ({ x: window.scrollX, y: window.scrollY }),
};

/**
 * Each mention's entity, words, the words around it in its block, and its first box, in viewport coordinates at
 * the answer: in steps of at most `LIST_SLICE_MS` with the page's tasks in between. A box read before the reader
 * scrolled is moved by the scroll.
 */
export async function listInSlices(
  mentions: readonly Mention[],
  clock: Partial<ListingClock> = {},
): Promise<ListedMention[]> {
  const { now, pause, boxOf, scroll } = { ...browserClock, ...clock };
  const listing: ListedMention[] = [];
  const scrolledAt: { x: number; y: number }[] = [];
  let stepStart = now();
  for (const mention of mentions) {
    if (now() - stepStart > LIST_SLICE_MS) {
      await pause();
      stepStart = now();
    }
    listing.push({ ...wordsOf(mention), rect: rectOf(boxOf(mention)) });
    scrolledAt.push(scroll());
  }
  const end = scroll();
  listing.forEach(({ rect }, index) => {
    rect.x += scrolledAt[index].x - end.x;
    rect.y += scrolledAt[index].y - end.y;
  });
  return listing;
}

function wordsOf(mention: Mention): Omit<ListedMention, 'rect'> {
  return {
    kind: mention.entity.kind,
    id: mention.entity.id,
    text: mention.range.toString(),
    context: contextOf(mention),
  };
}

const rectOf = (box: DOMRect) => ({ x: box.x, y: box.y, width: box.width, height: box.height });

/** The words around a mention, inside its block. */
function contextOf(mention: Mention): string {
  const block = blockAround(mention.range.startContainer);
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(mention.range.startContainer, mention.range.startOffset);
  const after = document.createRange();
  after.setStart(mention.range.endContainer, mention.range.endOffset);
  after.setEnd(block, block.childNodes.length);
  return (
    before.toString().slice(-CONTEXT_CHARACTERS) +
    mention.range.toString() +
    after.toString().slice(0, CONTEXT_CHARACTERS)
  ).replace(/\s+/g, ' ');
}

/**
 * Which mention the keyboard moves to, given the mentions in page order and the one it is on (or none). From
 * none, it starts from what the reader is looking at: the first mention not above the viewport going forwards, the
 * last not below it going back. It wraps round at either end.
 */
export function nextMention(
  mentions: readonly Mention[],
  current: Mention | null,
  direction: 'next' | 'previous',
  viewportHeight: number,
): Mention | null {
  if (!mentions.length) return null;
  const at = current ? mentions.indexOf(current) : -1;
  if (at >= 0) {
    const step = direction === 'next' ? 1 : -1;
    return mentions[(at + step + mentions.length) % mentions.length];
  }
  if (direction === 'next') {
    return mentions.find((mention) => firstBoxOf(mention).bottom >= 0) ?? mentions[0];
  }
  return mentions.findLast((mention) => firstBoxOf(mention).top <= viewportHeight) ?? mentions[mentions.length - 1];
}

/** Brings a mention into view, in the middle of the screen when it has to move. */
export function scrollToMention(mention: Mention): void {
  const inView = (box: DOMRect) => box.top >= 0 && box.bottom <= window.innerHeight;
  if (inView(firstBoxOf(mention))) return;
  // Its element first, for a mention inside a scrolling box; then the window, for one in a block taller than it.
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = firstBoxOf(mention);
  if (!inView(box)) window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'instant' });
}

const KIND_WORDS: Record<Mention['entity']['kind'], string> = { mp: 'MP', bill: 'bill', dispute: 'dispute' };

/** What a screen reader hears on reaching a mention: "Jeremy Hunt, MP: mention 2 of 11". */
export function announcement(mention: Mention, mentions: readonly Mention[]): string {
  return `${mention.range.toString()}, ${KIND_WORDS[mention.entity.kind]}: mention ${mentions.indexOf(mention) + 1} of ${mentions.length}`;
}
