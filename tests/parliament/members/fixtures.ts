/**
 * Members API answers written for the tests, in the API's shapes (see ../shared/data/api-samples), about fictional
 * members: the rules are shown on text written for them, not on real data.
 */
import type { BiographyAnswer, MemberAnswer } from '@/utils/parliament/members/api';

type Item = BiographyAnswer['value']['representations'][number];

export function item(name: string, id: number, start: string, end: string | null, additionalInfo?: string): Item {
  return {
    house: 1,
    name,
    id,
    startDate: `${start}T00:00:00`,
    endDate: end === null ? null : `${end}T00:00:00`,
    additionalInfo: additionalInfo ?? null,
  };
}

export function memberAnswer(
  id: number,
  name: string,
  options: {
    party?: string;
    seat?: string;
    seatId?: number;
    start?: string;
    end?: string | null;
    reason?: string;
  } = {},
): MemberAnswer {
  const end = options.end ?? null;
  return {
    value: {
      id,
      nameDisplayAs: name,
      latestParty: { id: 15, name: options.party ?? 'Labour' },
      latestHouseMembership: {
        membershipFrom: options.seat ?? 'Exampleton North',
        membershipFromId: options.seatId ?? 9001,
        house: 1,
        membershipStartDate: `${options.start ?? '2015-05-07'}T00:00:00`,
        membershipEndDate: end === null ? null : `${end}T00:00:00`,
        membershipEndReason: end === null ? null : (options.reason ?? null),
        membershipStatus:
          end === null
            ? { statusIsActive: true, statusDescription: 'Current Member', statusStartDate: '2024-07-04T00:00:00' }
            : null,
      },
    },
    links: [{ rel: 'self', href: `/Members/${id}` }],
  };
}

export function biographyAnswer(id: number, value: Partial<BiographyAnswer['value']>): BiographyAnswer {
  return {
    value: {
      representations: [],
      houseMemberships: [],
      governmentPosts: [],
      oppositionPosts: [],
      otherPosts: [],
      partyAffiliations: [],
      ...value,
    },
    links: [{ rel: 'self', href: `/Members/${id}/Biography` }],
  };
}

/** A fictional MP who crossed the floor mid-Parliament: Labour, then Independent from 29 October 2020. */
export const FLOOR_CROSSER = {
  id: 99001,
  member: memberAnswer(99001, 'Alex Fictional', { party: 'Independent' }),
  biography: biographyAnswer(99001, {
    representations: [
      item('Exampleton North', 8001, '2015-05-07', '2024-05-30'),
      item('Exampleton North', 9001, '2024-07-04', null),
    ],
    partyAffiliations: [
      item('Labour', 15, '2015-05-07', '2020-10-29'),
      { ...item('Independent', 8, '2020-10-29', null) },
    ],
    houseMemberships: [item('Commons', 1, '2015-05-07', null)],
    governmentPosts: [item('Secretary of State for Health', 30, '2012-09-04', '2018-01-09', 'Department of Health')],
    oppositionPosts: [item('Shadow Minister (Health)', 40, '2019-01-01', '2020-10-29')],
  }),
};

/** A fictional MP first elected at a by-election on 16 June 2016, who resigned on 12 June 2023. */
export const BY_ELECTION_WINNER = {
  id: 99002,
  member: memberAnswer(99002, 'Sam Imaginary', {
    party: 'Conservative',
    seat: 'Notaplace East',
    seatId: 8002,
    start: '2016-06-16',
    end: '2023-06-12',
    reason: 'Resigned',
  }),
  biography: biographyAnswer(99002, {
    representations: [item('Notaplace East', 8002, '2016-06-16', '2023-06-12')],
    partyAffiliations: [item('Conservative', 4, '2016-06-16', '2023-06-12')],
    houseMemberships: [item('Commons', 1, '2016-06-16', '2023-06-12')],
  }),
};
