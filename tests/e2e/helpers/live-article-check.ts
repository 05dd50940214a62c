/**
 * The live-article check, the same in any browser: one framework's page with
 * Bevan and the same page without it, driven step by step in lockstep. After
 * each step the reader must see the same text in both, neither page may have
 * an error, and Bevan's mentions must be exactly the MPs' names the page
 * shows, in its order, each drawn where those words are on screen.
 */
import { expect } from 'vitest';
import { APP_ROOT_ID, LAST_STEP, QUOTE_REMOVED_AT, REORDER_EVERY, SPEAKERS } from '../frameworks/live-article';
import type { ListedMention } from './mentions';

/** A page as a browser driver sees it. */
export interface DrivenPage {
  /** Runs a script expression in the page and returns its (JSON-like) value, awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** The page's errors so far: uncaught ones and those written to the console as errors. */
  errors(): string[];
}

export interface LiveArticleRun {
  withBevan: DrivenPage;
  withoutBevan: DrivenPage;
  /** Bevan's answer to `listMentions` for the page with Bevan. */
  listMentions(): Promise<ListedMention[]>;
}

/** How often a live page updates: the test takes a step this often, as a live blog's timer would. */
const STEP_EVERY_MS = 300;
/** Bevan re-reads a changed block after a 300 ms pause; this leaves it room on a busy machine. */
const MENTIONS_SETTLE_TIMEOUT_MS = 20_000;

const APP_TEXT = `document.getElementById(${JSON.stringify(APP_ROOT_ID)})?.innerText ?? '(the article is gone)'`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The MPs' names in `text`, in the order they appear. */
export function namesIn(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const { name } of SPEAKERS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push({ at, name });
  }
  return found.sort((a, b) => a.at - b.at).map(({ name }) => name);
}

/**
 * A script for the page: for each mention, whether the words on screen at the middle of its rect are its own.
 * A mention whose range went stale (its words moved or gone) points elsewhere, or at nothing.
 */
function drawnOverItsWords(mentions: ListedMention[]): string {
  const probes = mentions.map(({ text, rect }) => ({ text, x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }));
  return `${JSON.stringify(probes)}.map(({ text, x, y }) => {
    const caret = document.caretPositionFromPoint
      ? document.caretPositionFromPoint(x, y)
      : document.caretRangeFromPoint(x, y);
    const node = caret && (caret.offsetNode ?? caret.startContainer);
    const offset = caret && (caret.offset ?? caret.startOffset);
    if (!node || node.nodeType !== Node.TEXT_NODE) return false;
    const around = node.data.slice(Math.max(0, offset - text.length), offset + text.length);
    return around.includes(text);
  })`;
}

/** Bevan's MP mentions as a reader checks them: their words in order, each marked when it is not drawn over them. */
async function mentionsSeen(run: LiveArticleRun): Promise<string[]> {
  const mentions = (await run.listMentions()).filter((mention) => mention.kind === 'mp');
  const drawnRight = await run.withBevan.evaluate<boolean[]>(drawnOverItsWords(mentions));
  return mentions.map((mention, index) => (drawnRight[index] ? mention.text : `${mention.text} (drawn elsewhere)`));
}

async function expectSameText(run: LiveArticleRun, when: string): Promise<string> {
  const [withBevan, withoutBevan] = await Promise.all([
    run.withBevan.evaluate<string>(APP_TEXT),
    run.withoutBevan.evaluate<string>(APP_TEXT),
  ]);
  expect(withBevan, `the page's text ${when}, with Bevan and without`).toBe(withoutBevan);
  return withoutBevan;
}

function expectNoErrors(run: LiveArticleRun, when: string): void {
  expect(run.withBevan.errors(), `errors on the page with Bevan ${when}`).toEqual([]);
  expect(run.withoutBevan.errors(), `errors on the page without Bevan ${when}`).toEqual([]);
}

/** Waits until Bevan's mentions are the names the page shows, in its order, each drawn over its words. */
async function expectMentionsFollow(run: LiveArticleRun, text: string, when: string): Promise<void> {
  const names = namesIn(text);
  await expect
    .poll(() => mentionsSeen(run), { timeout: MENTIONS_SETTLE_TIMEOUT_MS, interval: 250, message: `mentions ${when}` })
    .toEqual(names);
  // One MP, one entity: the same name keeps its id wherever and whenever it is drawn.
  const ids = new Map<string, Set<string>>();
  for (const mention of (await run.listMentions()).filter((found) => found.kind === 'mp')) {
    ids.set(mention.text, (ids.get(mention.text) ?? new Set()).add(mention.id));
  }
  for (const [name, found] of ids) expect([...found], `${name}'s entity ${when}`).toHaveLength(1);
}

/** A step whose change moves or removes a mention; the steps between only change the "updated" line. */
const movesMentions = (step: number) => step === QUOTE_REMOVED_AT || step % REORDER_EVERY === 0 || step === LAST_STEP;

/** The whole check. Bevan must already have read the page with it (the test waits for its `bevan:script`). */
export async function checkLiveArticle(run: LiveArticleRun): Promise<void> {
  // Bevan has read the page (the caller waited for it); the framework has not yet touched it.
  await expectSameText(run, 'as served');

  // Hydrating after Bevan has read the page: the framework takes over the nodes Bevan has seen.
  await Promise.all([run.withBevan, run.withoutBevan].map((page) => page.evaluate('window.liveArticle.hydrate()')));
  await pause(STEP_EVERY_MS);
  expectNoErrors(run, 'after hydrating');
  const hydrated = await expectSameText(run, 'after hydrating');
  await expectMentionsFollow(run, hydrated, 'after hydrating');

  for (let step = 1; step <= LAST_STEP; step++) {
    await Promise.all([run.withBevan, run.withoutBevan].map((page) => page.evaluate('window.liveArticle.step()')));
    await pause(STEP_EVERY_MS);
    const when = `after step ${step}`;
    expectNoErrors(run, when);
    const text = await expectSameText(run, when);
    // The steps between keep coming while Bevan's re-reading of the last one may still be waiting.
    if (movesMentions(step)) await expectMentionsFollow(run, text, when);
  }
}
