/**
 * The data packs' requests that reach the network, through the message router
 * as the background runs them: fetching a pack, subscriptions and their
 * refresh alarm.
 */
import { describe, expect, it } from 'vitest';
import { createPackRefreshJob } from '@/utils/packs/pack-job';
import { fixtureText, goodPackJson, snapshot } from './pack-helpers';
import { data, fakeNetwork, json, NOW, PACK_URL, setUp, withOwnRecords } from './pack-request-helpers';

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
    expect(again.status?.error).toMatch(
      /^The pack has problems: Bill 1: the short title must be plain text, without < or >; /,
    );
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
