/**
 * What the background does for the requests in requests.ts: a thin
 * mapping onto the pack modules and the editor's lists. After anything that
 * changes records it bumps the data revision and tells open tabs, so that a
 * pack's bill names are underlined without a reload (see
 * utils/data/data-revision.ts).
 */
import type { BevanDb } from '../data/db';
import { bumpDataRevision } from '../data/data-revision';
import { todayIso } from '../dates';
import { getListedRecord, listRecords } from '../editor/list-records';
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import { failure, ok } from '../result';
import { safeHttpsUrl } from '../urls';
import { exportPack, serializePack } from './export-pack';
import { fetchPackText } from './fetch-pack';
import { importPack, lastImport, packContext, undoLastImport } from './import-pack';
import { PACK_STORES, packOrigin } from './pack-format';
import { browserPackNetwork, type PackNetwork } from './pack-network';
import { listSubscriptionStatuses, putSubscriptionStatus, refreshSubscriptions } from './pack-refresh';
import type { packRequests } from './requests';
import { addSubscription, listSubscriptions, unsubscribe } from './pack-subscriptions';
import { parsePack } from './parse-pack';
import { previewImport } from './preview-import';
import { listInstalledPacks, removePack } from './remove-pack';

export interface PackHandlerOptions {
  /** The network the background reads packs from; the browser's by default. */
  network?: PackNetwork;
  now?: () => Date;
}

/** At most this many of a refused pack's problems go into one error message. */
const ERRORS_IN_MESSAGE = 5;

type PackHandlers<K extends keyof typeof packRequests> = Pick<Handlers, K>;

/** What every group of pack handlers works with. */
interface PackHandlerContext {
  database: () => Promise<BevanDb>;
  network: PackNetwork;
  now: () => Date;
  /** Bumps the data revision and tells open tabs, after records changed. */
  dataChanged: (db: BevanDb) => Promise<void>;
}

export function createPackHandlers(
  database: () => Promise<BevanDb>,
  controls: Pick<BrowserControls, 'notifyTabs'>,
  options: PackHandlerOptions = {},
): PackHandlers<keyof typeof packRequests> {
  const context: PackHandlerContext = {
    database,
    network: options.network ?? browserPackNetwork,
    now: options.now ?? (() => new Date()),
    dataChanged: async (db) => {
      await bumpDataRevision(db);
      controls.notifyTabs();
    },
  };
  return {
    listRecords: async (query) => ok(await listRecords(await database(), query)),
    getRecord: async ({ store, id }) => ok(await getListedRecord(await database(), store, id)),
    ...importHandlers(context),
    ...exportHandlers(context),
    ...installedPackHandlers(context),
  };
}

/** Fetching, previewing and importing a pack, and undoing the last import. */
function importHandlers({
  database,
  network,
  now,
  dataChanged,
}: PackHandlerContext): PackHandlers<'previewPack' | 'importPack' | 'fetchPack' | 'lastImport' | 'undoLastImport'> {
  const readPack = async (db: BevanDb, text: string) => parsePack(text, await packContext(db, todayIso(now())));
  return {
    previewPack: async ({ text, restore }) => {
      const db = await database();
      const parsed = await readPack(db, text);
      if (!parsed.ok) return ok({ valid: false as const, errors: parsed.errors });
      return ok({ valid: true as const, preview: await previewImport(db, parsed.pack, { restore }) });
    },
    importPack: async ({ text, sourceUrl, subscribe, restore }) => {
      const url = sourceUrl === null ? null : safeHttpsUrl(sourceUrl);
      if (subscribe && url === null)
        return failure('invalid-request', 'sourceUrl: subscribing needs the https address');
      if (subscribe && restore) {
        return failure('invalid-request', 'subscribe: a backup of your own records cannot be subscribed to');
      }
      const db = await database();
      const parsed = await readPack(db, text);
      if (!parsed.ok) {
        const shown = parsed.errors.slice(0, ERRORS_IN_MESSAGE).join('; ');
        const more = parsed.errors.length > ERRORS_IN_MESSAGE ? ` (and more)` : '';
        return failure('invalid-request', `Nothing was imported: ${shown}${more}`);
      }
      const importedAt = now();
      const imported = await importPack(db, parsed.pack, { restore, sourceUrl: url, now: importedAt });
      if (!imported.ok) return imported;
      if (subscribe && url !== null) {
        const added = await addSubscription(db, url);
        if (!added.ok) return added;
        await putSubscriptionStatus(db, url, {
          checkedAt: importedAt.toISOString(),
          error: null,
          lastSuccessAt: importedAt.toISOString(),
          packId: parsed.pack.pack.id,
          packName: parsed.pack.pack.name,
        });
      }
      const { added, updated, removed } = imported.data;
      if (added + updated + removed > 0) await dataChanged(db);
      return ok({ ...imported.data, packName: parsed.pack.pack.name, subscribed: subscribe });
    },
    fetchPack: async ({ url }) => {
      const host = new URL(url).hostname;
      if (!(await network.canRead(url).catch(() => false))) {
        return failure('forbidden', `Bevan is not allowed to read ${host}: allow it when your browser asks.`);
      }
      const fetched = await fetchPackText(url, { fetch: network.fetch });
      return fetched.ok
        ? ok({ text: fetched.text, url: fetched.url })
        : failure('unreachable', `Could not fetch the pack: ${fetched.error}`);
    },
    lastImport: async () => ok(await lastImport(await database())),
    undoLastImport: async () => {
      const db = await database();
      const undone = await undoLastImport(db);
      if (undone.ok) await dataChanged(db);
      return undone;
    },
  };
}

