import { describe, expect, it } from 'vitest';
import { loadBundledDataset, storedBundledVersion } from '@/utils/data/bundled';
import { openBevanDb } from '@/utils/data/db';
import type { Bill, Dataset, Stance } from '@/utils/data/schema';
import { bundledDataset, freshDbName } from '../helpers/dataset';

const campaignerStance: Stance = {
  id: 'stance-lucas-nhs-bill',
  personId: 3930,
  subject: { kind: 'bill', billId: 'nhs-bill-2015-16' },
  position: 'supports',
  date: '2016-03-11',
  note: 'Sponsor of the bill',
  sources: [{ url: 'https://committees.parliament.uk/writtenevidence/66172/html/', label: 'UK Parliament' }],
  origin: 'campaigner',
};

const packBill: Bill = {
  id: 'nhs-reinstatement-bill-2023',
  shortTitle: 'A campaign group’s bill',
  aliases: ['Campaign Bill'],
  session: '2023-24',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: null,
  sponsorName: null,
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [{ url: 'https://example.org/campaign', label: 'Campaign group' }],
  origin: 'pack:campaign-group',
};

/** A later bundled release: one bill's outcome changed, one dispute event withdrawn, a new version. */
function nextRelease(dataset: Dataset): Dataset {
  const next = structuredClone(dataset);
  next.version = `${dataset.version}-next`;
  next.bills[0].outcome = 'Changed in the next release';
  next.disputeEvents = next.disputeEvents.slice(1);
  return next;
}

describe('bundled data in IndexedDB', () => {
  it('loads every record of the bundled dataset on first run, and skips an identical reload', async () => {
    const dataset = bundledDataset();
    const db = await openBevanDb(freshDbName());
    const first = await loadBundledDataset(db, dataset);
    expect(first.replaced).toBe(true);
    expect(await db.count('people')).toBe(dataset.people.length);
    expect(await db.count('memberships')).toBe(dataset.memberships.length);
    expect(await db.count('votingRecords')).toBe(dataset.votingRecords.length);
    expect(await db.count('disputeEvents')).toBe(dataset.disputeEvents.length);
    expect(await storedBundledVersion(db)).toBe(dataset.version);

    const second = await loadBundledDataset(db, dataset);
    expect(second.replaced).toBe(false);
    db.close();
  });

  it('a bundled update replaces bundled records and leaves campaigner and pack records alone', async () => {
    const dataset = bundledDataset();
    const db = await openBevanDb(freshDbName());
    await loadBundledDataset(db, dataset);
    await db.put('stances', campaignerStance);
    await db.put('bills', packBill);

    const next = nextRelease(dataset);
    const result = await loadBundledDataset(db, next);
    expect(result.replaced).toBe(true);
    expect((await db.get('bills', next.bills[0].id))?.outcome).toBe('Changed in the next release');
    expect(await db.get('disputeEvents', dataset.disputeEvents[0].id)).toBeUndefined();
    expect(await db.count('disputeEvents')).toBe(next.disputeEvents.length);
    expect(await db.get('stances', campaignerStance.id)).toEqual(campaignerStance);
    expect(await db.get('bills', packBill.id)).toEqual(packBill);
    expect(await storedBundledVersion(db)).toBe(next.version);
    db.close();
  });

  it("keeps a campaigner's record when a bundled release brings a record with the same id", async () => {
    const dataset = bundledDataset();
    const db = await openBevanDb(freshDbName());
    const campaignersVersion: Bill = { ...dataset.bills[0], outcome: 'Campaigner’s own note', origin: 'campaigner' };
    await db.put('bills', campaignersVersion);
    const result = await loadBundledDataset(db, dataset);
    expect(result.shadowed).toBe(1);
    expect(await db.get('bills', campaignersVersion.id)).toEqual(campaignersVersion);
    db.close();
  });

  it('an update that fails half way leaves the previous bundled data whole', async () => {
    const dataset = bundledDataset();
    const db = await openBevanDb(freshDbName());
    await loadBundledDataset(db, dataset);
    const broken = nextRelease(dataset);
    // A record without its key makes IndexedDB refuse the write after many others were queued.
    delete (broken.memberships[broken.memberships.length - 1] as Partial<Dataset['memberships'][number]>).id;

    await expect(loadBundledDataset(db, broken)).rejects.toThrow();
    expect(await storedBundledVersion(db)).toBe(dataset.version);
    expect((await db.get('bills', dataset.bills[0].id))?.outcome).toBe(dataset.bills[0].outcome);
    expect(await db.count('disputeEvents')).toBe(dataset.disputeEvents.length);
    expect(await db.count('memberships')).toBe(dataset.memberships.length);
    db.close();
  });
});
