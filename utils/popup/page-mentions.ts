/**
 * The popup's "On this page": a tab's mentions (`listMentions`) grouped by
 * what they name, in the order the page first names each.
 */
import { roleNamedBy } from '../matching/roles';
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

/** Whether `text` names it better than `name`: an MP's name rather than their post ("the health secretary"), else longer. */
function fuller(kind: ListedMention['kind'], text: string, name: string): boolean {
  if (kind === 'mp') {
    const [textIsRole, nameIsRole] = [roleNamedBy(text) !== null, roleNamedBy(name) !== null];
    if (textIsRole !== nameIsRole) return nameIsRole;
  }
  return text.length > name.length;
}

export function groupMentions(mentions: readonly ListedMention[]): MentionedEntity[] {
  const byEntity = new Map<string, MentionedEntity>();
  for (const { kind, id, text } of mentions) {
    const key = `${kind}:${id}`;
    const known = byEntity.get(key);
    if (!known) byEntity.set(key, { kind, id, name: kind === 'dispute' ? DISPUTE_NAME : text, count: 1 });
    else {
      known.count++;
      if (kind !== 'dispute' && fuller(kind, text, known.name)) known.name = text;
    }
  }
  return [...byEntity.values()];
}