/** A pack of the reader's own records, for sharing or as a backup. */
function exportHandlers({ database, now }: PackHandlerContext): PackHandlers<'exportPack'> {
  return {
    exportPack: async ({ selection, publisher, description, homepage, ...header }) => {
      const exported = await exportPack(
        await database(),
        {
          ...header,
          // A field left empty in the form is a field left out of the pack.
          publisher: publisher?.trim() || undefined,
          description: description?.trim() || undefined,
          homepage: homepage?.trim() || undefined,
          selection,
        },
        now(),
      );
      if (!exported.ok) return exported;
      const pack = exported.data;
      return ok({
        text: serializePack(pack),
        fileName: `${pack.pack.id}.json`,
        counts: { bills: pack.bills.length, stances: pack.stances.length, disputeEvents: pack.disputeEvents.length },
      });
    },
  };
}

/** The packs installed and the addresses subscribed to: listing, refreshing and removing them. */
function installedPackHandlers({
  database,
  network,
  now,
  dataChanged,
}: PackHandlerContext): PackHandlers<
  'listInstalledPacks' | 'removePack' | 'listSubscriptions' | 'refreshSubscriptions' | 'unsubscribe'
> {
  return {
    listInstalledPacks: async () => {
      const db = await database();
      const packs = await listInstalledPacks(db);
      return ok(
        await Promise.all(
          packs.map(async (pack) => {
            const counts = await Promise.all(
              PACK_STORES.map((store) => db.countFromIndex(store, 'byOrigin', packOrigin(pack.id))),
            );
            return { ...pack, records: counts.reduce((sum, count) => sum + count, 0) };
          }),
        ),
      );
    },
    removePack: async ({ packId }) => {
      const db = await database();
      const removed = await removePack(db, packId);
      if (removed.ok && removed.data.removed > 0) await dataChanged(db);
      return removed;
    },
    listSubscriptions: async () => ok(await listSubscriptionStatuses(await database())),
    refreshSubscriptions: async ({ url }) => {
      const db = await database();
      const wanted = url === undefined ? undefined : (safeHttpsUrl(url) ?? url);
      if (wanted !== undefined && !(await listSubscriptions(db)).includes(wanted)) {
        return failure('not-found', `url: not subscribed to ${url}`);
      }
      const outcomes = await refreshSubscriptions(db, {
        network,
        now,
        urls: wanted === undefined ? undefined : [wanted],
      });
      if (outcomes.some((outcome) => outcome.changed)) await dataChanged(db);
      return ok(await listSubscriptionStatuses(db));
    },
    unsubscribe: async ({ url }) => {
      const db = await database();
      const result = await unsubscribe(db, url);
      if (!result.ok) return result;
      await putSubscriptionStatus(db, safeHttpsUrl(url) ?? url, null);
      if (result.data.removedRecords > 0) await dataChanged(db);
      return ok({ removedPacks: result.data.removedPacks, removedRecords: result.data.removedRecords });
    },
  };
}
