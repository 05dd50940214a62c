/**
 * The editor's and data packs' requests, through the message router as the
 * background runs them: who may ask, what each answers, and that open tabs
 * are told whenever records change. Fetching and subscriptions are in
 * subscription-handlers.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataRevision } from '@/utils/data/data-revision';
import type { RequestOf, RequestType } from '@/utils/messages';
import { parsePack } from '@/utils/packs/parse-pack';
import { bundledDataset } from '../helpers/dataset';
import { contextOf, fixtureText, goodPackJson, snapshot } from './pack-helpers';
import {
  campaignerBill,
  campaignerStance,
  contentScript,
  data,
  json,
  NOW,
  PACK_URL,
  setUp,
  withOwnRecords,
} from './pack-request-helpers';

describe('pack and editor requests from a content script', () => {
  const refused: { [T in RequestType]?: RequestOf<T> } = {
    listRecords: { store: 'bills' },
    getRecord: { store: 'bills', id: 'nhs-bill-2015-16' },
    previewPack: { text: fixtureText('good-pack.json') },
    importPack: { text: fixtureText('good-pack.json') },
    fetchPack: { url: PACK_URL },
    lastImport: {},
    undoLastImport: {},
    exportPack: { id: 'mine', name: 'Mine' },
    listInstalledPacks: {},
    removePack: { packId: 'nhs-campaign-fixture' },
    listSubscriptions: {},
    refreshSubscriptions: {},
    unsubscribe: { url: PACK_URL },
  };

  for (const [type, payload] of Object.entries(refused)) {
    it(`refuses "${type}" and leaves the database unchanged`, async () => {
      const { db, ask, notified } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
      await withOwnRecords(db);
      await data(ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true }));
      const before = await snapshot(db);
      const notifiedBefore = notified();
      const result = await ask(type as RequestType, payload as never, contentScript);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await snapshot(db)).toEqual(before);
      expect(notified()).toBe(notifiedBefore);
    });
  }
});

describe('listRecords and getRecord', () => {
  it('lists every bill, whoever it came from, marking which the reader may edit', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const { total, items } = await data(ask('listRecords', { store: 'bills' }));
    expect(total).toBe(bundledDataset().bills.length + 1);
    const mine = items.find((item) => item.entry.record.id === campaignerBill.id)!;
    expect(mine).toMatchObject({ title: 'Public Health Service Bill', originLabel: 'Yours', editable: true });
    const bundled = items.find((item) => item.entry.record.id === 'nhs-bill-2015-16')!;
    expect(bundled).toMatchObject({
      originLabel: 'Bundled data',
      editable: false,
      readOnlyReason: 'It comes with Bevan (the bundled data), so it cannot be changed here.',
    });
  });

  it('filters by origin and searches titles, aliases and names, ignoring case and accents', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const own = await data(ask('listRecords', { store: 'bills', filter: 'campaigner' }));
    expect(own.items.map((item) => item.entry.record.id)).toEqual([campaignerBill.id]);
    const bundled = await data(ask('listRecords', { store: 'bills', filter: 'bundled', query: 'REINSTATEMENT' }));
    expect(bundled.items.map((item) => item.entry.record.id)).toEqual([
      'nhs-bill-2016-17',
      'nhs-bill-2015-16',
      'nhs-bill-2014-15',
    ]);
    const byAct = await data(ask('listRecords', { store: 'bills', query: 'care act 2022' }));
    expect(byAct.items.map((item) => item.entry.record.id)).toEqual(['health-and-care-bill-2021-22']);
    const nothing = await data(ask('listRecords', { store: 'bills', filter: 'packs' }));
    expect(nothing).toEqual({ total: 0, items: [] });
  });

  it('names a stance by its MP and subject, and finds the stances about one bill', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const { items } = await data(ask('listRecords', { store: 'stances', billId: campaignerBill.id }));
    expect(items.map((item) => [item.title, item.personName])).toEqual([
      ['Caroline Lucas supports Public Health Service Bill', 'Caroline Lucas'],
    ]);
    const byName = await data(ask('listRecords', { store: 'stances', query: 'lucas public' }));
    expect(byName.total).toBe(1);
    expect((await data(ask('listRecords', { store: 'stances', billId: 'nhs-bill-2015-16' }))).total).toBe(0);
  });

  it('lists the bundled dispute events newest first, read-only', async () => {
    const { ask } = await setUp();
    const { items } = await data(ask('listRecords', { store: 'disputeEvents', limit: 3 }));
    expect(items).toHaveLength(3);
    const starts = items.map((item) => (item.entry.store === 'disputeEvents' ? item.entry.record.start : ''));
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(items.every((item) => !item.editable)).toBe(true);
  });

  it('gets one record by id, or null', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    expect(await data(ask('getRecord', { store: 'stances', id: campaignerStance.id }))).toMatchObject({
      entry: { store: 'stances', record: campaignerStance },
      editable: true,
    });
    expect(await data(ask('getRecord', { store: 'bills', id: 'no-such-bill' }))).toBeNull();
  });
});

describe('previewPack and importPack', () => {
  it('previews a good pack with titles, storing nothing', async () => {
    const { db, ask } = await setUp();
    const before = await snapshot(db);
    const result = await data(ask('previewPack', { text: fixtureText('good-pack.json') }));
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.preview.pack.name).toBe('NHS campaign group (test fixture)');
    expect(result.preview.stores.bills.adds).toEqual([
      { id: 'publicly-funded-nhs-bill-2025-26', title: 'Publicly Funded NHS Bill 2025-26' },
    ]);
    expect(result.preview.stores.stances.adds.map((item) => item.title)).toContain(
      'Caroline Lucas supports National Health Service Bill 2015-16',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('answers a bad pack with its problems, each naming the record and field in words', async () => {
    const { db, ask } = await setUp();
    const before = await snapshot(db);
    expect(await data(ask('previewPack', { text: fixtureText('unsafe-urls.json') }))).toEqual({
      valid: false,
      errors: [
        "The pack's details: the homepage must start with https://",
        'Bill 1, source 1: the address must start with https://',
        'Stance 1, source 1: the address must start with https://',
        'Dispute event 1, source 1: the address must start with https://',
      ],
    });
    expect(await data(ask('previewPack', { text: '{"format": "something-else"}' }))).toEqual({
      valid: false,
      errors: ['This is not a Bevan data pack: its format is not "bevan-data-pack"'],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to import a bad pack, saying why, and changes nothing', async () => {
    const { db, ask, notified } = await setUp();
    const before = await snapshot(db);
    const result = await ask('importPack', { text: fixtureText('unknown-references.json') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(
      /^Nothing was imported: Bill 1: the sponsor's MP id 99999998 matches no MP in Bevan's data; /,
    );
    expect(await snapshot(db)).toEqual(before);
    expect(notified()).toBe(0);
  });

  it('imports, tells open tabs, and undoes the import, telling them again', async () => {
    const { db, ask, notified } = await setUp();
    const before = await snapshot(db);
    const imported = await data(ask('importPack', { text: fixtureText('good-pack.json') }));
    expect(imported).toMatchObject({ origin: 'pack:nhs-campaign-fixture', added: 6, conflicts: 0, subscribed: false });
    expect(notified()).toBe(1);
    expect(await readDataRevision(db)).toBe(1);
    expect(await db.get('bills', 'publicly-funded-nhs-bill-2025-26')).toMatchObject({
      origin: 'pack:nhs-campaign-fixture',
    });
    expect(await data(ask('lastImport', {}))).toMatchObject({
      packName: 'NHS campaign group (test fixture)',
      changes: 6,
    });
    expect(await data(ask('listInstalledPacks', {}))).toMatchObject([
      { id: 'nhs-campaign-fixture', records: 6, sourceUrl: null },
    ]);

    expect(await data(ask('undoLastImport', {}))).toMatchObject({ deleted: 6, restored: 0 });
    expect(notified()).toBe(2);
    const after = await snapshot(db);
    expect({ ...after, meta: after.meta.filter(([key]) => key !== 'dataRevision') }).toEqual(before);
    expect(await data(ask('lastImport', {}))).toBeNull();
  });

  it('restores a backup of the reader’s own records as their own', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const exported = await data(ask('exportPack', { id: 'my-backup', name: 'My backup' }));
    await db.clear('stances');
    await db.delete('bills', campaignerBill.id);
    const preview = await data(ask('previewPack', { text: exported.text, restore: true }));
    expect(preview.valid && preview.preview.origin).toBe('campaigner');
    await data(ask('importPack', { text: exported.text, restore: true }));
    expect(await db.get('bills', campaignerBill.id)).toEqual(campaignerBill);
    expect(await db.get('stances', campaignerStance.id)).toEqual(campaignerStance);
  });
});

describe('exportPack', () => {
  it("writes the reader's own records as a pack file that parsePack accepts", async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const exported = await data(
      ask('exportPack', { id: 'phs-campaign', name: 'PHS campaign', publisher: '', homepage: ' ' }),
    );
    expect(exported.fileName).toBe('phs-campaign.json');
    expect(exported.counts).toEqual({ bills: 1, stances: 1, disputeEvents: 0 });
    const parsed = parsePack(exported.text, await contextOf(db));
    expect(parsed.ok && parsed.pack.pack).toEqual({
      id: 'phs-campaign',
      name: 'PHS campaign',
      created: NOW.toISOString(),
    });
  });

  it('exports a selection, and refuses a header a pack cannot have, naming the field', async () => {
    const { db, ask } = await setUp();
    await withOwnRecords(db);
    const selected = await data(
      ask('exportPack', { id: 'one-stance', name: 'One stance', selection: { stances: [campaignerStance.id] } }),
    );
    // The bill the stance is about comes along: a pack stands on its own.
    expect(selected.counts).toEqual({ bills: 1, stances: 1, disputeEvents: 0 });
    const bad = await ask('exportPack', { id: 'Not A Slug', name: 'x' });
    expect(!bad.ok && bad.error.message).toMatch(/^id: /);
  });
});

describe('installed packs', () => {
  it("removes a pack's records and nothing else, and tells open tabs", async () => {
    const { db, ask, notified } = await setUp();
    await withOwnRecords(db);
    const before = await snapshot(db);
    await data(ask('importPack', { text: fixtureText('good-pack.json') }));
    expect(await data(ask('removePack', { packId: 'nhs-campaign-fixture' }))).toEqual({ removed: 6 });
    expect(notified()).toBe(2);
    const after = await snapshot(db);
    expect(after.bills).toEqual(before.bills);
    expect(after.stances).toEqual(before.stances);
    expect(await data(ask('listInstalledPacks', {}))).toEqual([]);
  });
});

describe('importPack, fuzzed through the router', () => {
  it('random JSON is imported, or refused with a message and the database as it was', async () => {
    const { db, ask } = await setUp();
    const good = goodPackJson();
    // Random values, and the good pack with one of its lists or its header replaced by one.
    const text = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .tuple(fc.constantFrom('pack', 'bills', 'stances', 'disputeEvents', 'format'), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...good, [key]: value })),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(text, async (candidate) => {
        const before = await snapshot(db);
        const result = await ask('importPack', { text: candidate });
        if (result.ok) {
          await data(ask('undoLastImport', {}));
          return;
        }
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.message).toMatch(/^Nothing was imported: \S/);
        expect(await snapshot(db)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
