/**
 * How a record is named in lists and previews: a bill by its short title, an
 * event by its title, a stance by who holds it about what ("Caroline Lucas
 * supports National Health Service Bill 2015-16"). One place, so the editor's
 * lists and a pack's import preview name a record the same way.
 */
import type { Origin, Stance } from '../data/schema';

const POSITION_WORDS: Record<Stance['position'], string> = {
  supports: 'supports',
  opposes: 'opposes',
  mixed: 'has mixed views on',
  other: 'on',
};

export const DISPUTE_NAME = "the junior doctors' dispute";

/** `personName` and `billTitle` as found; an id stands in for what is not found. */
export function describeStance(
  stance: Pick<Stance, 'personId' | 'subject' | 'position'>,
  personName: string | null | undefined,
  billTitle: string | null | undefined,
): string {
  const who = personName ?? `MP ${stance.personId}`;
  const what = stance.subject.kind === 'dispute' ? DISPUTE_NAME : (billTitle ?? stance.subject.billId);
  return `${who} ${POSITION_WORDS[stance.position]} ${what}`;
}

/** Why a record cannot be changed in the editor; null for the reader's own records, which can. */
export function readOnlyReason(origin: Origin, packNames: ReadonlyMap<string, string> = new Map()): string | null {
  if (origin === 'campaigner') return null;
  if (origin === 'bundled') return 'It comes with Bevan (the bundled data), so it cannot be changed here.';
  const packId = origin.slice('pack:'.length);
  return `It comes from the data pack “${packNames.get(packId) ?? packId}”: its publisher changes it, or you can remove the pack.`;
}

/** Where a record came from, as a reader would say it; `packNames` maps pack ids to their names. */
export function describeOrigin(origin: Origin, packNames: ReadonlyMap<string, string> = new Map()): string {
  if (origin === 'bundled') return 'Bundled data';
  if (origin === 'campaigner') return 'Yours';
  const packId = origin.slice('pack:'.length);
  return `Pack: ${packNames.get(packId) ?? packId}`;
}
