/**
 * The data-pack file format, version 1: how campaign groups share the bills,
 * stances and dispute events they add. This schema is the one truth about the
 * format; the types below are inferred from it and the published JSON Schema
 * (public/schema/data-pack.schema.json) is generated from it.
 *
 * Records in a pack carry no `origin`: where they came from is the pack
 * itself, so every record imported from pack `x` is stored with origin
 * `pack:x`. An `origin` field in a file is ignored (dropped like any unknown
 * field), so a file can never pass its records off as bundled data or as the
 * reader's own.
 */
import { z } from '../data/zod';
import { Bill, DisputeEvent, HttpsUrl, PackId, PlainText, Stance, type Origin } from '../data/schema';

export const PACK_FORMAT = 'bevan-data-pack';
export const PACK_FORMAT_VERSION = 1;
/** The largest pack Bevan reads: generous for text records, small enough to validate at once. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** The stores a pack writes to, in the order records are imported (bills first: stances refer to them). */
export const PACK_STORES = ['bills', 'stances', 'disputeEvents'] as const;
export type PackStore = (typeof PACK_STORES)[number];

/** Who made the pack and when; `id` names the pack's records' origin (`pack:<id>`). */
export const PackInfo = z.object({
  id: PackId,
  name: PlainText(120),
  publisher: z.optional(PlainText(200)),
  description: z.optional(PlainText(1000)),
  homepage: z.optional(HttpsUrl),
  /** When this version of the pack was made, e.g. `2026-11-25T19:00:00Z`. */
  created: z.iso.datetime({ offset: true }),
});
export type PackInfo = z.infer<typeof PackInfo>;

// The record schemas of schema.ts, less `origin`. Built on first use, as they are.
const PackBill = z.lazy(() => z.omit(Bill._zod.innerType, { origin: true }));
const PackStance = z.lazy(() => z.omit(Stance._zod.innerType, { origin: true }));
const PackDisputeEvent = z.lazy(() => z.omit(DisputeEvent._zod.innerType, { origin: true }));

export const DataPack = z.lazy(() =>
  z.object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    pack: PackInfo,
    // A pack may leave out a list it has nothing for.
    bills: z._default(z.array(PackBill), () => []),
    stances: z._default(z.array(PackStance), () => []),
    disputeEvents: z._default(z.array(PackDisputeEvent), () => []),
  }),
);
export type DataPack = z.infer<typeof DataPack>;

/** The records of a pack as they are stored: each with the origin the import gives it. */
export interface PackRecords {
  bills: Bill[];
  stances: Stance[];
  disputeEvents: DisputeEvent[];
}

export function packOrigin(packId: string): Origin {
  return `pack:${packId}`;
}

export function withOrigin(pack: DataPack, origin: Origin): PackRecords {
  return {
    bills: pack.bills.map((bill) => ({ ...bill, origin })),
    stances: pack.stances.map((stance) => ({ ...stance, origin })),
    disputeEvents: pack.disputeEvents.map((event) => ({ ...event, origin })),
  };
}
