import { describe, expect, it } from 'vitest';
import type { BevanDb } from '@/utils/data/db';
import { saveCampaignerRecord } from '@/utils/data/edits';
import type { Bill, DisputeEvent, Stance } from '@/utils/data/schema';
import { exportPack, serializePack } from '@/utils/packs/export-pack';
import { importPack } from '@/utils/packs/import-pack';
import { parsePack } from '@/utils/packs/parse-pack';
import { bundledDb, contextOf, fixtureText, parseGood } from './pack-helpers';

const source = { url: 'https://example.org/campaign', label: 'Campaign group' };

const bill: Bill = {
  id: 'campaign-bill-2025-26',
  shortTitle: 'Campaign Bill 2025-26',
  aliases: ['The Campaign Bill'],
  session: '2025-26',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: 4504,
  sponsorName: 'Wes Streeting',
  stages: [
    {
      stage: '1st reading',
      outcome: null,
      house: 'Commons',
      date: '2025-11-03',
      dateEnd: null,
      source,
      secondary: true,
    },
  ],
  outcome: null,
  actTitle: null,
  sources: [source],
  origin: 'campaigner',
};
const stanceOnOwnBill: Stance = {
  id: 'stance-streeting-campaign-bill',
  personId: 4504,
  subject: { kind: 'bill', billId: bill.id },
  position: 'supports',
  date: '2025-11-03',
  note: 'Test record',
  sources: [source],
  origin: 'campaigner',
};
const stanceOnBundledBill: Stance = {
  id: 'stance-lucas-nhs-bill',
  personId: 3930,
  subject: { kind: 'bill', billId: 'nhs-bill-2015-16' },
  position: 'supports',
  date: '2016-03-11',
  note: null,
  sources: [source],
  origin: 'campaigner',
};
const event: DisputeEvent = {
  id: 'campaign-rally-2025-09',
  start: '2025-09',
  end: null,
  kind: 'other',
  title: 'Test record: a rally',
  details: null,
  verified: false,
  sources: [source],
  origin: 'campaigner',
};

async function withCampaignerRecords(): Promise<BevanDb> {
  const db = await bundledDb();
  await saveCampaignerRecord(db, { store: 'bills', record: bill });
  await saveCampaignerRecord(db, { store: 'stances', record: stanceOnOwnBill });
  await saveCampaignerRecord(db, { store: 'stances', record: stanceOnBundledBill });
  await saveCampaignerRecord(db, { store: 'disputeEvents', record: event });
  return db;
}

const header = { id: 'our-group', name: 'Our group', publisher: 'Test publisher', created: '2026-11-25T09:00:00Z' };

async function ownRecords(db: BevanDb) {
  return {
    bills: await db.getAllFromIndex('bills', 'byOrigin', 'campaigner'),
    stances: await db.getAllFromIndex('stances', 'byOrigin', 'campaigner'),
    disputeEvents: await db.getAllFromIndex('disputeEvents', 'byOrigin', 'campaigner'),
  };
}

describe('exportPack: whole packs and round trips', () => {
  it('exports every campaigner record, without origins, as a pack parsePack accepts', async () => {
    const db = await withCampaignerRecords();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const exported = await exportPack(db, header);
    if (!exported.ok) throw new Error(exported.error.message);
    const pack = exported.data;
    expect(pack.pack).toEqual(header);
    expect(pack.bills.map((record) => record.id)).toEqual([bill.id]);
    expect(pack.stances.map((record) => record.id).sort()).toEqual([stanceOnBundledBill.id, stanceOnOwnBill.id]);
    expect(pack.disputeEvents.map((record) => record.id)).toEqual([event.id]);
    const text = serializePack(pack);
    expect(text).not.toContain('"origin"');
    const parsed = parsePack(text, await contextOf(db));
    expect(parsed).toEqual({ ok: true, pack });
    db.close();
  });

  it('export, wipe, import as a restore: the same records, still the reader’s own', async () => {
    const db = await withCampaignerRecords();
    const records = await ownRecords(db);
    const exported = await exportPack(db, header);
    if (!exported.ok) throw new Error(exported.error.message);
    const text = serializePack(exported.data);
    db.close();

    const wiped = await bundledDb();
    expect(await ownRecords(wiped)).toEqual({ bills: [], stances: [], disputeEvents: [] });
    const result = await importPack(wiped, await parseGood(wiped, text), { restore: true });
    expect(result.ok && result.data).toMatchObject({ origin: 'campaigner', added: 4, conflicts: 0 });
    expect(await ownRecords(wiped)).toEqual(records);
    wiped.close();
  });

  it('export, wipe, import as a pack: the same records, as the pack’s', async () => {
    const db = await withCampaignerRecords();
    const records = await ownRecords(db);
    const exported = await exportPack(db, header);
    if (!exported.ok) throw new Error(exported.error.message);
    db.close();

    const wiped = await bundledDb();
    await importPack(wiped, await parseGood(wiped, serializePack(exported.data)));
    const asPack = <R extends { origin: string }>(list: R[]) =>
      list.map((record) => ({ ...record, origin: 'pack:our-group' }));
    expect({
      bills: await wiped.getAllFromIndex('bills', 'byOrigin', 'pack:our-group'),
      stances: await wiped.getAllFromIndex('stances', 'byOrigin', 'pack:our-group'),
      disputeEvents: await wiped.getAllFromIndex('disputeEvents', 'byOrigin', 'pack:our-group'),
    }).toEqual({
      bills: asPack(records.bills),
      stances: asPack(records.stances),
      disputeEvents: asPack(records.disputeEvents),
    });
    wiped.close();
  });
});

describe('exportPack: selections and headers', () => {
  it('exports a selection, bringing the reader’s bills that selected stances are about', async () => {
    const db = await withCampaignerRecords();
    const exported = await exportPack(db, { ...header, selection: { stances: [stanceOnOwnBill.id] } });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.data.stances.map((record) => record.id)).toEqual([stanceOnOwnBill.id]);
    expect(exported.data.bills.map((record) => record.id)).toEqual([bill.id]);
    expect(exported.data.disputeEvents).toEqual([]);
    expect(parsePack(serializePack(exported.data), await contextOf(db)).ok).toBe(true);
    db.close();
  });

  it('refuses a selection naming records that are not the reader’s own', async () => {
    const db = await withCampaignerRecords();
    const exported = await exportPack(db, {
      ...header,
      selection: { bills: [bill.id, 'nhs-bill-2015-16'], disputeEvents: ['no-such-event'] },
    });
    expect(exported).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'selection.bills.1: "nhs-bill-2015-16" is not one of your own records; ' +
          'selection.disputeEvents.0: "no-such-event" is not one of your own records',
      },
    });
    db.close();
  });

  it('refuses a header that a pack cannot have, naming the field', async () => {
    const db = await withCampaignerRecords();
    const exported = await exportPack(db, { ...header, id: 'Our Group', homepage: 'http://example.org' });
    expect(exported).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'id: Use up to 64 lower-case letters, digits and hyphens; homepage: Must be an https:// address',
      },
    });
    db.close();
  });

  it('dates a pack now when no date is given', async () => {
    const db = await withCampaignerRecords();
    const { created: _created, ...undated } = header;
    const exported = await exportPack(db, undated, new Date('2026-11-25T12:34:56Z'));
    expect(exported.ok && exported.data.pack.created).toBe('2026-11-25T12:34:56.000Z');
    db.close();
  });
});
