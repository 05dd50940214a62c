import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMentionIntents, type MentionIntents } from '@/utils/page/mention-intents';

/** Mentions are words drawn on the page; here, two of them at fixed places, found by point as the hit-test would. */
const WES = { name: 'Wes Streeting', box: { left: 100, right: 200, top: 10, bottom: 30 } };
const BILL = { name: 'NHS Reinstatement Bill', box: { left: 300, right: 480, top: 10, bottom: 30 } };
type Fake = typeof WES;
const at = (mention: Fake) => ({ x: (mention.box.left + mention.box.right) / 2, y: mention.box.top + 5 });
const ELSEWHERE = { x: 20, y: 400 };

let log: string[];
let intents: MentionIntents<Fake>;
let frames: (() => void)[];
let hitTests: number;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Said Wes Streeting today. <a href="#x">Other</a> <input id="search"></p>';
  log = [];
  frames = [];
  hitTests = 0;
  intents = watchMentionIntents<Fake>(
    document,
    {
      open: (mention, how) => log.push(`open ${mention.name} by ${how}`),
      close: (returnTo) =>
        log.push(`close${returnTo ? ` and return focus to ${returnTo.id || returnTo.tagName}` : ''}`),
    },
    {
      mentionAt(x, y) {
        hitTests++;
        return (
          [WES, BILL].find(({ box }) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) ?? null
        );
      },
      frame: (work) => frames.push(work),
      // Events dispatched by a test are not the browser's own; these stand for the reader's.
      fromReader: () => true,
    },
  );
});

afterEach(() => {
  intents.stop();
  vi.useRealTimers();
});

/** The pointer moves to a point; the frame's hit-test runs. */
function moveTo(point: { x: number; y: number }, target: Element = document.body) {
  target.dispatchEvent(
    new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: point.x, clientY: point.y }),
  );
  runFrames();
}
function runFrames() {
  for (const work of frames.splice(0)) work();
}
const press = (type: string, point: { x: number; y: number }, target: Element = document.body, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType, clientX: point.x, clientY: point.y }));

describe('watchMentionIntents: the pointer', () => {
  it('opens on hover only after the intent delay, and not for a pointer passing through', () => {
    moveTo(at(WES));
    vi.advanceTimersByTime(100);
    moveTo(ELSEWHERE);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);

    moveTo(at(WES));
    vi.advanceTimersByTime(400);
    expect(log).toEqual(['open Wes Streeting by pointer']);
  });

  it('hit-tests at most once a frame, however many moves the frame has', () => {
    for (let step = 0; step < 20; step++) {
      document.body.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: 100 + step, clientY: 20 }),
      );
    }
    expect(hitTests).toBe(0);
    runFrames();
    expect(hitTests).toBe(1);
  });

  it('moves from one mention to the next: the first closes, the second opens', () => {
    moveTo(at(WES));
    vi.advanceTimersByTime(400);
    moveTo(at(BILL));
    vi.advanceTimersByTime(400);
    expect(log).toEqual(['open Wes Streeting by pointer', 'open NHS Reinstatement Bill by pointer']);
  });

  it('stays open while the pointer is in the card, and closes after it leaves', () => {
    moveTo(at(WES));
    vi.advanceTimersByTime(400);
    moveTo(ELSEWHERE);
    intents.cardHover(true);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open Wes Streeting by pointer']);
    intents.cardHover(false);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open Wes Streeting by pointer', 'close']);
  });
});

describe('watchMentionIntents: the keyboard', () => {
  it('opens at once when reached from the keyboard, and Escape closes it and puts focus back where it was', () => {
    const search = document.getElementById('search')!;
    search.focus();
    intents.reach(WES);
    expect(log).toEqual(['open Wes Streeting by keyboard']);
    expect(intents.openMention).toBe(WES);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toEqual(['open Wes Streeting by keyboard', 'close and return focus to search']);
  });

  it('goes from mention to mention by keyboard, and focus still goes back to where the reader started', () => {
    document.querySelector('a')!.focus();
    intents.reach(WES);
    intents.reach(BILL);
    intents.cardTabOut();
    expect(log).toEqual([
      'open Wes Streeting by keyboard',
      'open NHS Reinstatement Bill by keyboard',
      'close and return focus to A',
    ]);
  });

  it('moves focus into a card the pointer opened when the keyboard reaches it, and Escape goes back to the start', () => {
    const entered: string[] = [];
    intents.stop();
    intents = watchMentionIntents<Fake>(
      document,
      {
        open: (mention, how) => log.push(`open ${mention.name} by ${how}`),
        enterCard: () => entered.push('into the card') > 0,
        close: (returnTo) =>
          log.push(`close${returnTo ? ` and return focus to ${returnTo.id || returnTo.tagName}` : ''}`),
      },
      {
        mentionAt: (x, y) =>
          [WES, BILL].find(({ box }) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) ?? null,
        frame: (work) => frames.push(work),
        fromReader: () => true,
      },
    );
    document.getElementById('search')!.focus();
    moveTo(at(WES));
    vi.advanceTimersByTime(400);
    intents.reach(WES);
    expect(entered).toEqual(['into the card']);
    intents.reach(BILL);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toEqual([
      'open Wes Streeting by pointer',
      'open NHS Reinstatement Bill by keyboard',
      'close and return focus to search',
    ]);
  });
});

describe('watchMentionIntents: taps, presses and the page’s own events', () => {
  it('opens on a tap at once, with no intent delay', () => {
    press('pointerup', at(BILL), document.body, 'touch');
    expect(log).toEqual(['open NHS Reinstatement Bill by pointer']);
  });

  it('closes a card held open when the reader presses elsewhere on the page, not inside the card', () => {
    const card = document.documentElement.appendChild(document.createElement('bevan-card'));
    intents.reach(WES);
    intents.cardHover(true);
    press('pointerdown', ELSEWHERE, card);
    expect(log).toEqual(['open Wes Streeting by keyboard']);
    press('pointerdown', at(WES));
    expect(log).toEqual(['open Wes Streeting by keyboard']);
    press('pointerdown', ELSEWHERE, document.querySelector('a')!);
    expect(log).toEqual(['open Wes Streeting by keyboard', 'close']);
    card.remove();
  });

  it('never stops the page handling an event: a mention in a link is still a link', () => {
    const link = document.querySelector('a')!;
    let followed = false;
    link.addEventListener('click', (event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    });
    moveTo(at(WES), link);
    vi.advanceTimersByTime(400);
    link.click();
    expect(followed).toBe(true);
    expect(log).toEqual(['open Wes Streeting by pointer']);
  });

  it("ignores the page's own pointer events at a mention: only the reader's open cards", () => {
    intents.stop();
    intents = watchMentionIntents<Fake>(
      document,
      { open: (mention, how) => log.push(`open ${mention.name} by ${how}`), close: () => log.push('close') },
      { mentionAt: () => WES, frame: (work) => frames.push(work) },
    );
    moveTo(at(WES));
    vi.advanceTimersByTime(1000);
    press('pointerup', at(WES), document.body, 'touch');
    expect(log).toEqual([]);
  });

  it('does nothing once stopped', () => {
    intents.stop();
    moveTo(at(WES));
    vi.advanceTimersByTime(1000);
    press('pointerup', at(WES), document.body, 'touch');
    expect(log).toEqual([]);
  });
});
