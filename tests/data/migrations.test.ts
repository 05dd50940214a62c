/**
 * A reader who updates Bevan keeps everything: from every earlier schema
 * version, with bundled data, campaigners' own records, an imported pack (and
 * its undo), a subscription and their settings in the database, the upgrade
 * loses nothing, and the database it leaves is the one a new install would
 * have, holding the same records, with every index covering the records
 * stored before the index existed.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '@/utils/data/bundled';
import { MIGRATIONS, openBevanDb, SCHEMA_VERSION, type BevanDb } from '@/utils/data/db';
import { saveCampaignerRecord } from '@/utils/data/edits';
import {
  getPersonDetails,
  listConstituencies,
  putAnnotationSettings,
  putLetterTemplates,
  putSiteSettings,
  putYourMp,
} from '@/utils/data/queries';
import type { Bill, DisputeEvent, Stance } from '@/utils/data/schema';
import { DEFAULT_LETTER_TEMPLATES } from '@/utils/letters/templates';
import { importPack, undoLastImport } from '@/utils/packs/import-pack';
import { addSubscription } from '@/utils/packs/pack-subscriptions';
import { bundledDataset, freshDbName } from '../helpers/dataset';
import { dumpDatabase, untyped, type DatabaseDump } from '../helpers/db-dump';
import { fixtureText, parseGood } from '../packs/pack-helpers';

const source = { url: 'https://example.org/campaigner', label: 'Campaigner' };

const campaignerStance: Stance = {
  id: 'campaigner-lucas-nhs-bill',
  personId: 3930,
  subject: { kind: 'bill', billId: 'nhs-bill-2015-16' },
  position: 'supports',
  date: '2016-03-11',
  note: 'Sponsor of the bill',
  sources: [source],
  origin: 'campaigner',
};

const campaignerBill: Bill = {
  id: 'campaigner-nhs-funding-bill-2026-27',
  shortTitle: 'NHS Funding Bill 2026-27',
  aliases: ['Fund the NHS Bill'],
  session: '2026-27',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: 3930,
  sponsorName: null,
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [source],
  origin: 'campaigner',
};

const campaignerEvent: DisputeEvent = {
  id: 'campaigner-rally-2026',
  start: '2026-02-01',
  end: null,
  kind: 'announcement',
  title: 'Rally outside the Department of Health',
  details: null,
  verified: true,
  sources: [source],
  origin: 'campaigner',
};

/** What each index holds: the primary keys in index order. */
async function indexContents(db: BevanDb): Promise<Record<string, IDBValidKey[]>> {
  const names = [...db.objectStoreNames];
  const transaction = untyped(db).transaction(names, 'readonly');
  const entries = await Promise.all(
    names.flatMap((name) => {
      const store = transaction.objectStore(name);
      return [...store.indexNames].map(
        async (indexName) => [`${name}.${indexName}`, await store.index(indexName).getAllKeys()] as const,
      );
    }),
  );
  return Object.fromEntries(entries);
}

/** A new install at the latest version, given the same records. */
async function freshInstallHolding(records: DatabaseDump): Promise<BevanDb> {
  const db = await openBevanDb(freshDbName());
  const transaction = untyped(db).transaction(Object.keys(records), 'readwrite');
  const writes = Object.entries(records).flatMap(([name, entries]) => {
    const store = transaction.objectStore(name);
    return entries.map(([key, value]) => store.put(value, store.keyPath === null ? key : undefined));
  });
  await Promise.all([...writes, transaction.done]);
  return db;
}

/** A database at schema `version` as a reader of that release would have it, through the code that writes it. */
async function databaseInUse(name: string, version: number): Promise<void> {
  const db = await openBevanDb(name, version);
  await loadBundledDataset(db, bundledDataset());
  for (const edit of [
    { store: 'stances', record: campaignerStance },
    { store: 'bills', record: campaignerBill },
    { store: 'disputeEvents', record: campaignerEvent },
  ] as const) {
    const saved = await saveCampaignerRecord(db, edit);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const imported = await importPack(db, await parseGood(db, fixtureText('good-pack.json')), {
    now: new Date('2026-07-01T09:00:00Z'),
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const subscribed = await addSubscription(db, 'https://example.org/packs/nhs.json');
  if (!subscribed.ok) throw new Error(subscribed.error.message);
  await putYourMp(db, { postcode: 'BS1 4ND', constituency: null });
  await putSiteSettings(db, { added: ['example.org'], removed: ['bbc.co.uk'] });
  await putAnnotationSettings(db, { maxMentionsPerEntity: 2 });
  await putLetterTemplates(db, {
    ...DEFAULT_LETTER_TEMPLATES,
    dispute: { ...DEFAULT_LETTER_TEMPLATES.dispute, subject: 'My own subject' },
  });
  db.close();
}

describe('schema upgrades', () => {
  // Every version a released Bevan may have left on a reader's machine (0 is no database at all).
  for (let from = 1; from < MIGRATIONS.length; from++) {
    it(`from schema v${from}: nothing lost, and the same database as a new install`, async () => {
      const name = freshDbName();
      await databaseInUse(name, from);
      const old = await openBevanDb(name, from);
      const before = await dumpDatabase(old);
      old.close();

      const db = await openBevanDb(name);
      expect(db.version).toBe(SCHEMA_VERSION);
      const after = await dumpDatabase(db);
      // Every record and setting of every store, exactly; stores the upgrade adds start empty.
      for (const store of Object.keys(before)) expect(after[store], store).toEqual(before[store]);
      for (const store of Object.keys(after)) if (!(store in before)) expect(after[store], store).toEqual([]);

      const fresh = await freshInstallHolding(after);
      // Indexes the upgrade added cover the records stored before them, as on a new install.
      expect(await indexContents(db)).toEqual(await indexContents(fresh));
      fresh.close();

      // And the reader's data works as before: the card, the constituency list, the pack's undo.
      expect((await getPersonDetails(db, 3930))?.stances).toContainEqual(campaignerStance);
      expect((await listConstituencies(db)).length).toBeGreaterThan(600);
      const undone = await undoLastImport(db);
      expect(undone.ok).toBe(true);
      expect(await db.getAllFromIndex('bills', 'byOrigin', 'pack:nhs-campaign-fixture')).toEqual([]);
      expect(await db.get('bills', campaignerBill.id)).toEqual(campaignerBill);
      expect(await db.get('disputeEvents', campaignerEvent.id)).toEqual(campaignerEvent);
      db.close();
    });
  }
});
