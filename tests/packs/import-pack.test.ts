/** Previewing, importing and undoing a pack, each all or nothing, and restoring a backup of the reader's own records. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importPack, lastImport, undoLastImport } from '@/utils/packs/import-pack';
import type { DataPack } from '@/utils/packs/pack-format';
import { previewImport } from '@/utils/packs/preview-import';
import { listInstalledPacks } from '@/utils/packs/remove-pack';
import { bundledDataset } from '../helpers/dataset';
import {
  bundledDb,
  campaignerStance,
  FIXTURE_BILL,
  FIXTURE_ORIGIN,
  fixtureText,
  goodPackJson,
  otherGroupsPack,
  parseGood,
  snapshot,
  withoutUndo,
} from './pack-helpers';

/** The fixture's next version: the bill's outcome changed, a stance dropped, a stance added. */
function nextVersion(): string {
  const json = goodPackJson();
  json.pack.created = '2026-07-31T12:00:00Z';
  const [bill] = json.bills as { outcome: string | null }[];
  bill.outcome = 'Second reading set down';
  const stances = json.stances as { id: string }[];
  json.stances = [
    ...stances.filter((stance) => stance.id !== 'fixture-streeting-dispute'),
    { ...stances[0], id: 'fixture-lucas-again', date: '2016-03-11' },
  ];
  return JSON.stringify(json);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('previewImport', () => {
  it('lists what a new pack adds, with titles a reader recognises', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const preview = await previewImport(db, pack);
    expect(preview.origin).toBe(FIXTURE_ORIGIN);
    expect(preview.installed).toBeNull();
    expect(preview.stores.bills.adds).toEqual([{ id: FIXTURE_BILL, title: 'Publicly Funded NHS Bill 2025-26' }]);
    expect(preview.stores.stances.adds.map((item) => item.title)).toEqual([
      'Caroline Lucas supports National Health Service Bill 2015-16',
      'Caroline Lucas supports National Health Service Bill 2014-15',
      'Caroline Lucas supports Publicly Funded NHS Bill 2025-26',
      "Wes Streeting on the junior doctors' dispute",
    ]);
    expect(preview.stores.disputeEvents.adds).toHaveLength(1);
    for (const store of Object.values(preview.stores)) {
      expect([store.updates, store.removes, store.conflicts, store.unchanged]).toEqual([[], [], [], 0]);
    }
    db.close();
  });

  it('reads nothing into the database', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    await previewImport(db, await parseGood(db, fixtureText('good-pack.json')));
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('lists updates, removals and unchanged records for a new version of an installed pack', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const preview = await previewImport(db, await parseGood(db, nextVersion()));
    expect(preview.installed?.created).toBe('2026-06-30T12:00:00Z');
    expect(preview.stores.bills.updates).toEqual([{ id: FIXTURE_BILL, title: 'Publicly Funded NHS Bill 2025-26' }]);
    expect(preview.stores.stances.adds.map((item) => item.id)).toEqual(['fixture-lucas-again']);
    expect(preview.stores.stances.removes.map((item) => item.id)).toEqual(['fixture-streeting-dispute']);
    expect(preview.stores.stances.unchanged).toBe(3);
    expect(preview.stores.disputeEvents.unchanged).toBe(1);
    db.close();
  });

  it('lists as conflicts the ids held by bundled data, the reader’s own records and other packs', async () => {
    const db = await bundledDb();
    await db.put('stances', campaignerStance);
    await importPack(db, await parseGood(db, otherGroupsPack()));
    const json = goodPackJson();
    const bundledBill = bundledDataset().bills[0];
    json.bills = [...(json.bills as object[]), { ...bundledBill, origin: undefined, outcome: 'Rewritten by a pack' }];
    (json.stances as { id: string }[])[0].id = campaignerStance.id;
    (json.disputeEvents as { id: string }[])[0].id = 'other-fixture-dispute-2025-08';
    const preview = await previewImport(db, await parseGood(db, JSON.stringify(json)));
    expect(preview.stores.bills.conflicts).toEqual([
      { id: bundledBill.id, title: bundledBill.shortTitle, heldBy: 'bundled', holder: 'the bundled data' },
    ]);
    expect(preview.stores.stances.conflicts).toEqual([
      {
        id: campaignerStance.id,
        title: 'Caroline Lucas supports National Health Service Bill 2015-16',
        heldBy: 'campaigner',
        holder: 'your own records',
      },
    ]);
    expect(preview.stores.disputeEvents.conflicts).toEqual([
      {
        id: 'other-fixture-dispute-2025-08',
        title: 'Test fixture: an invented dispute event',
        heldBy: 'pack:other-group',
        holder: 'the data pack "other-group"',
      },
    ]);
    db.close();
  });
});

