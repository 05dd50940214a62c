/**
 * The requests behind the campaigners' editor and data packs (issue 6),
 * merged into the one request table in utils/messages.ts. Every request that
 * reads or changes campaigner data is privileged: Bevan's own pages only.
 * (Saving and deleting one record are messages.ts's saveRecord and
 * deleteRecord.)
 *
 * This file is imported by messages.ts, so it imports nothing that imports
 * messages.ts back: the schemas it needs are built here from schema.ts and
 * pack-format.ts.
 */
import { z } from '../data/zod';
import { Bill, BillId, DisputeEvent, HttpsUrl, Origin, PackId, Stance } from '../data/schema';
import { MAX_PACK_BYTES, PackInfo } from './pack-format';

const EditorStore = z.enum(['bills', 'stances', 'disputeEvents']);

/** A record as the editor's lists show it (see utils/editor/list-records.ts). */
export const ListedRecord = z.lazy(() =>
  z.object({
    entry: z.discriminatedUnion('store', [
      z.object({ store: z.literal('bills'), record: Bill }),
      z.object({ store: z.literal('stances'), record: Stance }),
      z.object({ store: z.literal('disputeEvents'), record: DisputeEvent }),
    ]),
    title: z.string(),
    detail: z.string(),
    originLabel: z.string(),
    editable: z.boolean(),
    readOnlyReason: z.nullable(z.string()),
    personName: z.nullable(z.string()),
  }),
);
export type ListedRecord = z.infer<typeof ListedRecord>;

/** Pack text as it travels: the 5 MB limit is checked in bytes by parsePack, with a message naming the size. */
const PackText = z.string().check(z.maxLength(MAX_PACK_BYTES * 2));

const InstalledPackEntry = z.object({
  ...PackInfo.shape,
  importedAt: z.iso.datetime(),
  sourceUrl: z.nullable(HttpsUrl),
});

export const InstalledPackView = z.object({
  ...InstalledPackEntry.shape,
  /** How many of the pack's records are in the database. */
  records: z.int().check(z.nonnegative()),
});
export type InstalledPackView = z.infer<typeof InstalledPackView>;

const PreviewItem = z.object({ id: z.string(), title: z.string() });
const StorePreview = z.object({
  adds: z.array(PreviewItem),
  updates: z.array(PreviewItem),
  removes: z.array(PreviewItem),
  conflicts: z.array(z.object({ ...PreviewItem.shape, heldBy: Origin, holder: z.string() })),
  unchanged: z.int().check(z.nonnegative()),
});
export type StorePreview = z.infer<typeof StorePreview>;

export const ImportPreview = z.object({
  pack: PackInfo,
  origin: Origin,
  installed: z.nullable(InstalledPackEntry),
  stores: z.object({ bills: StorePreview, stances: StorePreview, disputeEvents: StorePreview }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const SubscriptionView = z.object({
  url: HttpsUrl,
  status: z.nullable(
    z.object({
      checkedAt: z.iso.datetime(),
      error: z.nullable(z.string()),
      lastSuccessAt: z.nullable(z.iso.datetime()),
      packId: z.nullable(PackId),
      packName: z.nullable(z.string()),
    }),
  ),
});
export type SubscriptionView = z.infer<typeof SubscriptionView>;

const LastImport = z.object({
  origin: Origin,
  packName: z.string(),
  importedAt: z.iso.datetime(),
  changes: z.int().check(z.nonnegative()),
});

const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

export const packRequests = {
  listRecords: {
    request: z.object({
      store: EditorStore,
      query: z._default(z.string().check(z.maxLength(200)), ''),
      /** Whose records: everyone's, the reader's own, any pack's, or the bundled data's. */
      filter: z._default(z.enum(['all', 'campaigner', 'packs', 'bundled']), 'all'),
      /** Stances only: those about this bill. */
      billId: z.optional(BillId),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 200),
    }),
    response: z.object({ total: z.int().check(z.nonnegative()), items: z.array(ListedRecord) }),
    privileged: true,
  },
  getRecord: {
    request: z.object({ store: EditorStore, id: z.string().check(z.minLength(1), z.maxLength(200)) }),
    response: z.nullable(ListedRecord),
    privileged: true,
  },
  /** Reads a pack without storing anything: what it would add, update, remove and conflict with, or its problems. */
  previewPack: {
    request: z.object({ text: PackText, restore: z._default(z.boolean(), false) }),
    response: z.union([
      z.object({ valid: z.literal(true), preview: ImportPreview }),
      /** Each problem names the offending field by its path, e.g. `stances.3.personId: …`. */
      z.object({ valid: z.literal(false), errors: z.array(z.string()) }),
    ]),
    privileged: true,
  },
  /**
   * Imports a pack, all or nothing. `sourceUrl`: the https address it was fetched from; with `subscribe`,
   * the background fetches it again on its alarm.
   */
  importPack: {
    request: z.object({
      text: PackText,
      sourceUrl: z._default(z.nullable(HttpsUrl), null),
      subscribe: z._default(z.boolean(), false),
      restore: z._default(z.boolean(), false),
    }),
    response: z.object({
      origin: Origin,
      packName: z.string(),
      added: z.int(),
      updated: z.int(),
      removed: z.int(),
      unchanged: z.int(),
      conflicts: z.int(),
      subscribed: z.boolean(),
    }),
    privileged: true,
  },
  /** Fetches a pack's text from an https address (the page asks for the host permission first). */
  fetchPack: {
    request: z.object({ url: HttpsUrl }),
    response: z.object({ text: z.string(), url: HttpsUrl }),
    privileged: true,
  },
  lastImport: { request: z.object({}), response: z.nullable(LastImport), privileged: true },
  undoLastImport: {
    request: z.object({}),
    response: z.object({ origin: Origin, packName: z.string(), restored: z.int(), deleted: z.int() }),
    privileged: true,
  },
  /** The reader's own records (all, or a selection) as a pack file's text. */
  exportPack: {
    request: z.object({
      id: z.string().check(z.maxLength(64)),
      name: z.string().check(z.maxLength(120)),
      publisher: optionalText(200),
      description: optionalText(1000),
      homepage: optionalText(2048),
      selection: z.optional(
        z.object({
          bills: z.optional(z.array(z.string())),
          stances: z.optional(z.array(z.string())),
          disputeEvents: z.optional(z.array(z.string())),
        }),
      ),
    }),
    response: z.object({
      text: z.string(),
      fileName: z.string(),
      counts: z.object({ bills: z.int(), stances: z.int(), disputeEvents: z.int() }),
    }),
    privileged: true,
  },
  listInstalledPacks: { request: z.object({}), response: z.array(InstalledPackView), privileged: true },
  removePack: {
    request: z.object({ packId: PackId }),
    response: z.object({ removed: z.int() }),
    privileged: true,
  },
  listSubscriptions: { request: z.object({}), response: z.array(SubscriptionView), privileged: true },
  /** Fetches and imports subscribed packs now: one URL, or all of them. */
  refreshSubscriptions: {
    request: z.object({ url: z.optional(HttpsUrl) }),
    response: z.array(SubscriptionView),
    privileged: true,
  },
  /** Stops refreshing a URL and removes the records of the packs it gave, nothing else. */
  unsubscribe: {
    request: z.object({ url: HttpsUrl }),
    response: z.object({ removedPacks: z.array(z.string()), removedRecords: z.int() }),
    privileged: true,
  },
} as const;
