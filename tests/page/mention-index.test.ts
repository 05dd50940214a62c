import { describe, expect, it, vi } from 'vitest';
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

  it('orders mentions found in page order by asking each earlier node where the next one is', () => {
    // The browser answers that way round at once; the other way it walks back through every sibling before.
    const index = readPage('<p>Wes Streeting.</p><p>The NHS Reinstatement Bill.</p><p>Wes Streeting again.</p>');
    const compare = Node.prototype.compareDocumentPosition;
    const askedFromLater: string[] = [];
    const spy = vi.spyOn(Node.prototype, 'compareDocumentPosition').mockImplementation(function (this: Node, other) {
      const answer = compare.call(this, other);
      if (answer & Node.DOCUMENT_POSITION_PRECEDING) askedFromLater.push(`${this.textContent} → ${other.textContent}`);
      return answer;
    });
    try {
      expect(index.inPageOrder().map(({ text }) => text)).toEqual([
        'Wes Streeting',
        'NHS Reinstatement Bill',
        'Wes Streeting',
      ]);
      expect(spy).toHaveBeenCalled();
      expect(askedFromLater).toEqual([]);
    } finally {
      spy.mockRestore();
    }
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
