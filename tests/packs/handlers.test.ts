/**
 * The editor's and data packs' requests, through the message router as the
 * background runs them: who may ask, what each answers, and that open tabs
 * are told whenever records change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BevanDb } from '@/utils/data/db';
import { readDataRevision } from '@/utils/data/data-revision';
import type { Bill, Stance } from '@/utils/data/schema';
import { sendRequest, type RequestOf, type RequestType } from '@/utils/messages';
import { createPackHandlers } from '@/utils/packs/handlers';
import { createPackRefreshJob } from '@/utils/packs/pack-job';
import type { PackNetwork } from '@/utils/packs/pack-network';
import { parsePack } from '@/utils/packs/parse-pack';
import { contentScriptIn, extensionPage, startBackground } from '../helpers/background';
import { contextOf, fixtureText, goodPackJson, snapshot, TODAY } from './pack-helpers';

const editorPage = extensionPage('editor.html#packs');
const contentScript = contentScriptIn('https://www.bbc.co.uk/news/health-35000000');
const NOW = new Date(`${TODAY}T18:00:00Z`);
const PACK_URL = 'https://campaign.example.org/packs/nhs.json';

/** A network answering from a table of URLs; `allowed` is the hosts Bevan may read. */
function fakeNetwork(answers: Record<string, () => Response>, allowed = ['campaign.example.org']): PackNetwork {
  return {
    async fetch(url) {
      const answer = answers[url];
      if (!answer) throw new TypeError('Failed to fetch');
      return answer();
    },
    canRead: async (url) => allowed.includes(new URL(url).hostname),
  };
}

const json = (text: string) => () => new Response(text, { headers: { 'content-type': 'application/json' } });

async function setUp(answers: Record<string, () => Response> = {}) {
  let notified = 0;
  const controls = { notifyTabs: () => void notified++ };
  const network = fakeNetwork(answers);
  const { db, from } = await startBackground({
    controls,
    handlers: (db) => createPackHandlers(async () => db, controls, { network, now: () => NOW }),
  });
  const ask = <T extends RequestType>(type: T, payload: RequestOf<T>, sender = editorPage) =>
    sendRequest(from(sender), type, payload);
  return { db, ask, notified: () => notified, network, controls };
}

/** The data of a request expected to succeed. */
async function data<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`Expected success: ${settled.error.message}`);
  return settled.data;
}

const campaignerBill: Bill = {
  id: 'public-health-service-bill-2026-27',
  shortTitle: 'Public Health Service Bill',
  aliases: ['PHS Bill'],
  session: '2026-27',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: null,
  sponsorName: null,
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' }],
  origin: 'campaigner',
};

const campaignerStance: Stance = {
  id: 'stance-lucas-phs',
  personId: 3930,
  subject: { kind: 'bill', billId: campaignerBill.id },
  position: 'supports',
  date: '2026-10-01',
  note: 'Test fixture',
  sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' }],
  origin: 'campaigner',
};

