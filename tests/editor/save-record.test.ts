/** Saving a form through the real request handlers: ids made free, refusals placed beside their fields. */
import { describe, expect, it } from 'vitest';
import { sendRequest, type Ask } from '@/utils/messages';
import { checkBill, isBillField } from '@/utils/editor/record-checks';
import { emptyBillDraft, newBillId, type BillDraft } from '@/utils/editor/record-drafts';
import { saveRecordDraft } from '@/utils/editor/save-record';
import { extensionPage, startBackground } from '../helpers/background';

async function editorAsk() {
  let notified = 0;
  const { db, from } = await startBackground({ controls: { notifyTabs: () => void notified++ } });
  const ask = ((type, payload) => sendRequest(from(extensionPage('editor.html')), type, payload)) as Ask;
  return { db, ask, notified: () => notified };
}

const draft: BillDraft = {
  ...emptyBillDraft(),
  shortTitle: 'Public Health Service Bill',
  session: '2026-27',
  sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' }],
};

function save(ask: Ask, bill: BillDraft, existingId: string | null = null) {
  return saveRecordDraft(ask, {
    store: 'bills',
    existingId,
    newId: () => newBillId(bill),
    check: (id) => checkBill(bill, { today: '2026-11-25', id }),
    isField: isBillField,
  });
}

describe('saveRecordDraft', () => {
  it('saves a new bill under an id made from its title, and tells open tabs', async () => {
    const { db, ask, notified } = await editorAsk();
    const saved = await save(ask, draft);
    expect(saved.ok && saved.record.id).toBe('public-health-service-bill-2026-27');
    expect(await db.get('bills', 'public-health-service-bill-2026-27')).toMatchObject({ origin: 'campaigner' });
    expect(notified()).toBe(1);
  });

  it('never overwrites another record with a new one: a taken id gets a suffix', async () => {
    const { db, ask } = await editorAsk();
    const bundled = await db.count('bills');
    await save(ask, draft);
    const second = await save(ask, { ...draft, aliases: 'Another one' });
    expect(second.ok && second.record.id).toBe('public-health-service-bill-2026-27-2');
    expect(await db.count('bills')).toBe(bundled + 2);
    // A new bill named like a bundled one does not touch it either.
    const clash = await save(ask, { ...draft, shortTitle: 'NHS Bill', session: '2015-16' });
    expect(clash.ok && clash.record.id).toBe('nhs-bill-2015-16-2');
    expect((await db.get('bills', 'nhs-bill-2015-16'))?.origin).toBe('bundled');
  });

  it('places what the background refuses beside the field it names, saving nothing', async () => {
    const { db, ask } = await editorAsk();
    const bundled = await db.count('bills');
    const refused = await save(ask, { ...draft, sponsor: { id: 424242, name: 'Nobody' } });
    expect(refused).toEqual({ ok: false, errors: { sponsorId: 'no MP with id 424242 in the dataset' } });
    expect(await db.count('bills')).toBe(bundled);
  });

  it('does not ask the background at all when the draft is wrong', async () => {
    let asked = 0;
    const ask = (async () => {
      asked++;
      return { ok: true, data: null };
    }) as unknown as Ask;
    const refused = await save(ask, { ...draft, session: 'soon' });
    expect(refused).toEqual({ ok: false, errors: { session: 'Use a session such as 2015-16' } });
    expect(asked).toBe(0);
  });
});
