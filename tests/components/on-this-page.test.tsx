import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { OnThisPage } from '@/components/popup/OnThisPage';
import type { ListedMention } from '@/utils/tab-events';
import { groupMentions } from '@/utils/popup/page-mentions';

const at = { x: 0, y: 0, width: 10, height: 10 };
const mention = (kind: ListedMention['kind'], id: string, text: string): ListedMention => ({
  kind,
  id,
  text,
  context: text,
  rect: at,
});
const demo = [
  mention('dispute', 'junior-doctors-dispute', 'Junior doctors strike'),
  mention('mp', '1572', 'Jeremy Hunt'),
  mention('mp', '1572', 'Hunt'),
  mention('bill', 'nhs-bill-2015-16', 'NHS Reinstatement Bill'),
  mention('bill', 'nhs-bill-2015-16', 'National Health Service Bill 2015-16'),
  mention('mp', '1572', 'Hunt'),
];

describe("the popup's On this page", () => {
  it('groups mentions by what they name, in the order the page first names each, with the fullest name', () => {
    expect(groupMentions(demo)).toEqual([
      { kind: 'dispute', id: 'junior-doctors-dispute', name: "The junior (resident) doctors' dispute", count: 1 },
      { kind: 'mp', id: '1572', name: 'Jeremy Hunt', count: 3 },
      { kind: 'bill', id: 'nhs-bill-2015-16', name: 'National Health Service Bill 2015-16', count: 2 },
    ]);
  });

  it('names an MP first met by their post ("the health secretary") by their name once the page gives it', () => {
    const byRole = [mention('mp', '1572', 'health secretary'), mention('mp', '1572', 'Hunt')];
    expect(groupMentions(byRole)).toEqual([{ kind: 'mp', id: '1572', name: 'Hunt', count: 2 }]);
    expect(groupMentions(byRole.slice(0, 1))[0]?.name).toBe('health secretary');
  });

  it('lists them as buttons that take the reader to each, and says so when Bevan is not reading the page', async () => {
    const shown: string[] = [];
    const container = document.createElement('div');
    render(
      <OnThisPage
        tabId={7}
        listMentions={async () => demo}
        showMention={(tab, { kind, id }) => shown.push(`${tab} ${kind}:${id}`)}
      />,
      container,
    );
    await vi.waitFor(() => expect(container.textContent).toContain('Jeremy Hunt MP · 3 times'));
    const buttons = [...container.querySelectorAll('button')];
    buttons[1].click();
    expect(shown).toEqual(['7 mp:1572']);

    render(
      <OnThisPage tabId={7} listMentions={async () => null} showMention={() => undefined} />,
      ((container.innerHTML = ''), container),
    );
    await vi.waitFor(() => expect(container.textContent).toBe('Bevan is not reading this page.'));
  });
});
