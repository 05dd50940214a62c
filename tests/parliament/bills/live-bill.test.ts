/** From Parliament's bill to what Bevan shows: stages, sessions, outcomes and a campaigner's bill, on bills written for the test. */
import { describe, expect, it } from 'vitest';
import { Bill } from '@/utils/data/schema';
import { formatDate } from '@/utils/dates';
import {
  billStagesFromLive,
  campaignerBillFromLive,
  isFinished,
  liveBillOutcome,
  outcomeWords,
  sessionOf,
  type LiveBill,
} from '@/utils/parliament/bills/live-bill';

const NOW = new Date('2026-12-06T12:00:00Z');

function liveBill(overrides: Partial<LiveBill> = {}): LiveBill {
  return {
    parliamentBillId: 4100,
    shortTitle: 'Example Health Bill',
    longTitle: 'A Bill to make provision about example health services.',
    billType: 'Government Bill',
    originatingHouse: 'Commons',
    includedSessionCount: 1,
    isAct: false,
    withdrawn: null,
    defeated: false,
    currentStage: { stage: '2nd reading', house: 'Commons' },
    sponsors: [{ memberId: 4797, name: 'A Sponsor' }],
    stages: [
      { stage: '1st reading', house: 'Commons', dates: ['2026-06-01'], sortOrder: 1 },
      { stage: 'Committee stage', house: 'Commons', dates: ['2026-07-01', '2026-07-03', '2026-07-08'], sortOrder: 3 },
      { stage: '2nd reading', house: 'Commons', dates: [], sortOrder: 2 },
    ],
    divisions: [],
    ...overrides,
  };
}

describe('sessions', () => {
  it.each([
    ['2011-01-19', '2010-12'],
    ['2015-07-01', '2015-16'],
    ['2019-12-17', '2019-21'],
    ['2021-01-12', '2019-21'],
    ['2024-07-08', '2023-24'],
    ['2025-01-20', '2024-26'],
    ['2026-06-01', '2026-27'],
  ])('names the session of %s as %s', (day, session) => {
    expect(sessionOf(day)).toBe(session);
  });

  it('names none for the short 2019 session or before 2010', () => {
    expect(sessionOf('2019-10-21')).toBeNull();
    expect(sessionOf('2009-03-01')).toBeNull();
  });
});

describe('outcomes', () => {
  it('a bill with a stage in the current session is still before Parliament, and is fetched again', () => {
    const bill = liveBill();
    expect(liveBillOutcome(bill, NOW)).toEqual({ kind: 'before-parliament', currentStage: bill.currentStage });
    expect(outcomeWords(liveBillOutcome(bill, NOW), formatDate)).toBe(
      'Before Parliament: now at 2nd reading in the Commons',
    );
    expect(isFinished(bill, NOW)).toBe(false);
  });

  it('an Act names itself and its Royal Assent, and is finished', () => {
    const act = liveBill({
      shortTitle: 'Example Health Act 2026',
      isAct: true,
      stages: [
        { stage: '1st reading', house: 'Commons', dates: ['2026-06-01'], sortOrder: 1 },
        { stage: 'Royal Assent', house: 'none', dates: ['2026-11-20'], sortOrder: 20 },
      ],
    });
    expect(outcomeWords(liveBillOutcome(act, NOW), formatDate)).toBe(
      'Became law: Example Health Act 2026 (Royal Assent 20 November 2026)',
    );
    expect(isFinished(act, NOW)).toBe(true);
  });

  it('an Act whose title does not name the Act says only that it became law', () => {
    const act = liveBill({ isAct: true, stages: [] });
    expect(outcomeWords(liveBillOutcome(act, NOW), formatDate)).toBe('Became law');
  });

  it('a withdrawn bill says when, and is finished', () => {
    const withdrawn = liveBill({ withdrawn: '2026-09-02' });
    expect(outcomeWords(liveBillOutcome(withdrawn, NOW), formatDate)).toBe('Withdrawn on 2 September 2026');
    expect(isFinished(withdrawn, NOW)).toBe(true);
  });

  it('a bill whose session ended without it passing fell, unless it was carried over', () => {
    const old = liveBill({
      stages: [{ stage: '1st reading', house: 'Commons', dates: ['2021-01-12'], sortOrder: 1 }],
    });
    expect(liveBillOutcome(old, NOW)).toEqual({ kind: 'fell', session: '2019-21' });
    expect(outcomeWords(liveBillOutcome(old, NOW), formatDate)).toBe(
      'Did not become law: the 2019-21 session ended without it passing',
    );
    expect(isFinished(old, NOW)).toBe(true);
    expect(isFinished({ ...old, includedSessionCount: 2 }, NOW)).toBe(false);
  });

  it('a defeated bill is finished', () => {
    expect(isFinished(liveBill({ defeated: true }), NOW)).toBe(true);
  });
});

describe('stages', () => {
  it('keeps dated stages in order, a stage over several days as a range, each sourced to its page on bills.parliament.uk', () => {
    const stages = billStagesFromLive(liveBill());
    expect(stages.map((stage) => [stage.stage, stage.date, stage.dateEnd])).toEqual([
      ['1st reading', '2026-06-01', null],
      ['Committee stage', '2026-07-01', '2026-07-08'],
    ]);
    expect(stages[0].source).toEqual({ url: 'https://bills.parliament.uk/bills/4100/stages', label: 'UK Parliament' });
  });
});

describe("a campaigner's bill from Parliament's", () => {
  const options = { id: 'example-health-bill-2026-27', aliases: ['the example bill'], now: NOW, formatDay: formatDate };

  it('has its title, long title, session, sponsor linked to the MP, stages, source and Parliament id, and is a valid record', () => {
    const made = campaignerBillFromLive(liveBill(), { ...options, sponsorInBevan: true });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.bill).toMatchObject({
      shortTitle: 'Example Health Bill',
      session: '2026-27',
      aliases: ['the example bill'],
      sponsorId: 4797,
      sponsorName: 'A Sponsor',
      parliamentBillId: 4100,
      longTitle: 'A Bill to make provision about example health services.',
      sources: [{ url: 'https://bills.parliament.uk/bills/4100', label: 'UK Parliament' }],
      origin: 'campaigner',
    });
    expect(made.bill.stages).toHaveLength(2);
    expect(Bill.safeParse(made.bill).success).toBe(true);
  });

  it("keeps a sponsor Bevan's data does not have by name only", () => {
    const made = campaignerBillFromLive(liveBill(), { ...options, sponsorInBevan: false });
    expect(made.ok && [made.bill.sponsorId, made.bill.sponsorName]).toEqual([null, 'A Sponsor']);
  });

  it('is not made when no sitting names the session', () => {
    const made = campaignerBillFromLive(liveBill({ stages: [] }), { ...options, sponsorInBevan: true });
    expect(made).toEqual({ ok: false, problem: { kind: 'no-session' } });
  });
});
