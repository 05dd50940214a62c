import type { PersonDetails } from '@/utils/cards/requests';
import { CardFrame } from './CardFrame';

/** A name more than one MP has carried, with nothing on the page to tell them apart. */
export function AmbiguousCard({
  name,
  candidates,
  onOpenPerson,
}: {
  name: string;
  candidates: PersonDetails[];
  onOpenPerson: (id: number) => void;
}) {
  return (
    <CardFrame label={`${name}: more than one MP`} kicker="More than one MP">
      <h2>{name}</h2>
      <p class="muted">More than one MP has this name. Which one does the article mean?</p>
      <ul>
        {candidates.map(({ person, memberships }) => (
          <li key={person.id}>
            <button type="button" class="linklike" onClick={() => onOpenPerson(person.id)}>
              {person.name}
            </button>{' '}
            <span class="small muted">
              {[...new Set(memberships.map((m) => m.constituency))].join(', ') || 'seat not recorded'}
            </span>
          </li>
        ))}
      </ul>
    </CardFrame>
  );
}
