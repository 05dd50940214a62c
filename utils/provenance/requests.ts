/**
 * Where a campaigner's or a pack's record came from, for the cards' provenance line ("From <pack> by <publisher>").
 * Read-only, and only the names a pack gives itself: content scripts may ask.
 */
import { PackId } from '../data/schema';
import { z } from '../data/zod';

export const PackCredit = z.object({ id: PackId, name: z.string(), publisher: z.nullable(z.string()) });
export type PackCredit = z.infer<typeof PackCredit>;

export const provenanceRequests = {
  /** The installed packs of these ids, by name and publisher; a pack no longer installed is left out. */
  getPackCredits: {
    request: z.object({ ids: z.array(PackId).check(z.minLength(1), z.maxLength(50)) }),
    response: z.array(PackCredit),
    privileged: false,
  },
} as const;
