/**
 * The requests behind live bills: a bill card's stages as Parliament last gave them (refreshed when old), and
 * the editor's Add from Parliament (a search, then a campaigner's bill made from the chosen one). The card's
 * request changes no user data; the editor's are Bevan's own pages' only.
 */
import { BillId } from '../../data/schema';
import { z } from '../../data/zod';
import { LiveBill, ParliamentBillId } from './live-bill';

export const StoredLiveBillAnswer = z.lazy(() =>
  z.object({
    live: z.nullable(z.object({ checkedAt: z.iso.datetime(), bill: LiveBill })),
    failure: z.nullable(z.string()),
  }),
);

export const BillSearchHit = z.lazy(() =>
  z.object({
    parliamentBillId: ParliamentBillId,
    shortTitle: z.string(),
    session: z.nullable(z.string()),
    currentStage: z.nullable(z.string()),
    house: z.nullable(z.string()),
    isAct: z.boolean(),
    withdrawn: z.boolean(),
    /** The Bevan bill already made from it, if any. */
    existingBillId: z.nullable(BillId),
  }),
);

/** The campaigner's other names for the bill, as the editor's form checks them. */
const Alias = z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.regex(/^[^<>]*$/));

export const liveBillRequests = {
  /** A bill's live stages: the stored copy, or (`refresh`) a fresh one when the stored one is over a day old. */
  getLiveBill: {
    request: z.object({ id: BillId, refresh: z.boolean() }),
    response: StoredLiveBillAnswer,
    privileged: false,
  },
  /** Parliament's bills matching the campaigner's words (checked by the handler, so it can say what is wrong). */
  searchParliamentBills: {
    request: z.object({ term: z.string().check(z.maxLength(5000)) }),
    response: z.object({ hits: z.array(BillSearchHit), total: z.int().check(z.nonnegative()) }),
    privileged: true,
  },
  /** Makes a campaigner's bill from one of Parliament's; nothing is stored when Parliament does not answer. */
  addBillFromParliament: {
    request: z.object({ parliamentBillId: ParliamentBillId, aliases: z.array(Alias).check(z.maxLength(20)) }),
    response: z.object({ id: BillId, shortTitle: z.string() }),
    privileged: true,
  },
} as const;
