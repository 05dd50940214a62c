/**
 * The editor's forms in happy-dom with a stand-in for the background: each
 * error appears beside its field (and the field points at it), nothing is
 * sent while the form is wrong, a refusal from the background lands on the
 * field it names, and a pack's problems are listed by path.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BillForm } from '@/components/editor/BillForm';
import { ImportPackForm } from '@/components/editor/ImportPackForm';
import { PersonPicker } from '@/components/editor/PersonPicker';
import { StanceForm } from '@/components/editor/StanceForm';
import type { PersonChoice } from '@/utils/editor/record-drafts';
import type { Ask, RequestType } from '@/utils/messages';
import type { MessageError } from '@/utils/result';
import { bundledDataset } from '../helpers/dataset';
import { fixtureText } from '../packs/pack-helpers';

type Answer = { ok: true; data: unknown } | { ok: false; error: MessageError };

/** A background stand-in: answers per request type, remembering what was asked. */
function standIn(answers: Partial<Record<RequestType, (payload: never) => Answer>>) {
  const asked: { type: string; payload: unknown }[] = [];
  const ask = (async (type: RequestType, payload: never) => {
    asked.push({ type, payload });
    const answer = answers[type];
    return answer ? answer(payload) : { ok: false, error: { code: 'internal', message: `no answer for ${type}` } };
  }) as Ask;
  return { ask, asked, types: () => asked.map((entry) => entry.type) };
}

const noBills = () => ({ ok: true as const, data: { total: 0, items: [] } });

