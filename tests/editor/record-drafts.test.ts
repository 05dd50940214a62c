import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../helpers/dataset';
import { checkBill, checkDisputeEvent, checkStance, isBillField } from '@/utils/editor/record-checks';
import {
  billDraft,
  disputeEventDraft,
  emptyBillDraft,
  emptyDisputeEventDraft,
  emptyStage,
  emptyStanceDraft,
  newBillId,
  newDisputeEventId,
  newStanceId,
  slugify,
  stanceDraft,
  withSuffix,
} from '@/utils/editor/record-drafts';

const TODAY = '2026-11-25';
const context = (id: string) => ({ today: TODAY, id });

function testBillDraft() {
  return {
    ...emptyBillDraft(),
    shortTitle: 'Public Health Service Bill',
    aliases: 'PHS Bill\n\n  Public Health Bill  \n',
    session: '2026-27',
    sources: [{ url: 'https://example.org/bevan-test-fixture', label: '' }],
  };
}

describe('bills', () => {
  it('turns a good draft into a campaigner record: trimmed, empty lines dropped, a source labelled by its site', () => {
    const checked = checkBill(testBillDraft(), context('public-health-service-bill-2026-27'));
    expect(checked).toEqual({
      ok: true,
      record: {
        id: 'public-health-service-bill-2026-27',
        shortTitle: 'Public Health Service Bill',
        aliases: ['PHS Bill', 'Public Health Bill'],
        session: '2026-27',
        type: "Private Member's Bill",
        house: 'Commons',
        sponsorId: null,
        sponsorName: null,
        stages: [],
        outcome: null,
        actTitle: null,
        sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'example.org' }],
        origin: 'campaigner',
      },
    });
  });

  it('names each wrong field by its path, with words a form can show', () => {
    const draft = {
      ...testBillDraft(),
      shortTitle: ' ',
      aliases: 'Fine\n<b>Bold</b>',
      session: '2026',
      stages: [{ ...emptyStage(), stage: '1st reading', date: '2026-02-30', sourceUrl: 'javascript:alert(1)' }],
      sources: [{ url: 'http://example.org/', label: 'x' }],
    };
    const checked = checkBill(draft, context('x-bill'));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors).toEqual({
      shortTitle: 'Required',
      aliases: 'Line 2: Plain text only: no < or > characters',
      session: 'Use a session such as 2015-16',
      'stages.0.date': 'Not a real calendar date',
      'stages.0.source.url': 'Must be an https:// address',
      'sources.0.url': 'Must be an https:// address',
    });
  });

  it('accepts a stage in the future (a reading announced), and refuses one that ends before it starts', () => {
    const stage = { ...emptyStage(), stage: '2nd reading', sourceUrl: 'https://example.org/s' };
    const draft = {
      ...testBillDraft(),
      stages: [
        { ...stage, date: '2027-01-15' },
        { ...stage, date: '2026-03-10', dateEnd: '2026-03-09' },
      ],
    };
    const checked = checkBill(draft, context('x-bill'));
    expect(!checked.ok && checked.errors).toEqual({ 'stages.1.dateEnd': 'Ends before it starts' });
  });

  it('asks for at least one source', () => {
    const checked = checkBill({ ...testBillDraft(), sources: [] }, context('x-bill'));
    expect(!checked.ok && checked.errors).toEqual({ sources: 'Add at least one' });
  });

  it('round-trips every bundled bill through its draft unchanged but for the origin', () => {
    for (const bill of bundledDataset().bills) {
      const checked = checkBill(billDraft(bill), context(bill.id));
      expect(checked).toEqual({ ok: true, record: { ...bill, origin: 'campaigner' } });
    }
  });

  it('makes an id from the title and session, once', () => {
    expect(newBillId({ shortTitle: 'Public Health Service Bill', session: '2026-27' })).toBe(
      'public-health-service-bill-2026-27',
    );
    expect(newBillId({ shortTitle: 'NHS Bill 2015-16', session: '2015-16' })).toBe('nhs-bill-2015-16');
    expect(newBillId({ shortTitle: '', session: '' })).toBe('bill-new');
    expect(slugify('Thérèse’s Bill: “Care” & More!')).toBe('therese-s-bill-care-more');
    expect(withSuffix('a-bill', 1)).toBe('a-bill');
    expect(withSuffix('a-bill', 3)).toBe('a-bill-3');
  });

  it('knows which of its fields a refused save may name', () => {
    expect(isBillField('sponsorId')).toBe(true);
    expect(isBillField('stages.2.source.url')).toBe(true);
    expect(isBillField('id')).toBe(false);
  });
});

