import { describe, expect, it } from 'vitest';
import { annotatePage } from '@/utils/page/annotate';
import { createPageState } from '@/utils/page/page-state';
import { compileMatcher } from '@/utils/matching/compile';
import type { Mention } from '@/utils/page/mention-index';
import { announcement, LIST_SLICE_MS, listInSlices, nextMention } from '@/utils/page/mention-list';
import { mentionAtPoint } from '@/utils/page/pointing';

const matcher = compileMatcher(
  {
    version: 'test',
    people: [
      { id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] },
      { id: 3930, names: ['Caroline Lucas'], spells: [['2010-05-06', '2024-05-30']] },
    ],
    bills: [{ id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' }],
  },
  '2016-03-14',
);

function readPage(html: string) {
  document.body.innerHTML = html;
  const state = createPageState();
  annotatePage(document.body, { matcher, allowPeople: true, maxPerEntity: 10 }, state);
  return state;
}

/** Gives each mention a box: `top` in the viewport, one line high. */
function placeAt(mentions: Mention[], tops: number[]) {
  mentions.forEach((mention, index) => {
    const box = {
      x: 10,
      y: tops[index],
      left: 10,
      right: 110,
      top: tops[index],
      bottom: tops[index] + 20,
      width: 100,
      height: 20,
    };
    mention.range.getClientRects = () => [box] as unknown as DOMRectList;
  });
}

describe('listing mentions', () => {
  it("gives each mention's entity, words, the words around it in its block, and its first box", async () => {
    const state = readPage(
      '<h1>Headline</h1><p>Earlier that week, <a href="/wes">Wes</a> Streeting said the NHS Reinstatement Bill was dead.</p>',
    );
    const mentions = state.found.inPageOrder();
    placeAt(mentions, [100, 130]);
    expect(await listInSlices(mentions)).toEqual([
      {
        kind: 'mp',
        id: '4504',
        text: 'Wes Streeting',
        context: 'Earlier that week, Wes Streeting said the NHS Reinstatement Bill was dead.',
        rect: { x: 10, y: 100, width: 100, height: 20 },
      },
      {
        kind: 'bill',
        id: 'nhs-bill-2015-16',
        text: 'NHS Reinstatement Bill',
        context: 'Earlier that week, Wes Streeting said the NHS Reinstatement Bill was dead.',
        rect: { x: 10, y: 130, width: 100, height: 20 },
      },
    ]);
  });

  it('keeps the context to 60 characters either side', async () => {
    const long = 'x'.repeat(100);
    const state = readPage(`<p>${long} Wes Streeting ${long}</p>`);
    const [mention] = state.found.inPageOrder();
    placeAt([mention], [0]);
    const [listing] = await listInSlices([mention]);
    expect(listing.context).toBe(`${'x'.repeat(59)} Wes Streeting ${'x'.repeat(59)}`);
  });

  it('lets the page run between steps of a long listing, and moves the boxes read before a scroll', async () => {
    const state = readPage('<p>Wes Streeting and Caroline Lucas.</p>'.repeat(10));
    const mentions = state.found.inPageOrder();
    placeAt(
      mentions,
      mentions.map((_, index) => index * 30),
    );
    // The clock is read once a mention, 4 ms later each time: a step of at most 10 ms holds two or three mentions.
    const clock = { now: 0 };
    const window = { x: 0, y: 0 };
    const boxesReadAtPauses: number[] = [];
    let boxesRead = 0;
    const listing = await listInSlices(mentions, {
      now: () => (clock.now += 4),
      pause: async () => {
        boxesReadAtPauses.push(boxesRead);
        // The reader scrolls down 100 pixels while the page runs; the boxes read after it are 100 pixels higher.
        window.y += 100;
        for (const mention of mentions.slice(boxesRead)) {
          const box = mention.range.getClientRects()[0];
          mention.range.getClientRects = () =>
            [{ ...box, y: box.y - 100, top: box.top - 100 }] as unknown as DOMRectList;
        }
      },
      boxOf: (mention) => {
        boxesRead++;
        return mention.range.getClientRects()[0];
      },
      scroll: () => ({ ...window }),
    });
    expect(LIST_SLICE_MS).toBe(10);
    expect(boxesReadAtPauses).toEqual([2, 5, 8, 11, 14, 17]);
    expect(listing.map(({ text, rect }) => [text, rect.y])).toEqual(
      mentions.map((mention, index) => [mention.range.toString(), index * 30 - 600]),
    );
  });

  it('announces a mention with its kind and place among the rest', () => {
    const mentions = readPage(
      '<p>Wes Streeting and Caroline Lucas on the NHS Reinstatement Bill.</p>',
    ).found.inPageOrder();
    expect(announcement(mentions[2], mentions)).toBe('NHS Reinstatement Bill, bill: mention 3 of 3');
  });
});

describe('moving between mentions from the keyboard', () => {
  const viewport = 800;
  const three = () => {
    const mentions = readPage(
      '<p>Wes Streeting.</p><p>Caroline Lucas.</p><p>The NHS Reinstatement Bill.</p>',
    ).found.inPageOrder();
    return mentions;
  };

  it('starts from what the reader sees: the first mention in view going forwards, the last in view going back', () => {
    const mentions = three();
    placeAt(mentions, [-300, 200, 1200]);
    expect(nextMention(mentions, null, 'next', viewport)).toBe(mentions[1]);
    expect(nextMention(mentions, null, 'previous', viewport)).toBe(mentions[1]);
  });

  it('goes on from the mention it is on, and wraps round at either end', () => {
    const mentions = three();
    placeAt(mentions, [100, 200, 300]);
    expect(nextMention(mentions, mentions[0], 'next', viewport)).toBe(mentions[1]);
    expect(nextMention(mentions, mentions[2], 'next', viewport)).toBe(mentions[0]);
    expect(nextMention(mentions, mentions[0], 'previous', viewport)).toBe(mentions[2]);
  });

  it('has nowhere to go on a page with no mentions', () => {
    expect(nextMention([], null, 'next', viewport)).toBeNull();
  });
});

describe('what is under the pointer', () => {
  it('is the mention with text in the element the pointer event found, whose box holds the point', () => {
    const state = readPage('<p>Said <b>Wes</b> Streeting today, and <i>more</i>.</p>');
    const [mention] = state.found.inPageOrder();
    placeAt([mention], [100]);
    const paragraph = document.querySelector('p')!;
    // On the words, in either element the name's text is in.
    expect(mentionAtPoint(document, state.found, 50, 110, document.querySelector('b'))).toBe(mention);
    expect(mentionAtPoint(document, state.found, 50, 110, paragraph)).toBe(mention);
    // Beside them on the same line, or over an element that holds none of its text.
    expect(mentionAtPoint(document, state.found, 500, 110, paragraph)).toBeNull();
    expect(mentionAtPoint(document, state.found, 50, 110, document.querySelector('i'))).toBeNull();
    // With no event to say (the page scrolled under a still pointer), the browser is asked for the element.
    const withPoint = document as unknown as { elementFromPoint: unknown };
    const original = withPoint.elementFromPoint;
    withPoint.elementFromPoint = () => paragraph;
    expect(mentionAtPoint(document, state.found, 50, 110)).toBe(mention);
    withPoint.elementFromPoint = original;
  });
});
