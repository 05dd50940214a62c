/**
 * Cards on a news page: the card UI is started the first time a reader
 * reaches for a mention (most pages never open a card), and opens beside the
 * mention the pointer rests on, the tap lands on, or the keyboard command or
 * the popup brings the reader to. The mention whose card is open is marked.
 */
import { askFromPage } from './page-messages';
import { publishedCardUi, type CardTarget, type CardUi, type PageNamed } from './card-contract';
import type { Highlighter } from './highlights';
import type { Mention, MentionIndex } from './mention-index';
import { watchMentionIntents, type MentionIntents } from './mention-intents';
import { announcement, scrollToMention } from './mention-list';
import { firstBoxOf, mentionAtPoint } from './pointing';

export interface PageCardsOptions {
  found: MentionIndex;
  highlighter: Highlighter;
  /** The article's date, read when a card first needs it; null when the page gives none. */
  readDate: () => string | null;
}

export interface PageCards {
  /** Watches the pointer: called once the page has a mention. */
  watch(): void;
  /** Brings the reader to a mention (one of `mentions`, the page's in order): into view, said aloud, its card open. */
  reach(mention: Mention, mentions: readonly Mention[]): void;
  /** The mention the keyboard or the popup last brought the reader to. */
  readonly reached: Mention | null;
  /** The page took these mentions away: a card open on one of them closes. */
  removed(mentions: readonly Mention[]): void;
  stop(): void;
}

export function createPageCards({ found, highlighter, readDate }: PageCardsOptions): PageCards {
  let cardUi: Promise<CardUi | null> | null = null;
  const loadCardUi = () =>
    (cardUi ??= askFromPage('startCardUi', {}).then((started) => {
      if (!started.ok) console.warn(`Bevan: ${started.error.message}`);
      return started.ok ? publishedCardUi() : null;
    }));
  let wanted: Mention | null = null;
  /** The card UI showing a card, for moving focus into it when the keyboard reaches a card already open. */
  let openUi: CardUi | null = null;
  let reached: Mention | null = null;
  let intents: MentionIntents<Mention> | null = null;

  async function open(mention: Mention, how: 'pointer' | 'keyboard') {
    // The card's clock starts here, at the end of the intent delay (read by `npm run bench`).
    performance.mark('bevan:card-wanted');
    wanted = mention;
    highlighter.focus(mention);
    const ui = await loadCardUi();
    // The reader may have moved on while the card UI started.
    if (!ui || wanted !== mention) return;
    const target: CardTarget = {
      kind: mention.entity.kind,
      id: mention.entity.id,
      text: mention.range.toString(),
      onPage: mention.entity.kind === 'dispute' ? undefined : namedOnPage(found),
    };
    ui.open(target, firstBoxOf(mention), readDate(), {
      hover: (inside) => intents?.cardHover(inside),
      tabOut: () => intents?.cardTabOut(),
    });
    openUi = ui;
    if (how === 'keyboard') ui.focus();
  }

  function close(returnFocusTo: HTMLElement | null) {
    wanted = null;
    openUi = null;
    highlighter.focus(null);
    void cardUi?.then((ui) => ui?.close());
    returnFocusTo?.focus({ preventScroll: true });
  }

  function watch() {
    intents ??= watchMentionIntents<Mention>(
      document,
      {
        // While the intent delay runs, the card UI starts and asks for the card's facts: the card opens with them.
        prepare: ({ entity }) => void loadCardUi().then((ui) => ui?.prepare({ kind: entity.kind, id: entity.id })),
        open,
        enterCard: () => openUi?.focus() ?? false,
        close,
      },
      { mentionAt: (x, y) => mentionAtPoint(document, found, x, y) },
    );
    return intents;
  }

  return {
    watch,
    reach(mention, mentions) {
      reached = mention;
      const watched = watch();
      scrollToMention(mention);
      const words = announcement(mention, mentions);
      void loadCardUi().then((ui) => ui?.announce(words));
      watched.reach(mention);
    },
    get reached() {
      return reached;
    },
    removed(mentions) {
      if (intents?.openMention && mentions.includes(intents.openMention)) intents.cardTabOut();
    },
    stop() {
      intents?.stop();
      void cardUi?.then((ui) => ui?.destroy());
    },
  };
}

/**
 * What a page names, for an MP's or a bill's card (`CardTarget.onPage`): each MP (one a name leaves ambiguous is
 * left out) and bill once, in its first words, and whether it names the dispute.
 */
function namedOnPage(found: MentionIndex): PageNamed {
  const mps = new Map<number, string>();
  const bills = new Map<string, string>();
  let dispute = false;
  for (const { entity, text } of found.inPageOrder()) {
    if (entity.kind === 'mp' && !entity.ambiguous && !mps.has(Number(entity.id))) mps.set(Number(entity.id), text);
    else if (entity.kind === 'bill' && !bills.has(entity.id)) bills.set(entity.id, text);
    else if (entity.kind === 'dispute') dispute = true;
  }
  return {
    mps: [...mps].map(([id, text]) => ({ id, text })),
    bills: [...bills].map(([id, text]) => ({ id, text })),
    dispute,
  };
}
