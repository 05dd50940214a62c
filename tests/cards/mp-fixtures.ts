/** A fictional MP's bundled details, for card rules shown on data written for the test. */
import type { PersonDetails } from '@/utils/cards/requests';
import type { Membership } from '@/utils/data/schema';

const SOURCE = { url: 'https://example.org/fictional-results', label: 'Fictional results' };

export function spell(
  personId: number,
  party: string,
  constituency: string,
  from: string,
  to: string | null,
  end: Membership['end'],
): Membership {
  return {
    id: `${personId}-${from}`,
    personId,
    constituency,
    party,
    from,
    to,
    end,
    basis: 'general-election',
    asOf: null,
    sources: [SOURCE],
    origin: 'bundled',
  };
}

export function details(id: number, name: string, sitting: boolean, memberships: Membership[]): PersonDetails {
  return {
    person: { id, twfyId: null, name, nameVariants: [], sitting, email: null, sources: [SOURCE], origin: 'bundled' },
    yourMp: false,
    memberships,
    votingRecords: [],
    policies: [],
    sponsoredBills: [],
    stances: [],
    posts: [],
  };
}

/** Bundled, the floor-crosser is Labour for the whole Parliament, with the usual hedge: the data lacks the change. */
export const CROSSER_DETAILS = details(99001, 'Alex Fictional', true, [
  spell(99001, 'Labour', 'Exampleton North', '2019-12-12', '2024-05-30', 'at-latest'),
]);
