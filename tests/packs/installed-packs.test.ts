/** What stays installed after an import: removing a pack, a new bundled release, and subscriptions. */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '@/utils/data/bundled';
import { importPack, lastImport, undoLastImport } from '@/utils/packs/import-pack';
import { addSubscription, listSubscriptions, unsubscribe } from '@/utils/packs/pack-subscriptions';
import { listInstalledPacks, removePack } from '@/utils/packs/remove-pack';
import { bundledDataset } from '../helpers/dataset';
import {
  bundledDb,
  campaignerStance,
  FIXTURE_ORIGIN,
  fixtureText,
  otherGroupsPack,
  parseGood,
  snapshot,
  withoutUndo,
} from './pack-helpers';

describe('removePack', () => {
  it('removes that pack’s records and nothing else', async () => {
    const db = await bundledDb();
    await db.put('stances', campaignerStance);
    await importPack(db, await parseGood(db, otherGroupsPack()));
    const withOtherPack = await snapshot(db);
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));

    expect(await removePack(db, 'nhs-campaign-fixture')).toEqual({ ok: true, data: { removed: 6 } });
    expect(withoutUndo(await snapshot(db))).toEqual(withoutUndo(withOtherPack));
    expect((await listInstalledPacks(db)).map((pack) => pack.id)).toEqual(['other-group']);
    // Undoing an import of a removed pack would bring it back: that undo is gone with it.
    expect(await lastImport(db)).toBeNull();
    db.close();
  });

  it('keeps the undo of another pack’s import', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    await importPack(db, await parseGood(db, otherGroupsPack()));
    await removePack(db, 'nhs-campaign-fixture');
    expect((await lastImport(db))?.origin).toBe('pack:other-group');
    db.close();
  });

  it('refuses something that is not a pack id', async () => {
    const db = await bundledDb();
    expect(await removePack(db, 'bundled')).toEqual({ ok: true, data: { removed: 0 } });
    expect((await removePack(db, '')).ok).toBe(false);
    db.close();
  });
});

describe('pack records and bundled-data updates', () => {
  it('a new bundled release keeps every pack record', async () => {
    const dataset = bundledDataset();
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const packRecords = {
      bills: await db.getAllFromIndex('bills', 'byOrigin', FIXTURE_ORIGIN),
      stances: await db.getAllFromIndex('stances', 'byOrigin', FIXTURE_ORIGIN),
      disputeEvents: await db.getAllFromIndex('disputeEvents', 'byOrigin', FIXTURE_ORIGIN),
    };
    const next = structuredClone(dataset);
    next.version = `${dataset.version}-next`;
    next.bills[0].outcome = 'Changed in the next release';
    next.disputeEvents = next.disputeEvents.slice(1);
    expect((await loadBundledDataset(db, next)).replaced).toBe(true);
    expect({
      bills: await db.getAllFromIndex('bills', 'byOrigin', FIXTURE_ORIGIN),
      stances: await db.getAllFromIndex('stances', 'byOrigin', FIXTURE_ORIGIN),
      disputeEvents: await db.getAllFromIndex('disputeEvents', 'byOrigin', FIXTURE_ORIGIN),
    }).toEqual(packRecords);
    expect(await listInstalledPacks(db)).toHaveLength(1);
    // And the pack can still be undone afterwards, down to its last record.
    await undoLastImport(db);
    expect(await db.getAllFromIndex('stances', 'byOrigin', FIXTURE_ORIGIN)).toEqual([]);
    db.close();
  });
});

describe('subscriptions', () => {
  it('keeps https URLs only, once each', async () => {
    const db = await bundledDb();
    expect(await addSubscription(db, ' https://example.org/packs/nhs.json ')).toEqual({
      ok: true,
      data: ['https://example.org/packs/nhs.json'],
    });
    expect((await addSubscription(db, 'https://EXAMPLE.org/packs/nhs.json')).ok).toBe(true);
    for (const url of ['http://example.org/pack.json', 'javascript:alert(1)', 'data:application/json,{}', 'nhs.json']) {
      expect(await addSubscription(db, url)).toEqual({
        ok: false,
        error: { code: 'invalid-request', message: 'url: Must be an https:// address' },
      });
    }
    expect(await listSubscriptions(db)).toEqual(['https://example.org/packs/nhs.json']);
    db.close();
  });

  it('unsubscribing removes the URL and the records of the pack imported from it, nothing else', async () => {
    const db = await bundledDb();
    const url = 'https://example.org/packs/nhs.json';
    await db.put('stances', campaignerStance);
    await addSubscription(db, 'https://example.org/packs/other.json');
    await importPack(db, await parseGood(db, otherGroupsPack()), { sourceUrl: 'https://example.org/packs/other.json' });
    const before = await snapshot(db);
    await addSubscription(db, url);
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')), { sourceUrl: url });

    expect(await unsubscribe(db, url)).toEqual({
      ok: true,
      data: {
        subscriptions: ['https://example.org/packs/other.json'],
        removedPacks: ['nhs-campaign-fixture'],
        removedRecords: 6,
      },
    });
    expect(withoutUndo(await snapshot(db))).toEqual(withoutUndo(before));
    expect((await listInstalledPacks(db)).map((pack) => pack.id)).toEqual(['other-group']);
    expect((await unsubscribe(db, url)).ok).toBe(false);
    db.close();
  });
});
