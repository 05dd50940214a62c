import { describe, expect, it } from 'vitest';
import { createPageState, annotatePage } from '@/utils/page/annotate';
import { compileMatcher } from '@/utils/matching/compile';
import type { Mention } from '@/utils/page/mention-index';
import { createHighlighter, FOCUS_HIGHLIGHT, RANGES_PER_FRAME, type HighlightApi } from '@/utils/page/highlights';

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
  const api: HighlightApi = {
    registry,
    create: () => new Set<AbstractRange>() as unknown as Highlight,
    frame: (work) => frames.push(work),
  };
  const drawn = (name: string) => [...((registry.get(name) as unknown as Set<Range>) ?? [])].map(String);
  const runFrame = () => frames.splice(0).forEach((work) => work());
  return { api, registry, drawn, runFrame, frames };
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

  it('draws a long page a batch a frame, from the viewport down first, then those above it', () => {
    const paragraphs = Array.from({ length: 450 }, (_, index) => `<p>${index}: Wes Streeting spoke.</p>`);
    const mentions = mentionsOn(paragraphs.join(''));
    // The reader has scrolled to paragraph 300: those before it are above the viewport.
    const boxes = new Map(mentions.map((mention, index) => [mention.range, { top: (index - 300) * 20 }]));
    for (const mention of mentions) {
      mention.range.getBoundingClientRect = () => ({ bottom: boxes.get(mention.range)!.top + 16 }) as DOMRect;
    }
    const fake = fakeApi();
    const highlighter = createHighlighter(fake.api);
    highlighter.draw(mentions);
    const drawnAt = (mention: Mention) => (fake.registry.get('bevan-mp') as unknown as Set<Range>).has(mention.range);
    fake.runFrame();
    expect(mentions.filter(drawnAt)).toEqual(mentions.slice(300, 300 + RANGES_PER_FRAME));
    // The rest below it, then upwards from just above the viewport.
    fake.runFrame();
    expect(mentions.filter(drawnAt)).toEqual(mentions.slice(250, 450));
    while (fake.frames.length) fake.runFrame();
    expect(mentions.every(drawnAt)).toBe(true);
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