describe('importPack', () => {
  it('stores every record with the pack’s origin and records the pack as installed', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const result = await importPack(db, pack, { now: new Date('2026-11-25T10:00:00Z') });
    expect(result).toEqual({
      ok: true,
      data: { origin: FIXTURE_ORIGIN, added: 6, updated: 0, removed: 0, unchanged: 0, conflicts: 0 },
    });
    expect(await db.get('bills', FIXTURE_BILL)).toEqual({ ...pack.bills[0], origin: FIXTURE_ORIGIN });
    expect((await db.getAllFromIndex('stances', 'byOrigin', FIXTURE_ORIGIN)).map((stance) => stance.id).sort()).toEqual(
      pack.stances.map((stance) => stance.id).sort(),
    );
    expect((await db.getAllFromIndex('stances', 'byPerson', 3930)).length).toBe(3);
    expect(await listInstalledPacks(db)).toEqual([
      { ...pack.pack, importedAt: '2026-11-25T10:00:00.000Z', sourceUrl: null },
    ]);
    expect(await lastImport(db)).toEqual({
      origin: FIXTURE_ORIGIN,
      packName: pack.pack.name,
      importedAt: '2026-11-25T10:00:00.000Z',
      changes: 6,
    });
    db.close();
  });

  it('replaces the pack’s previous version: updates, adds and removes', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const result = await importPack(db, await parseGood(db, nextVersion()));
    expect(result.ok && result.data).toEqual({
      origin: FIXTURE_ORIGIN,
      added: 1,
      updated: 1,
      removed: 1,
      unchanged: 4,
      conflicts: 0,
    });
    expect((await db.get('bills', FIXTURE_BILL))?.outcome).toBe('Second reading set down');
    expect(await db.get('stances', 'fixture-streeting-dispute')).toBeUndefined();
    expect(await db.get('stances', 'fixture-lucas-again')).toBeDefined();
    expect((await listInstalledPacks(db))[0].created).toBe('2026-07-31T12:00:00Z');
    db.close();
  });

  it('leaves the holder’s record in place for every conflict and imports the rest', async () => {
    const db = await bundledDb();
    await db.put('stances', campaignerStance);
    const bundledBill = bundledDataset().bills[0];
    const json = goodPackJson();
    json.bills = [...(json.bills as object[]), { ...bundledBill, origin: undefined, outcome: 'Rewritten by a pack' }];
    (json.stances as { id: string }[])[0].id = campaignerStance.id;
    const result = await importPack(db, await parseGood(db, JSON.stringify(json)));
    expect(result.ok && result.data).toMatchObject({ added: 5, conflicts: 2 });
    expect(await db.get('bills', bundledBill.id)).toEqual(bundledBill);
    expect(await db.get('stances', campaignerStance.id)).toEqual(campaignerStance);
    db.close();
  });

  it('changes nothing, and keeps the undo of the import before, when a pack brings nothing new', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const result = await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    expect(result.ok && result.data).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 6 });
    expect((await lastImport(db))?.changes).toBe(6);
    db.close();
  });

  it('refuses an https-less source URL before touching the database', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const result = await importPack(db, pack, { sourceUrl: 'http://example.org/pack.json' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'sourceUrl: Must be an https:// address' },
    });
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});

