/** A pack's bills reach the matcher tabs ask for, whether the change came from a request or the refresh alarm. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { createPackRefreshJob } from '@/utils/packs/pack-job';
import { bundledDb, fixtureText } from './pack-helpers';

describe('the matcher after pack changes', () => {
  it('names an imported bill at once, first look included, and forgets it after the undo', async () => {
    const db = await bundledDb();
    const handlers = createHandlers(async () => db);
    const matcher = async () => {
      const answer = await handlers.getMatcher({ articleDate: '2026-10-20' }, {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.data;
    };
    const firstLook = async () => {
      const answer = await handlers.getCues({}, {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.data.cues.split('\n');
    };
    expect(await firstLook()).not.toContain('Publicly Fun');
    const before = await matcher();
    expect(
      await handlers.importPack(
        { text: fixtureText('good-pack.json'), sourceUrl: null, subscribe: false, restore: false },
        {},
      ),
    ).toMatchObject({ ok: true });
    const after = await matcher();
    expect(after.version).not.toBe(before.version);
    expect(after.targets).toContain('bill publicly-funded-nhs-bill-2025-26');
    // Tabs look for it at once, before they ask for the whole matcher.
    expect(await firstLook()).toContain('Publicly Fun');
    await handlers.undoLastImport({}, {});
    expect((await matcher()).targets).not.toContain('publicly-funded-nhs-bill-2025-26');
    expect(await firstLook()).not.toContain('Publicly Fun');
  });

  it('names a bill the refresh alarm brought', async () => {
    const db = await bundledDb();
    const handlers = createHandlers(async () => db);
    await handlers.getMatcher({ articleDate: '2026-10-20' }, {});
    const url = 'https://campaign.example.org/pack.json';
    await handlers.importPack(
      { text: fixtureText('good-pack.json'), sourceUrl: url, subscribe: true, restore: false },
      {},
    );
    await handlers.removePack({ packId: 'nhs-campaign-fixture' }, {});
    const job = createPackRefreshJob(
      async () => db,
      { notifyTabs: () => undefined },
      {
        network: { fetch: async () => new Response(fixtureText('good-pack.json')), canRead: async () => true },
      },
    );
    await job.run();
    const answer = await handlers.getMatcher({ articleDate: '2026-10-20' }, {});
    expect(answer.ok && answer.data.targets).toContain('bill publicly-funded-nhs-bill-2025-26');
  });
});
