/**
 * Data packs carry a bill's Parliament id (an optional field; the format stays version 1), so that a pack's
 * subscribers get the bill's live stages too. Old packs, without it, load as before.
 */
import { describe, expect, it } from 'vitest';
import { exportPack, serializePack } from '@/utils/packs/export-pack';
import { importPack } from '@/utils/packs/import-pack';
import { parsePack } from '@/utils/packs/parse-pack';
import { CARD_MAX_AGE_MS, refreshLiveBill } from '@/utils/parliament/bills/live-bills';
import { apiBill, apiStage, apiStages, billsNetwork } from '../parliament/bills/bills-network';
import { bundledDb, contextOf, fixtureText, goodPackJson, parseGood } from './pack-helpers';

function packWithParliamentId() {
  const json = goodPackJson() as ReturnType<typeof goodPackJson> & { bills: Record<string, unknown>[] };
  json.bills[0].parliamentBillId = 4100;
  return json;
}

describe("a bill's Parliament id in a pack", () => {
  it('is optional: the old fixture, without it, still loads as format version 1', async () => {
    const db = await bundledDb();
    const pack = await parseGood(db, fixtureText('good-pack.json'));
    expect(pack.formatVersion).toBe(1);
    expect(pack.bills[0]).not.toHaveProperty('parliamentBillId');
  });

  it('is read, and refused when it is not a positive whole number', async () => {
    const db = await bundledDb();
    expect((await parseGood(db, JSON.stringify(packWithParliamentId()))).bills[0].parliamentBillId).toBe(4100);
    const bad = packWithParliamentId();
    (bad.bills[0] as Record<string, unknown>).parliamentBillId = 'bill 4100';
    expect(parsePack(JSON.stringify(bad), await contextOf(db)).ok).toBe(false);
  });

  it("goes out in an export of the campaigner's bill, and a subscriber's copy fetches the live stages", async () => {
    const author = await bundledDb();
    const pack = await parseGood(author, JSON.stringify(packWithParliamentId()));
    await author.put('bills', { ...pack.bills[0], origin: 'campaigner' });
    const exported = await exportPack(author, {
      id: 'shared-bills',
      name: 'Shared bills',
      created: '2026-11-20T12:00:00Z',
    });
    expect(exported.ok && exported.data.bills[0].parliamentBillId).toBe(4100);

    const subscriber = await bundledDb();
    const text = serializePack(exported.ok ? exported.data : pack);
    const imported = await importPack(subscriber, await parseGood(subscriber, text));
    expect(imported.ok).toBe(true);
    const stored = await subscriber.get('bills', 'publicly-funded-nhs-bill-2025-26');
    expect(stored).toMatchObject({ origin: 'pack:shared-bills', parliamentBillId: 4100 });

    const { client } = billsNetwork((url) => {
      if (url.pathname === '/api/v1/Bills/4100') return { body: apiBill(4100) };
      if (url.pathname === '/api/v1/Bills/4100/Stages') {
        return { body: apiStages([apiStage(4100, 1, '1st reading', ['2026-06-01'])]) };
      }
      return undefined;
    });
    const live = await refreshLiveBill(subscriber, client, stored!.parliamentBillId!, {
      now: new Date('2026-12-06T12:00:00Z'),
      maxAgeMs: CARD_MAX_AGE_MS,
    });
    expect(live.live?.bill.stages.map((stage) => stage.stage)).toEqual(['1st reading']);
  });
});
