import { describe, expect, it } from 'vitest';
import { annotatePage } from '@/utils/page/annotate';
import { createPageState } from '@/utils/page/page-state';
import { compileMatcher } from '@/utils/matching/compile';
import type { Mention } from '@/utils/page/mention-index';
import {
  createHighlighter,
  DRAW_INTERVAL_MS,
  FOCUS_HIGHLIGHT,
  FOCUS_TINT,
  MAX_HOLD_MS,
  UNDERLINE_LIMITS,
  type HighlightApi,
  type Highlighter,
} from '@/utils/page/highlights';

const matcher = compileMatcher(
  {
    version: 'test',
    people: [{ id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] }],
    bills: [{ id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' }],
  },
  '2025-07-25',
);

/** A stand-in for `CSS.highlights` (a highlight is a set of ranges) whose frames the test runs. */
function fakeApi() {
  const registry = new Map<string, Highlight>();
  const frames: (() => void)[] = [];
  const timers: { at: number; work: () => void }[] = [];
  const clock = { now: 0 };
  const api: HighlightApi = {
    registry,
    create: () => new Set<AbstractRange>() as unknown as Highlight,
    frame: (work) => frames.push(work),
    later: (work, ms) => timers.push({ at: clock.now + ms, work }),
    now: () => clock.now,
  };
  /** Time passes: timers due by then run (and may ask for a frame). */
  const advance = (ms: number) => {
    clock.now += ms;
    for (const timer of timers.filter(({ at }) => at <= clock.now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.work();
    }
  };
  const drawn = (name: string) => [...((registry.get(name) as unknown as Set<Range>) ?? [])].map(String);
  const runFrame = () => frames.splice(0).forEach((work) => work());
  return { api, registry, drawn, runFrame, frames, advance };
}

function mentionsOn(html: string): Mention[] {
  document.body.innerHTML = html;
  return annotatePage(document.body, { matcher, allowPeople: true, maxPerEntity: 10_000 }, createPageState());
}

describe('createHighlighter', () => {
  it('draws each kind under its own name, on the next frame, without touching the page', () => {
    const mentions = mentionsOn('<p>Wes Streeting backed the NHS Reinstatement Bill.</p>');
    const html = document.body.innerHTML;
    const fake = fakeApi();
    const highlighter = createHighlighter(fake.api);
    highlighter.draw(mentions);
    expect(fake.drawn('bevan-mp')).toEqual([]);
    fake.runFrame();
    expect(fake.drawn('bevan-mp')).toEqual(['Wes Streeting']);
    expect(fake.drawn('bevan-bill')).toEqual(['NHS Reinstatement Bill']);
    expect(document.body.innerHTML).toBe(html);
  });

  it('draws what a frame cannot take from the viewport down first, then those above it', () => {
    const paragraphs = Array.from({ length: 450 }, (_, index) => `<p>${index}: Wes Streeting spoke.</p>`);
    const mentions = mentionsOn(paragraphs.join(''));
    // The reader has scrolled to paragraph 300: those before it are above the viewport.
    const boxes = new Map(mentions.map((mention, index) => [mention.range, { top: (index - 300) * 20 }]));
    for (const mention of mentions) {
      mention.range.getBoundingClientRect = () => ({ bottom: boxes.get(mention.range)!.top + 16 }) as DOMRect;
    }
    const fake = fakeApi();
    const highlighter = createHighlighter(fake.api, { rangesPerFrame: 100 });
    highlighter.draw(mentions);
    const drawnAt = (mention: Mention) => (fake.registry.get('bevan-mp') as unknown as Set<Range>).has(mention.range);
    fake.runFrame();
    expect(mentions.filter(drawnAt)).toEqual(mentions.slice(300, 400));
    // The rest below it, then upwards from just above the viewport: a second later, as each frame repaints the page.
    expect(fake.frames).toHaveLength(0);
    fake.advance(DRAW_INTERVAL_MS);
    fake.runFrame();
    expect(mentions.filter(drawnAt)).toEqual(mentions.slice(250, 450));
    for (let second = 0; second < 5; second++) {
      fake.advance(DRAW_INTERVAL_MS);
      fake.runFrame();
    }
    expect(mentions.every(drawnAt)).toBe(true);
  });

  it('draws what is waiting in one frame, and what comes after at most once a second', () => {
    const mentions = mentionsOn('<p>Wes Streeting backed the NHS Reinstatement Bill.</p>');
    const fake = fakeApi();
    const highlighter = createHighlighter(fake.api);
    highlighter.draw([mentions[0]]);
    highlighter.draw([mentions[1]]);
    fake.runFrame();
    expect([fake.drawn('bevan-mp'), fake.drawn('bevan-bill')]).toEqual([['Wes Streeting'], ['NHS Reinstatement Bill']]);
    highlighter.erase(mentions);
    highlighter.draw(mentions);
    expect(fake.frames).toHaveLength(0);
    fake.advance(DRAW_INTERVAL_MS - 1);
    expect(fake.frames).toHaveLength(0);
    fake.advance(1);
    fake.runFrame();
    expect(fake.drawn('bevan-mp')).toEqual(['Wes Streeting']);
  });

  describe('while a page is being read', () => {
    /** Two slices' mentions, each found with more of the page to read; `then` ends the wait (a third is at hand). */
    function twoSlices(then: (fake: ReturnType<typeof fakeApi>, highlighter: Highlighter, third: Mention) => void) {
      const [streeting, bill, third] = mentionsOn(
        '<p>Wes Streeting backed the NHS Reinstatement Bill. Wes Streeting</p>',
      );
      const fake = fakeApi();
      const highlighter = createHighlighter(fake.api);
      highlighter.draw([streeting], true);
      fake.advance(MAX_HOLD_MS - 1);
      highlighter.draw([bill], true);
      expect(fake.frames).toHaveLength(0);
      then(fake, highlighter, third);
      fake.runFrame();
      // All in one frame: the page repaints once.
      return [fake.drawn('bevan-mp'), fake.drawn('bevan-bill')];
    }
    const both = [['Wes Streeting'], ['NHS Reinstatement Bill']];

    it('draws what was found once reading is done', () => {
      expect(twoSlices((_, highlighter) => highlighter.readingDone())).toEqual(both);
    });

    it('draws it with the last slice’s own mentions', () => {
      expect(twoSlices((_, highlighter, third) => highlighter.draw([third]))).toEqual([
        ['Wes Streeting', 'Wes Streeting'],
        ['NHS Reinstatement Bill'],
      ]);
    });

    it('draws what waits after MAX_HOLD_MS when reading takes longer', () => {
      expect(twoSlices((fake) => fake.advance(1))).toEqual(both);
    });
  });

  it('erases mentions, marks one apart, and clears every highlight of its own', () => {
    const mentions = mentionsOn('<p>Wes Streeting backed the NHS Reinstatement Bill.</p>');
    const fake = fakeApi();
    fake.registry.set('page-own', new Set() as unknown as Highlight);
    const highlighter = createHighlighter(fake.api);
    highlighter.draw(mentions);
    fake.runFrame();
    highlighter.focus(mentions[1]);
    expect(fake.drawn(FOCUS_HIGHLIGHT)).toEqual(['NHS Reinstatement Bill']);
    highlighter.erase([mentions[1]]);
    expect(fake.drawn('bevan-bill')).toEqual([]);
    expect(fake.drawn(FOCUS_HIGHLIGHT)).toEqual([]);
    highlighter.clear();
    expect([...fake.registry.keys()]).toEqual(['page-own']);
  });

  describe('a page whose underline would be slow to repaint', () => {
    it('is drawn as a tint from its first frame when its text is longer than the limit', () => {
      const drawnOnPageOf = (characters: number) => {
        const mentions = mentionsOn('<p>Wes Streeting backed the NHS Reinstatement Bill.</p>');
        const fake = fakeApi();
        const highlighter = createHighlighter(fake.api, { pageCharacters: () => characters });
        highlighter.draw(mentions);
        fake.runFrame();
        highlighter.focus(mentions[0]);
        return [...fake.registry.keys()].map((name) => `${name}: ${fake.drawn(name).join(', ')}`);
      };
      expect(drawnOnPageOf(UNDERLINE_LIMITS.pageCharacters)).toEqual([
        'bevan-mp: Wes Streeting',
        'bevan-bill: NHS Reinstatement Bill',
        'bevan-focus: Wes Streeting',
      ]);
      expect(drawnOnPageOf(UNDERLINE_LIMITS.pageCharacters + 1)).toEqual([
        'bevan-mp-tint: Wes Streeting',
        'bevan-bill-tint: NHS Reinstatement Bill',
        'bevan-focus-tint: Wes Streeting',
      ]);
    });

    it('moves what is drawn to the tint, the open mention too, once its mentions pass the limit', () => {
      const paragraphs = UNDERLINE_LIMITS.ranges + 1;
      const mentions = mentionsOn('<p>Wes Streeting spoke.</p>'.repeat(paragraphs));
      expect(mentions).toHaveLength(paragraphs);
      const fake = fakeApi();
      const highlighter = createHighlighter(fake.api);
      highlighter.draw(mentions.slice(0, 10));
      fake.runFrame();
      highlighter.focus(mentions[0]);
      expect([fake.drawn('bevan-mp').length, fake.drawn(FOCUS_HIGHLIGHT)]).toEqual([10, ['Wes Streeting']]);
      highlighter.draw(mentions.slice(10));
      fake.advance(DRAW_INTERVAL_MS);
      fake.runFrame();
      expect([...fake.registry.keys()].sort()).toEqual(['bevan-focus-tint', 'bevan-mp-tint']);
      expect([fake.drawn('bevan-mp-tint').length, fake.drawn(FOCUS_TINT)]).toEqual([paragraphs, ['Wes Streeting']]);
      highlighter.clear();
      expect([...fake.registry.keys()]).toEqual([]);
    });

    it('keeps the underline while erased mentions keep it under the limit', () => {
      const mentions = mentionsOn('<p>Wes Streeting spoke.</p>'.repeat(UNDERLINE_LIMITS.ranges));
      const fake = fakeApi();
      const highlighter = createHighlighter(fake.api);
      highlighter.draw(mentions);
      fake.runFrame();
      highlighter.erase(mentions.slice(0, 1));
      highlighter.draw(mentions.slice(0, 1));
      fake.advance(DRAW_INTERVAL_MS);
      fake.runFrame();
      expect([...fake.registry.keys()]).toEqual(['bevan-mp']);
      expect(fake.drawn('bevan-mp')).toHaveLength(UNDERLINE_LIMITS.ranges);
    });
  });

  it('does not draw what was erased before its frame came', () => {
    const mentions = mentionsOn('<p>Wes Streeting backed the NHS Reinstatement Bill.</p>');
    const fake = fakeApi();
    const highlighter = createHighlighter(fake.api);
    highlighter.draw(mentions);
    highlighter.erase([mentions[0]]);
    fake.runFrame();
    expect(fake.drawn('bevan-mp')).toEqual([]);
    expect(fake.drawn('bevan-bill')).toEqual(['NHS Reinstatement Bill']);
  });
});
