import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMentionIntents, type MentionIntents } from '@/utils/mention-intents';

let log: string[];
let intents: MentionIntents;
let mention: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p>Said <bevan-mention tabindex="0">Wes Streeting</bevan-mention> today. <a href="#x">Other</a></p>';
  mention = document.querySelector('bevan-mention')!;
  log = [];
  intents = watchMentionIntents(document, {
    open: (element, how) => log.push(`open ${element.textContent} by ${how}`),
    close: (returnTo) => log.push(`close${returnTo ? ' and return focus' : ''}`),
  });
});

afterEach(() => {
  intents.stop();
  vi.useRealTimers();
});

const pointer = (type: string, target: Element, related: Element | null = null) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', relatedTarget: related }));

describe('watchMentionIntents', () => {
  it('opens on hover only after the intent delay, and not for a pointer passing through', () => {
    pointer('pointerover', mention);
    vi.advanceTimersByTime(100);
    pointer('pointerout', mention, document.body);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);

    pointer('pointerover', mention);
    vi.advanceTimersByTime(400);
    expect(log).toEqual(['open Wes Streeting by pointer']);
  });

  it('stays open while the pointer is in the card, and closes after it leaves', () => {
    pointer('pointerover', mention);
    vi.advanceTimersByTime(400);
    pointer('pointerout', mention, document.body);
    intents.cardHover(true);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open Wes Streeting by pointer']);
    intents.cardHover(false);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open Wes Streeting by pointer', 'close']);
  });

  it('opens at once on keyboard focus, and Escape closes it and hands focus back', () => {
    mention.focus();
    expect(log).toEqual(['open Wes Streeting by keyboard']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toEqual(['open Wes Streeting by keyboard', 'close and return focus']);
  });

  it('closes a card held open when the reader presses elsewhere on the page, not inside the card', () => {
    const card = document.body.appendChild(document.createElement('bevan-card'));
    mention.focus();
    intents.cardHover(true);
    pointer('pointerdown', card);
    expect(log).toEqual(['open Wes Streeting by keyboard']);
    pointer('pointerdown', document.querySelector('a')!);
    expect(log).toEqual(['open Wes Streeting by keyboard', 'close']);
  });

  it('does nothing once stopped', () => {
    intents.stop();
    mention.focus();
    expect(log).toEqual([]);
  });
});
