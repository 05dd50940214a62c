/** A bill made from Parliament's keeps its Parliament id when the campaigner edits it (the form does not show it). */
import { expect, it } from 'vitest';
import { checkBill } from '@/utils/editor/record-checks';
import { billDraft, emptyBillDraft } from '@/utils/editor/record-drafts';
import type { Bill } from '@/utils/data/schema';

const bill: Bill = {
  id: 'example-health-bill-2026-27',
  shortTitle: 'Example Health Bill',
  aliases: [],
  session: '2026-27',
  type: 'Government Bill',
  house: 'Commons',
  sponsorId: null,
  sponsorName: 'A Sponsor',
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [{ url: 'https://bills.parliament.uk/bills/4100', label: 'UK Parliament' }],
  parliamentBillId: 4100,
  longTitle: 'A Bill to make provision about example health services.',
  origin: 'campaigner',
};

it('keeps the Parliament id, long title and a sponsor Bevan has no MP for through an edit that adds a name the press uses', () => {
  const draft = { ...billDraft(bill), aliases: 'the example bill' };
  const checked = checkBill(draft, { today: '2026-12-06', id: bill.id });
  expect(checked).toEqual({ ok: true, record: { ...bill, aliases: ['the example bill'] } });
});

it('gives a bill typed by hand no Parliament id', () => {
  const checked = checkBill(
    { ...emptyBillDraft(), shortTitle: 'Typed Bill', session: '2026-27', sources: bill.sources },
    { today: '2026-12-06', id: 'typed-bill-2026-27' },
  );
  expect(checked.ok && 'parliamentBillId' in checked.record).toBe(false);
});
