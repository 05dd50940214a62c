/**
 * Add from Parliament in happy-dom with a stand-in for the background: bad input is refused with a clear message
 * before anything is asked, a search lists each bill's session and stage, and adding one hands its id on.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { AddFromParliament } from '@/components/editor/AddFromParliament';
import type { Ask, RequestType } from '@/utils/messages';

function standIn(answers: Partial<Record<RequestType, (payload: never) => unknown>>) {
  const asked: { type: string; payload: unknown }[] = [];
  const ask = (async (type: RequestType, payload: never) => {
    asked.push({ type, payload });
    return answers[type]?.(payload) ?? { ok: false, error: { code: 'internal', message: `no answer for ${type}` } };
  }) as Ask;
  return { ask, asked };
}

let container: HTMLDivElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(ask: Ask, onAdded = (_id: string, _title: string) => undefined) {
  container = document.createElement('div');
  document.body.append(container);
  render(<AddFromParliament ask={ask} onAdded={onAdded} />, container);
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function search(words: string) {
  const input = container.querySelector<HTMLInputElement>('#parliament-search')!;
  input.value = words;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  await settle();
}

const hit = {
  parliamentBillId: 4100,
  shortTitle: 'Example Health Bill',
  session: '2026-27',
  currentStage: '2nd reading',
  house: 'Commons',
  isAct: false,
  withdrawn: false,
  existingBillId: null,
};

it('refuses markup and 1,000 characters with a clear message, asking nothing', async () => {
  const { ask, asked } = standIn({});
  await mount(ask);
  await search('<b>Health</b>');
  expect(container.querySelector('[role=alert]')!.textContent).toBe('Search with plain words: no < or > characters.');
  await search('h'.repeat(1000));
  expect(container.querySelector('[role=alert]')!.textContent).toMatch(/That is 1000 characters/);
  expect(asked).toEqual([]);
});

it("lists Parliament's bills with their session and stage, and adding one hands its id on", async () => {
  const added: string[] = [];
  const { ask, asked } = standIn({
    searchParliamentBills: () => ({
      ok: true,
      data: {
        hits: [
          hit,
          {
            ...hit,
            parliamentBillId: 4101,
            shortTitle: 'Older Health Bill',
            existingBillId: 'older-health-bill-2026-27',
          },
        ],
        total: 2,
      },
    }),
    addBillFromParliament: () => ({
      ok: true,
      data: { id: 'example-health-bill-2026-27', shortTitle: 'Example Health Bill' },
    }),
  });
  await mount(ask, (id) => void added.push(id));
  await search('example health');
  const items = [...container.querySelectorAll('li')];
  expect(items[0].textContent).toContain('Session 2026-27 · now at 2nd reading (Commons)');
  expect(items[1].querySelector('a')!.textContent).toBe('Already in Bevan: open it');
  expect(container.querySelector('[role=status]')!.textContent).toBe('2 bills match.');
  await act(() => items[0].querySelector('button')!.click());
  await settle();
  expect(asked.at(-1)).toEqual({ type: 'addBillFromParliament', payload: { parliamentBillId: 4100, aliases: [] } });
  expect(added).toEqual(['example-health-bill-2026-27']);
});

it("shows the background's refusal in its words", async () => {
  const { ask } = standIn({
    searchParliamentBills: () => ({
      ok: false,
      error: { code: 'not-found', message: 'Parliament has no bill numbered 999999. Nothing was added.' },
    }),
  });
  await mount(ask);
  await search('999999');
  expect(container.querySelector('[role=alert]')!.textContent).toBe(
    'Parliament has no bill numbered 999999. Nothing was added.',
  );
});
