/**
 * The words of an import preview: "adds 1 bill, 4 stances and 1 dispute
 * event". Pure, so the sentences are tested without rendering.
 */
import type { ImportPreview, StorePreview } from '../packs/requests';

export type PackStoreName = 'bills' | 'stances' | 'disputeEvents';
export const PACK_STORE_ORDER: readonly PackStoreName[] = ['bills', 'stances', 'disputeEvents'];

const NOUNS: Record<PackStoreName, [string, string]> = {
  bills: ['bill', 'bills'],
  stances: ['stance', 'stances'],
  disputeEvents: ['dispute event', 'dispute events'],
};

export function recordNoun(store: PackStoreName, count = 1): string {
  return NOUNS[store][count === 1 ? 0 : 1];
}

/** "1 bill, 4 stances and 1 dispute event"; "nothing" for no records. */
export function describeCounts(counts: Partial<Record<PackStoreName, number>>): string {
  const parts = PACK_STORE_ORDER.flatMap((store) => {
    const count = counts[store] ?? 0;
    return count ? [`${count} ${recordNoun(store, count)}`] : [];
  });
  if (!parts.length) return 'nothing';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export type ChangeKind = 'adds' | 'updates' | 'removes' | 'conflicts';

/** How many records of each store a preview lists under one kind of change. */
export function countsOf(preview: ImportPreview, kind: ChangeKind): Record<PackStoreName, number> {
  const count = (store: StorePreview) => store[kind].length;
  return {
    bills: count(preview.stores.bills),
    stances: count(preview.stores.stances),
    disputeEvents: count(preview.stores.disputeEvents),
  };
}

export function totalOf(counts: Record<PackStoreName, number>): number {
  return counts.bills + counts.stances + counts.disputeEvents;
}

/** "Imported “Name”: 6 added, 1 updated, 2 not imported (their ids are taken)." */
export function describeImport(summary: {
  packName: string;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  conflicts: number;
}): string {
  const parts = [
    `${summary.added} added`,
    summary.updated ? `${summary.updated} updated` : '',
    summary.removed ? `${summary.removed} removed` : '',
    summary.unchanged ? `${summary.unchanged} unchanged` : '',
    summary.conflicts ? `${summary.conflicts} not imported (their ids are taken)` : '',
  ].filter(Boolean);
  return `Imported “${summary.packName}”: ${parts.join(', ')}.`;
}

/** A problem of a refused pack split into the field path it names and what is wrong there. */
export function splitProblem(problem: string): { path: string | null; message: string } {
  const match = /^([\w]+(?:\.[\w]+)*): (.+)$/s.exec(problem);
  return match ? { path: match[1], message: match[2] } : { path: null, message: problem };
}
