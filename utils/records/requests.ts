/**
 * The requests behind the campaign data editor's own records, and the dataset's status for the options page. Writing
 * is privileged: only Bevan's own pages may change the reader's data.
 */
import { Bill, DisputeEvent, Stance } from '../data/schema';
import { z } from '../data/zod';

/** Records campaigners may write from the editor. */
export const EditableRecord = z.lazy(() =>
  z.discriminatedUnion('store', [
    z.object({ store: z.literal('bills'), record: Bill }),
    z.object({ store: z.literal('stances'), record: Stance }),
    z.object({ store: z.literal('disputeEvents'), record: DisputeEvent }),
  ]),
);
export type EditableRecord = z.infer<typeof EditableRecord>;
export const EditableStore = z.enum(['bills', 'stances', 'disputeEvents']);

export const DatasetStatus = z.lazy(() =>
  z.object({
    schemaVersion: z.int(),
    bundledVersion: z.nullable(z.string()),
    counts: z.record(z.string(), z.int().check(z.nonnegative())),
  }),
);

export const recordRequests = {
  getStatus: { request: z.object({}), response: DatasetStatus, privileged: false },
  saveRecord: { request: EditableRecord, response: z.object({ id: z.string() }), privileged: true },
  deleteRecord: {
    request: z.object({ store: EditableStore, id: z.string().check(z.minLength(1)) }),
    response: z.object({ deleted: z.boolean() }),
    privileged: true,
  },
} as const;
