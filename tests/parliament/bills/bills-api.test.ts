/**
 * The Bills API's shapes, from the samples in ../shared/data/api-samples (read at run time, never copied here;
 * skipped with a note when absent), and the rules of reading them, on answers written for the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiBill, ApiBillSearch, ApiBillStages } from '@/utils/parliament/bills/bills-api';
import { liveBillFromApi, searchHitFromApi } from '@/utils/parliament/bills/live-bill';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/data/api-samples');
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) console.warn(`Bills API samples not found at ${SAMPLES}: their tests are skipped`);

function sample(name: string): unknown {
  return JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));
}

describe.runIf(haveSamples)('the Bills API samples', () => {
  it('reads the edited bill 2818 (with the agent and promoters the API adds to some bills) and keeps what Bevan uses', () => {
    const bill = ApiBill.parse(sample('bills-api_v1_Bills_2818.json'));
    expect(bill.billId).toBe(2818);
    expect(bill.shortTitle).toBe('Abolition of Business Rates Bill');
    expect(bill.longTitle).toBe('A Bill to abolish business rates; and for connected purposes.');
    expect(bill.sponsors?.[0].member?.memberId).toBe(4474);
    expect(bill).not.toHaveProperty('agent');
    expect(bill).not.toHaveProperty('promoters');
  });

  it("reads bill 2818's stages: 1st reading on 12 January 2021 and an undated 2nd reading", () => {
    const stages = ApiBillStages.parse(sample('bills-api_v1_Bills_2818_Stages.json'));
    expect(stages.items.map((stage) => stage.description)).toEqual(['1st reading', '2nd reading']);
    expect(stages.items[0].stageSittings[0].date).toBe('2021-01-12T00:00:00');
  });

  it('reads the search list', () => {
    const found = ApiBillSearch.parse(sample('bills-api_v1_Bills_list.json'));
    expect(found.totalResults).toBe(3660);
    expect(found.items.map((bill) => bill.billId)).toEqual([2818]);
  });

  it('maps bill 2818 and its stages to Bevan: Kevin Hollinrake, Ten Minute Rule, now at 2nd reading in the Commons', () => {
    const live = liveBillFromApi(
      ApiBill.parse(sample('bills-api_v1_Bills_2818.json')),
      ApiBillStages.parse(sample('bills-api_v1_Bills_2818_Stages.json')).items,
    );
    expect(live).toEqual({
      parliamentBillId: 2818,
      shortTitle: 'Abolition of Business Rates Bill',
      longTitle: 'A Bill to abolish business rates; and for connected purposes.',
      billType: "Private Members' Bill (under the Ten Minute Rule)",
      originatingHouse: 'Commons',
      includedSessionCount: 1,
      isAct: false,
      withdrawn: null,
      defeated: false,
      currentStage: { stage: '2nd reading', house: 'Commons' },
      sponsors: [{ memberId: 4474, name: 'Kevin Hollinrake' }],
      stages: [
        { stage: '1st reading', house: 'Commons', dates: ['2021-01-12'], sortOrder: 1 },
        { stage: '2nd reading', house: 'Commons', dates: [], sortOrder: 2 },
      ],
      divisions: [],
    });
  });

  it('lists the search hit with its current stage (no sitting yet, so its session is not guessed)', () => {
    const found = ApiBillSearch.parse(sample('bills-api_v1_Bills_list.json'));
    expect(searchHitFromApi(found.items[0])).toEqual({
      parliamentBillId: 2818,
      shortTitle: 'Abolition of Business Rates Bill',
      session: null,
      currentStage: '2nd reading',
      house: 'Commons',
      isAct: false,
      withdrawn: false,
    });
  });

  it('refuses the samples of other endpoints as bills or stage lists', () => {
    expect(ApiBill.safeParse(sample('bills-api_v1_Bills_2818_Publications.json')).success).toBe(false);
    expect(ApiBillStages.safeParse(sample('bills-api_v1_Stages.json')).success).toBe(false);
    expect(ApiBillSearch.safeParse(sample('bills-api_v1_BillTypes.json')).success).toBe(false);
  });
});

describe('malformed answers', () => {
  const bill = {
    billId: 9001,
    shortTitle: 'Example Bill',
    introducedSessionId: 40,
    currentStage: null,
  };

  it('accepts the smallest bill the API could send', () => {
    expect(ApiBill.safeParse(bill).success).toBe(true);
  });

  it.each([
    ['no id', { ...bill, billId: undefined }],
    ['an id that is text', { ...bill, billId: '9001' }],
    ['no title', { ...bill, shortTitle: '' }],
    ['a withdrawal date that is not a date', { ...bill, billWithdrawn: 'yesterday' }],
    ['stages that are not a list', { ...bill, currentStage: { description: '2nd reading', stageSittings: 'none' } }],
  ])('refuses a bill with %s', (_what, body) => {
    expect(ApiBill.safeParse(body).success).toBe(false);
  });

  it('refuses a stage list without its items', () => {
    expect(ApiBillStages.safeParse({ totalResults: 2 }).success).toBe(false);
  });

  it('maps no bill whose title is markup', () => {
    expect(liveBillFromApi(ApiBill.parse({ ...bill, shortTitle: '<b>Example</b> Bill' }), [])).toBeNull();
  });
});