describe('stances', () => {
  const good = {
    ...emptyStanceDraft('nhs-bill-2015-16'),
    person: { id: 3930, name: 'Caroline Lucas' },
    position: 'supports' as const,
    date: '2015-07-01',
    sources: [{ url: 'https://petition.parliament.uk/petitions/124340', label: 'petition.parliament.uk' }],
  };

  it('starts about the bill it was opened from, and checks into a record', () => {
    expect(emptyStanceDraft('nhs-bill-2015-16')).toMatchObject({ subjectKind: 'bill', billId: 'nhs-bill-2015-16' });
    expect(emptyStanceDraft()).toMatchObject({ subjectKind: 'dispute' });
    const checked = checkStance(good, context(newStanceId(good)));
    expect(checked.ok && checked.record).toMatchObject({
      id: 'stance-3930-nhs-bill-2015-16-2015-07-01',
      personId: 3930,
      subject: { kind: 'bill', billId: 'nhs-bill-2015-16' },
      note: null,
    });
    expect(checked.ok && stanceDraft(checked.record, 'Caroline Lucas')).toEqual({
      ...good,
      id: 'stance-3930-nhs-bill-2015-16-2015-07-01',
    });
  });

  it('asks for the MP, the bill and the position in words, not type errors', () => {
    const checked = checkStance(
      { ...emptyStanceDraft(), subjectKind: 'bill', date: '2031-01-01', note: 'a <script>' },
      context('s'),
    );
    expect(!checked.ok && checked.errors).toEqual({
      personId: 'Choose the MP',
      'subject.billId': 'Choose the bill',
      position: 'Choose a position',
      date: 'In the future (today is 2026-11-25): a stance records what was said',
      note: 'Plain text only: no < or > characters',
      // The label left empty is not a second problem: the site's name stands in once the address is given.
      'sources.0.url': 'Required',
    });
  });
});

describe('dispute events', () => {
  it('accepts a month-only start, and refuses an end before it', () => {
    const draft = {
      ...emptyDisputeEventDraft(),
      title: 'Strike announced (test data)',
      kind: 'announcement' as const,
      start: '2025-07',
      sources: [{ url: 'https://example.org/test', label: 'Test' }],
    };
    const checked = checkDisputeEvent(draft, context(newDisputeEventId(draft)));
    expect(checked.ok && checked.record).toMatchObject({ id: 'event-2025-07-strike-announced-test-data', end: null });
    expect(checked.ok && disputeEventDraft(checked.record)).toEqual({
      ...draft,
      id: checked.ok ? checked.record.id : '',
    });
    expect(checkDisputeEvent({ ...draft, start: '2025-13' }, context('e'))).toEqual({
      ok: false,
      errors: { start: 'Not a real month' },
    });
    const backwards = checkDisputeEvent({ ...draft, start: '2025-07-25', end: '2025-07-20' }, context('e'));
    expect(!backwards.ok && backwards.errors).toEqual({ end: 'Ends before it starts' });
  });

  it('asks what kind of event it was', () => {
    const checked = checkDisputeEvent(
      { ...emptyDisputeEventDraft(), title: 'x', start: '2025-7-1', sources: [{ url: 'https://e.org', label: '' }] },
      context('e'),
    );
    expect(!checked.ok && checked.errors).toEqual({
      kind: 'Choose what kind of event it was',
      start: 'Use YYYY-MM-DD, or YYYY-MM if only the month is known',
    });
  });
});