async function withOwnRecords(db: BevanDb) {
  await db.put('bills', campaignerBill);
  await db.put('stances', campaignerStance);
}

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
    expect(total).toBe(5);
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
    expect(bundled.items.map((item) => item.entry.record.id)).toEqual(['nhs-bill-2015-16', 'nhs-bill-2014-15']);
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

  it('answers a bad pack with its problems, each naming the field by its path', async () => {
    const { db, ask } = await setUp();
    const before = await snapshot(db);
    expect(await data(ask('previewPack', { text: fixtureText('unsafe-urls.json') }))).toEqual({
      valid: false,
      errors: [
        'pack.homepage: Must be an https:// address',
        'bills.0.sources.0.url: Must be an https:// address',
        'stances.0.sources.0.url: Must be an https:// address',
        'disputeEvents.0.sources.0.url: Must be an https:// address',
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
      /^Nothing was imported: bills\.0\.sponsorId: no MP with id 99999998/,
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

describe('fetchPack', () => {
  it('fetches the text of a pack from an https address Bevan may read', async () => {
    const { ask } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
    const fetched = await data(ask('fetchPack', { url: PACK_URL }));
    expect(fetched.text).toBe(fixtureText('good-pack.json'));
  });

  it('says when the reader has not allowed Bevan to read the host', async () => {
    const { ask } = await setUp();
    const result = await ask('fetchPack', { url: 'https://elsewhere.example.net/pack.json' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Bevan is not allowed to read elsewhere.example.net: allow it when your browser asks.',
      },
    });
  });

  it('names the HTTP status of a failed fetch', async () => {
    const { ask } = await setUp({ [PACK_URL]: () => new Response('gone', { status: 404 }) });
    const result = await ask('fetchPack', { url: PACK_URL });
    expect(!result.ok && result.error.message).toBe('Could not fetch the pack: HTTP 404 (Not Found)');
  });

  it('refuses an address that is not https before anything is sent', async () => {
    const { ask } = await setUp();
    const result = await ask('fetchPack', { url: 'http://campaign.example.org/pack.json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /^url: / } });
  });
});

describe('subscriptions', () => {
  function nextVersion(): string {
    const next = goodPackJson();
    next.pack.created = '2026-07-31T12:00:00Z';
    (next.bills as { outcome: string | null }[])[0].outcome = 'Second reading set down';
    return JSON.stringify(next);
  }

  it('subscribes when importing from an address, and says when it was refreshed', async () => {
    const { ask } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
    const imported = await data(
      ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true }),
    );
    expect(imported.subscribed).toBe(true);
    expect(await data(ask('listSubscriptions', {}))).toEqual([
      {
        url: PACK_URL,
        status: {
          checkedAt: NOW.toISOString(),
          error: null,
          lastSuccessAt: NOW.toISOString(),
          packId: 'nhs-campaign-fixture',
          packName: 'NHS campaign group (test fixture)',
        },
      },
    ]);
    expect(await data(ask('listInstalledPacks', {}))).toMatchObject([{ sourceUrl: PACK_URL }]);
  });

  it('refreshes now: a new version is imported and open tabs are told', async () => {
    let text = fixtureText('good-pack.json');
    const { db, ask, notified } = await setUp({ [PACK_URL]: () => json(text)() });
    await data(ask('importPack', { text, sourceUrl: PACK_URL, subscribe: true }));
    text = nextVersion();
    const [subscription] = await data(ask('refreshSubscriptions', { url: PACK_URL }));
    expect(subscription.status).toMatchObject({ error: null });
    expect(await db.get('bills', 'publicly-funded-nhs-bill-2025-26')).toMatchObject({
      outcome: 'Second reading set down',
    });
    expect(notified()).toBe(2);
  });

  it('a failed refresh keeps the last good version and says why', async () => {
    let answer = json(fixtureText('good-pack.json'));
    const { db, ask, notified } = await setUp({ [PACK_URL]: () => answer() });
    await data(ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true }));
    const before = await snapshot(db);
    answer = () => new Response('', { status: 404 });
    const [subscription] = await data(ask('refreshSubscriptions', {}));
    expect(subscription.status).toMatchObject({
      error: 'HTTP 404 (Not Found)',
      lastSuccessAt: NOW.toISOString(),
      packName: 'NHS campaign group (test fixture)',
    });
    const after = await snapshot(db);
    expect(after.bills).toEqual(before.bills);
    expect(after.stances).toEqual(before.stances);
    expect(notified()).toBe(1);

    answer = json(fixtureText('html-in-text.json'));
    const [again] = await data(ask('refreshSubscriptions', {}));
    expect(again.status?.error).toMatch(/^The pack has problems: bills\.0\.shortTitle: Plain text only/);
  });

  it('refuses to refresh an address that is not subscribed', async () => {
    const { ask } = await setUp();
    expect(await ask('refreshSubscriptions', { url: PACK_URL })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it("unsubscribing removes the address, its status and its pack's records, nothing else", async () => {
    const { db, ask } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
    await withOwnRecords(db);
    const before = await snapshot(db);
    await data(ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true }));
    expect(await data(ask('unsubscribe', { url: PACK_URL }))).toEqual({
      removedPacks: ['nhs-campaign-fixture'],
      removedRecords: 6,
    });
    expect(await data(ask('listSubscriptions', {}))).toEqual([]);
    const after = await snapshot(db);
    expect(after.bills).toEqual(before.bills);
    expect(after.stances).toEqual(before.stances);
    expect(await db.get('meta', 'packs.subscriptionStatus')).toEqual({});
  });
});

describe('the refresh alarm', () => {
  it('refreshes every subscription and tells open tabs when records changed', async () => {
    const { db, ask, network } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
    await ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true });
    await data(ask('removePack', { packId: 'nhs-campaign-fixture' }));
    let notified = 0;
    const job = createPackRefreshJob(
      async () => db,
      { notifyTabs: () => void notified++ },
      { network, now: () => NOW },
    );
    expect(job.alarm).toBe('bevan:packs');
    await job.run();
    expect(notified).toBe(1);
    expect(await db.get('bills', 'publicly-funded-nhs-bill-2025-26')).toMatchObject({
      origin: 'pack:nhs-campaign-fixture',
    });
    // Nothing new the second time: the tabs are left alone.
    await job.run();
    expect(notified).toBe(1);
  });

  it('records a host Bevan may no longer read as a failure, changing nothing', async () => {
    const { db, ask } = await setUp({ [PACK_URL]: json(fixtureText('good-pack.json')) });
    await ask('importPack', { text: fixtureText('good-pack.json'), sourceUrl: PACK_URL, subscribe: true });
    const before = await snapshot(db);
    const job = createPackRefreshJob(
      async () => db,
      { notifyTabs: () => undefined },
      { network: fakeNetwork({}, []), now: () => new Date(NOW.getTime() + 3_600_000) },
    );
    await job.run();
    const [subscription] = await data(ask('listSubscriptions', {}));
    expect(subscription.status?.error).toBe(
      'Bevan is not allowed to read campaign.example.org: press "Refresh now" to allow it.',
    );
    const after = await snapshot(db);
    expect(after.bills).toEqual(before.bills);
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
