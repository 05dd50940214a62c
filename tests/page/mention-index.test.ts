import { describe, expect, it } from 'vitest';
import { annotatePage, createPageState } from '@/utils/page/annotate';
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
  it('finds the mention at a place in a text node, its ends included, and none beside it', () => {
    const index = readPage('<p>Said <b>Wes</b> Streeting, then the NHS Reinstatement Bill.</p>');
    const [wes, bill] = index.inPageOrder();
    const bold = document.querySelector('b')!.firstChild!;
    const after = document.querySelector('b')!.nextSibling!;
    expect(index.at(bold, 0)).toBe(wes);
    expect(index.at(after, 10)).toBe(wes);
    expect(index.at(after, 25)).toBe(bill);
    expect(index.at(after, 14)).toBeNull();
    expect(index.at(document.querySelector('p')!.firstChild!, 2)).toBeNull();
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
