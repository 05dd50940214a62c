import { describe, expect, it } from 'vitest';
import { annotatePage } from '@/utils/page/annotate';
import { createPageState } from '@/utils/page/page-state';
import { compileMatcher } from '@/utils/matching/compile';

const matcher = compileMatcher(
  {
    version: 'test',
    people: [{ id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] }],
    bills: [{ id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' }],
  },
  '2025-07-25',
);

function readPage(html: string) {
  document.body.innerHTML = html;
  const state = createPageState();
  annotatePage(document.body, { matcher, allowPeople: true, maxPerEntity: 10 }, state);
  return state.found;
}

describe('MentionIndex', () => {
  it('finds mentions by the text nodes they cover and by the elements their text is in', () => {
    const index = readPage('<p>Said <b>Wes</b> Streeting, then the NHS Reinstatement Bill.</p>');
    const [wes, bill] = index.inPageOrder();
    const bold = document.querySelector('b')!;
    const paragraph = document.querySelector('p')!;
    expect(index.on(bold.firstChild!)).toEqual([wes]);
    expect(index.on(bold.nextSibling!)).toEqual([wes, bill]);
    expect(index.on(paragraph.firstChild!)).toEqual([]);
    expect(index.inElement(bold)).toEqual([wes]);
    expect(index.inElement(paragraph)).toEqual([wes, bill]);
    index.remove(wes);
    expect(index.inElement(bold)).toEqual([]);
    expect(index.on(bold.nextSibling!)).toEqual([bill]);
  });

  it('lists mentions in page order, whatever order they were found in', () => {
    const index = readPage('<ul><li>Wes Streeting</li><li>NHS Reinstatement Bill</li></ul>');
    const list = document.querySelector('ul')!;
    list.prepend(list.lastElementChild!);
    expect(index.inPageOrder().map(({ text }) => text)).toEqual(['NHS Reinstatement Bill', 'Wes Streeting']);
  });

  it('prunes only the mentions the page broke, and only where asked', () => {
    const index = readPage('<p id="one">Wes Streeting</p><p id="two">Wes Streeting and the NHS Reinstatement Bill</p>');
    const [first, second, third] = index.inPageOrder();
    (document.getElementById('one')!.firstChild as Text).data = 'Someone else';
    (document.getElementById('two')!.firstChild as Text).data = 'Nobody';
    const two = document.getElementById('two')!;
    expect(index.prune((node) => two.contains(node))).toEqual([second, third]);
    expect(index.inPageOrder()).toEqual([first]);
    expect(index.prune()).toEqual([first]);
    expect(index.size).toBe(0);
    expect(index.on(document.getElementById('one')!.firstChild!)).toEqual([]);
  });
});