let container: HTMLDivElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(node: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

async function type(selector: string, value: string) {
  const field = container.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`No field ${selector}`);
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(name: string | RegExp) {
  const button = [...container.querySelectorAll('button')].find((candidate) =>
    typeof name === 'string' ? candidate.textContent?.trim() === name : name.test(candidate.textContent ?? ''),
  );
  if (!button) throw new Error(`No button ${name}`);
  await act(() => button.click());
  await settle();
}

/** The error shown beside a field, checking that the field points at it and says it is invalid. */
function errorBeside(id: string): string | null {
  const field = container.querySelector(`#${id}`)!;
  const error = container.querySelector(`#${id}-error`);
  if (!error) return null;
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(`${id}-error`);
  if (field.tagName !== 'BUTTON') expect(field.getAttribute('aria-invalid')).toBe('true');
  return error.textContent?.replace(/^Error: /, '') ?? null;
}

const today = '2026-11-25';

describe('the bill form', () => {
  it('shows each error beside its field, moves focus to the first, and sends nothing', async () => {
    const { ask, types } = standIn({});
    mount(<BillForm ask={ask} bill={null} readOnlyReason={null} today={today} onDone={() => undefined} />);
    await type('#bill-aliases', 'NHS Bill\n<i>Test</i>');
    await type('#bill-session', '2026');
    await type('#bill-sources-0-url', 'javascript:alert(1)');
    await press('Save');

    expect(errorBeside('bill-shortTitle')).toBe('Required');
    expect(errorBeside('bill-aliases')).toBe('Line 2: Plain text only: no < or > characters');
    expect(errorBeside('bill-session')).toBe('Use a session such as 2015-16');
    expect(errorBeside('bill-sources-0-url')).toBe('Must be an https:// address');
    expect(errorBeside('bill-type')).toBeNull();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/4 fields need changing/);
    expect(document.activeElement?.id).toBe('bill-shortTitle');
    expect(types()).toEqual([]);
  });

  it('clears an error as the reader fixes it', async () => {
    const { ask } = standIn({});
    mount(<BillForm ask={ask} bill={null} readOnlyReason={null} today={today} onDone={() => undefined} />);
    await press('Save');
    expect(errorBeside('bill-session')).toBe('Required');
    await type('#bill-session', '2026');
    expect(errorBeside('bill-session')).toBe('Use a session such as 2015-16');
    await type('#bill-session', '2026-27');
    expect(errorBeside('bill-session')).toBeNull();
  });

  it('shows the errors of a stage beside the stage’s fields', async () => {
    const { ask } = standIn({});
    mount(<BillForm ask={ask} bill={null} readOnlyReason={null} today={today} onDone={() => undefined} />);
    await press('Add a stage');
    await type('#bill-stages-0-stage', '2nd reading');
    await type('#bill-stages-0-date', '2027-03-01');
    await type('#bill-stages-0-dateEnd', '2027-02-01');
    await type('#bill-stages-0-source-url', 'http://example.org');
    await press('Save');
    // A stage after today is an announced reading, not a mistake; an end before its start is.
    expect(errorBeside('bill-stages-0-date')).toBeNull();
    expect(errorBeside('bill-stages-0-dateEnd')).toBe('Ends before it starts');
    expect(errorBeside('bill-stages-0-source-url')).toBe('Must be an https:// address');
  });

  it("places the background's refusal beside the field it names", async () => {
    const { ask, types } = standIn({
      getRecord: () => ({ ok: true, data: null }),
      saveRecord: () => ({
        ok: false,
        error: { code: 'invalid-request', message: 'record.sponsorId: no MP with id 99 in the dataset' },
      }),
    });
    const bill = { ...bundledDataset().bills[0], origin: 'campaigner' as const, sponsorId: 99, sponsorName: 'Test' };
    let done: string | null | undefined;
    mount(
      <BillForm ask={ask} bill={bill} readOnlyReason={null} today={today} onDone={(message) => (done = message)} />,
    );
    await press('Save');
    expect(types()).toEqual(['saveRecord']);
    expect(errorBeside('bill-sponsorId')).toBe('no MP with id 99 in the dataset');
    expect(done).toBeUndefined();
  });

  it('shows a bundled bill read-only, offering a stance about it', async () => {
    const { ask } = standIn({});
    const bill = bundledDataset().bills[0];
    mount(
      <BillForm
        ask={ask}
        bill={bill}
        readOnlyReason="It comes with Bevan (the bundled data), so it cannot be changed here."
        today={today}
        onDone={() => undefined}
      />,
    );
    expect(container.querySelector<HTMLFieldSetElement>('fieldset.bevan-plain-fieldset')?.disabled).toBe(true);
    expect(container.querySelector<HTMLInputElement>('#bill-shortTitle')?.value).toBe(bill.shortTitle);
    expect([...container.querySelectorAll('button')].map((button) => button.textContent)).not.toContain('Save');
    expect(container.querySelector('a')?.getAttribute('href')).toBe(`#stances/new?bill=${bill.id}`);
  });

  it('will not delete a bill that stances are about', async () => {
    const { ask, types } = standIn({ listRecords: () => ({ ok: true, data: { total: 2, items: [] } }) });
    const bill = { ...bundledDataset().bills[0], origin: 'campaigner' as const };
    mount(<BillForm ask={ask} bill={bill} readOnlyReason={null} today={today} onDone={() => undefined} />);
    await press('Delete');
    await press('Yes, delete');
    expect(container.querySelector('.bevan-confirm [role="alert"]')?.textContent).toBe(
      '2 stances are about this bill: delete them first, or change their subject.',
    );
    expect(types()).not.toContain('deleteRecord');
  });
});

describe('the stance form', () => {
  it('asks for the MP, the bill and the position beside each', async () => {
    const { ask, types } = standIn({ listRecords: noBills });
    mount(
      <StanceForm
        ask={ask}
        stance={null}
        personName={null}
        aboutBill={undefined}
        readOnlyReason={null}
        today={today}
        onDone={() => undefined}
      />,
    );
    await settle();
    const billRadio = container.querySelectorAll<HTMLInputElement>('input[type="radio"]')[0];
    await act(() => billRadio.click());
    await press('Save');
    expect(errorBeside('stance-personId')).toBe('Choose the MP');
    expect(errorBeside('stance-subject-billId')).toBe('Choose the bill');
    expect(errorBeside('stance-position')).toBe('Choose a position');
    expect(errorBeside('stance-date')).toBe('Required');
    expect(types()).toEqual(['listRecords']);
  });
});