describe('an import is all or nothing', () => {
  it('a write IndexedDB refuses half way (a key already taken) leaves nothing behind', async () => {
    const db = await bundledDb();
    await db.put('stances', campaignerStance);
    const before = await snapshot(db);
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const { add, put } = IDBObjectStore.prototype;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls !== 3) return put.apply(this, args);
      // The record is stored, then added again: IndexedDB fails that request later, with a ConstraintError.
      put.apply(this, args);
      return add.apply(this, args);
    });
    const result = await importPack(db, pack);
    expect(result.ok || result.error.message).toMatch(/^Nothing was changed: /);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('a pack that does not validate is refused before anything is written', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const broken: DataPack = { ...pack, disputeEvents: [{ ...pack.disputeEvents[0], id: undefined as never }] };
    expect(await importPack(db, broken)).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'disputeEvents.0.id: Invalid input: expected string, received undefined',
      },
    });
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('an error thrown by a write half way leaves nothing behind', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 4) throw new DOMException('Simulated failure', 'UnknownError');
      return put.apply(this, args);
    });
    const result = await importPack(db, pack);
    expect(calls).toBe(4);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Nothing was changed: Simulated failure' },
    });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('a failure in the very last write, the undo record, takes every record write back', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const before = await snapshot(db);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (args[1] === 'packs.lastImport') throw new DOMException('Simulated quota error', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await importPack(db, await parseGood(db, nextVersion()));
    expect(result.ok).toBe(false);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('checks references again inside the transaction, in case the data changed since the pack was read', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    await db.delete('people', 4504);
    const before = await snapshot(db);
    const result = await importPack(db, pack);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: "Stance 4: the MP's id 4504 matches no MP in Bevan's data" },
    });
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});

describe('undoLastImport', () => {
  it('restores exactly the state before a first import', async () => {
    const db = await bundledDb();
    await db.put('stances', campaignerStance);
    const before = await snapshot(db);
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const undone = await undoLastImport(db);
    expect(undone).toEqual({
      ok: true,
      data: { origin: FIXTURE_ORIGIN, packName: 'NHS campaign group (test fixture)', restored: 0, deleted: 6 },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await lastImport(db)).toBeNull();
    db.close();
  });

  it('restores the previous version of a pack after an update, the removed records included', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    const before = await snapshot(db);
    await importPack(db, await parseGood(db, nextVersion()));
    const undone = await undoLastImport(db);
    expect(undone.ok && undone.data).toMatchObject({ restored: 2, deleted: 1 });
    // Only the last import can be undone: the first one's undo record was replaced by the second's.
    expect(withoutUndo(await snapshot(db))).toEqual(withoutUndo(before));
    expect(await lastImport(db)).toBeNull();
    db.close();
  });

  it('says when there is nothing to undo', async () => {
    const db = await bundledDb();
    expect(await undoLastImport(db)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no import to undo' },
    });
    db.close();
  });

  it('is all or nothing too', async () => {
    const db = await bundledDb();
    await importPack(db, await parseGood(db, fixtureText('good-pack.json')));
    await importPack(db, await parseGood(db, nextVersion()));
    const before = await snapshot(db);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('Simulated failure', 'UnknownError');
      return put.apply(this, args);
    });
    expect((await undoLastImport(db)).ok).toBe(false);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});

describe('restoring a backup of the reader’s own records', () => {
  it('brings records back as the reader’s own, updating theirs and removing nothing', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    const extra = { ...campaignerStance, id: 'campaigner-extra' };
    await db.put('stances', extra);
    await db.put('stances', { ...pack.stances[0], note: 'Edited since the backup', origin: 'campaigner' });
    const preview = await previewImport(db, pack, { restore: true });
    expect(preview.origin).toBe('campaigner');
    expect(preview.stores.stances.updates.map((item) => item.id)).toEqual([pack.stances[0].id]);
    const result = await importPack(db, pack, { restore: true });
    expect(result.ok && result.data).toMatchObject({ origin: 'campaigner', added: 5, updated: 1, removed: 0 });
    expect(await db.get('stances', pack.stances[0].id)).toEqual({ ...pack.stances[0], origin: 'campaigner' });
    expect(await db.get('stances', extra.id)).toEqual(extra);
    expect(await listInstalledPacks(db)).toEqual([]);
    db.close();
  });

  it('can be undone like any import', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    await db.put('stances', { ...pack.stances[0], note: 'Edited since the backup', origin: 'campaigner' });
    const before = await snapshot(db);
    await importPack(db, pack, { restore: true });
    expect((await undoLastImport(db)).ok).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});
