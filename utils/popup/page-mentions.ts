/**
 * The popup's "On this page": a tab's mentions (`listMentions`) grouped by
 * what they name, in the order the page first names each.
 */
import type { ListedMention } from '../tab-events';

export interface MentionedEntity {
  kind: ListedMention['kind'];
  id: string;
  /** The fullest words the page uses for it ("Jeremy Hunt" rather than a later "Hunt"); the dispute by its name. */
  name: string;
  count: number;
}

/** The dispute is said in many ways ("the strike", "junior doctors' contract"): it is listed by what it is. */
const DISPUTE_NAME = "The junior (resident) doctors' dispute";

export function groupMentions(mentions: readonly ListedMention[]): MentionedEntity[] {
  const byEntity = new Map<string, MentionedEntity>();
  for (const { kind, id, text } of mentions) {
    const key = `${kind}:${id}`;
    const known = byEntity.get(key);
    if (!known) byEntity.set(key, { kind, id, name: kind === 'dispute' ? DISPUTE_NAME : text, count: 1 });
    else {
      known.count++;
      if (kind !== 'dispute' && text.length > known.name.length) known.name = text;
    }
  }
  return [...byEntity.values()];
}