describe('the MP picker', () => {
  it('searches as the reader types; arrow keys and Enter choose', async () => {
    const { ask, asked } = standIn({
      searchPeople: () => ({
        ok: true,
        data: [
          { id: 3930, name: 'Caroline Lucas', sitting: false },
          { id: 4000, name: 'Test Person (test data)', sitting: true },
        ],
      }),
    });
    let chosen: PersonChoice | null = null;
    mount(<PersonPicker ask={ask} id="mp" label="MP" value={null} onChange={(person) => (chosen = person)} />);
    await type('#mp', 'luc');
    await wait(200);
    expect(asked).toEqual([{ type: 'searchPeople', payload: { query: 'luc', limit: 8 } }]);
    const input = container.querySelector<HTMLInputElement>('#mp')!;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect([...container.querySelectorAll('[role="option"]')].map((option) => option.textContent)).toEqual([
      'Caroline Lucas former MP',
      'Test Person (test data) sitting MP',
    ]);
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(input.getAttribute('aria-activedescendant')).toBe('mp-option-1');
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(chosen).toEqual({ id: 4000, name: 'Test Person (test data)' });
  });
});

// Chooses a pack file in the import form, as the reader would.
async function choose(name: string, text: string) {
  const input = container.querySelector<HTMLInputElement>('#pack-file')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await wait(20);
}
const permission = { requestHostPermission: async () => true };

describe('importing a pack: refusals', () => {
  it("lists a refused pack's problems by path, and imports nothing", async () => {
    const { ask, types } = standIn({
      previewPack: () => ({
        ok: true,
        data: { valid: false, errors: ['bills.0.sources.0.url: Must be an https:// address'] },
      }),
    });
    mount(<ImportPackForm ask={ask} browser={permission} onChanged={() => undefined} />);
    await choose('unsafe-urls.json', fixtureText('unsafe-urls.json'));
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^“unsafe-urls\.json” cannot be imported\. Nothing was changed\./);
    expect(alert.querySelector('li code')?.textContent).toBe('bills.0.sources.0.url');
    expect(types()).toEqual(['previewPack']);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { ask, types } = standIn({});
    mount(<ImportPackForm ask={ask} browser={permission} onChanged={() => undefined} />);
    await choose('huge.json', ' '.repeat(5 * 1024 * 1024 + 10));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /The file is 5\.1 MB; a data pack can be at most 5 MB/,
    );
    expect(types()).toEqual([]);
  });
});

describe('importing a pack: preview and addresses', () => {
  it('previews, then imports the very text it previewed', async () => {
    const text = fixtureText('good-pack.json');
    const preview = {
      pack: JSON.parse(text).pack,
      origin: 'pack:nhs-campaign-fixture',
      installed: null,
      stores: {
        bills: {
          adds: [{ id: 'b', title: 'Publicly Funded NHS Bill 2025-26' }],
          updates: [],
          removes: [],
          conflicts: [],
          unchanged: 0,
        },
        stances: { adds: [], updates: [], removes: [], conflicts: [], unchanged: 0 },
        disputeEvents: { adds: [], updates: [], removes: [], conflicts: [], unchanged: 0 },
      },
    };
    let changed = 0;
    const { ask, asked } = standIn({
      previewPack: () => ({ ok: true, data: { valid: true, preview } }),
      importPack: () => ({
        ok: true,
        data: {
          origin: 'pack:nhs-campaign-fixture',
          packName: 'NHS campaign group (test fixture)',
          added: 1,
          updated: 0,
          removed: 0,
          unchanged: 0,
          conflicts: 0,
          subscribed: false,
        },
      }),
    });
    mount(<ImportPackForm ask={ask} browser={permission} onChanged={() => changed++} />);
    await choose('good-pack.json', text);
    expect(container.textContent).toContain('Adds: 1 bill');
    expect(container.textContent).toContain('Bill: Publicly Funded NHS Bill 2025-26');
    await press('Import this pack');
    expect(asked.at(-1)).toEqual({
      type: 'importPack',
      payload: { text, sourceUrl: null, subscribe: false, restore: false },
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Imported “NHS campaign group (test fixture)”: 1 added.',
    );
    expect(changed).toBe(1);
  });

  it('asks for permission to read an address before fetching it, and says when it was refused', async () => {
    const { ask, types } = standIn({});
    mount(
      <ImportPackForm ask={ask} browser={{ requestHostPermission: async () => false }} onChanged={() => undefined} />,
    );
    await type('#pack-url', 'http://example.org/pack.json');
    await press('Fetch');
    expect(errorBeside('pack-url')).toBe('Enter an https:// address');
    await type('#pack-url', 'https://example.org/pack.json');
    await press('Fetch');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Bevan needs your permission to read example.org. Nothing was fetched.',
    );
    expect(types()).toEqual([]);
  });
});
