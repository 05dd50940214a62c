/**
 * Members API answers for the live-facts tests, in the API's shapes, about two real MPs. Every value is real, from
 * ../shared/data (mps/ge_winners_2010_2024.csv for seats and their dates; ministers/ for constituency ids, party
 * spells and posts):
 * - Dan Poulter (3932), Central Suffolk and North Ipswich 2010–24: Conservative until 27 April 2024, then Labour;
 *   Parliamentary Under-Secretary of State at the Department of Health 4 September 2012 – 12 May 2015.
 * - Jim McMahon (4569), who won the Oldham West and Royton by-election of 3 December 2015, and sits now for Oldham
 *   West, Chadderton and Royton; Labour (Co-op).
 */
import type { StandInAnswer } from './parliament-stand-in';

function item(name: string, id: number, start: string, end: string | null, additionalInfo: string | null = null) {
  return {
    house: 1,
    name,
    id,
    startDate: `${start}T00:00:00`,
    endDate: end === null ? null : `${end}T00:00:00`,
    additionalInfo,
    additionalInfoLink: null,
  };
}

const links = (path: string) => [{ rel: 'self', href: path, method: 'GET' }];

function member(
  id: number,
  name: string,
  party: { id: number; name: string },
  seat: [string, number, string, string | null],
) {
  const [constituency, constituencyId, start, end] = seat;
  return {
    value: {
      id,
      nameDisplayAs: name,
      latestParty: { ...party, abbreviation: null, isIndependentParty: false },
      latestHouseMembership: {
        membershipFrom: constituency,
        membershipFromId: constituencyId,
        house: 1,
        membershipStartDate: `${start}T00:00:00`,
        membershipEndDate: end === null ? null : `${end}T00:00:00`,
        membershipEndReason: null,
        membershipEndReasonNotes: null,
        membershipEndReasonId: null,
        membershipStatus:
          end === null
            ? {
                statusIsActive: true,
                statusDescription: 'Current Member',
                statusNotes: null,
                statusId: 0,
                status: 0,
                statusStartDate: '2024-07-04T00:00:00',
              }
            : null,
      },
    },
    links: links(`/Members/${id}`),
  };
}

function biography(id: number, value: Record<string, unknown>) {
  return {
    value: {
      representations: [],
      electionsContested: [],
      houseMemberships: [],
      governmentPosts: [],
      oppositionPosts: [],
      otherPosts: [],
      partyAffiliations: [],
      committeeMemberships: [],
      ...value,
    },
    links: links(`/Members/${id}/Biography`),
  };
}

export const POULTER = {
  id: 3932,
  member: member(3932, 'Dr Dan Poulter', { id: 15, name: 'Labour' }, [
    'Central Suffolk and North Ipswich',
    3399,
    '2010-05-06',
    '2024-05-30',
  ]),
  biography: biography(3932, {
    representations: [item('Central Suffolk and North Ipswich', 3399, '2010-05-06', '2024-05-30')],
    houseMemberships: [item('Commons', 1, '2010-05-06', '2024-05-30')],
    partyAffiliations: [
      item('Conservative', 4, '2010-05-06', '2024-04-27'),
      item('Labour', 15, '2024-04-27', '2024-05-30'),
    ],
    governmentPosts: [
      item('Parliamentary Under-Secretary of State', 1, '2012-09-04', '2015-05-12', 'Department of Health'),
    ],
  }),
};

export const MCMAHON = {
  id: 4569,
  member: member(4569, 'Jim McMahon', { id: 17, name: 'Labour (Co-op)' }, [
    'Oldham West, Chadderton and Royton',
    4231,
    '2024-07-04',
    null,
  ]),
  biography: biography(4569, {
    representations: [
      item('Oldham West and Royton', 3671, '2015-12-03', '2024-05-30'),
      item('Oldham West, Chadderton and Royton', 4231, '2024-07-04', null),
    ],
    houseMemberships: [item('Commons', 1, '2015-12-03', null)],
    partyAffiliations: [item('Labour (Co-op)', 17, '2015-12-03', null)],
  }),
};

/** The stand-in's answer for a member's record or biography, or undefined (the API's 404). */
export function membersAnswer(url: URL, people: readonly (typeof POULTER)[]): StandInAnswer | undefined {
  for (const person of people) {
    if (url.pathname === `/api/Members/${person.id}`) return { body: person.member };
    if (url.pathname === `/api/Members/${person.id}/Biography`) return { body: person.biography };
  }
  return undefined;
}

/**
 * Commons Votes API answers for the NHS divisions of 14 July 2021 (numbers 55 and 56) and 8 September 2021 (63), as
 * Bevan's data names them. The division ids and the lists of MPs are the test's own (fictional members of a fictional
 * party); no MP's vote is asserted from them, only that the Speaker, who presides, is said not to vote, and has no
 * party's figures beside his. The Speaker is listed as the API lists him (sample division 1873): no vote recorded,
 * under the party "Speaker".
 */
const DIVISION_DAYS: Record<string, { id: number; number: number; title: string; ayes: number; noes: number }[]> = {
  '2021-07-14': [
    {
      id: 990055,
      number: 55,
      title: 'Health and Care Bill: Reasoned Amendment to Second Reading',
      ayes: 218,
      noes: 359,
    },
    { id: 990056, number: 56, title: 'Health and Care Bill: Second Reading', ayes: 356, noes: 219 },
  ],
  '2021-09-08': [{ id: 990063, number: 63, title: 'Health and Social Care Levy', ayes: 319, noes: 248 }],
};

const FICTIONAL_VOTER = (id: number) => ({
  MemberId: id,
  Name: `Fictional Member ${id}`,
  Party: 'Fictional Party',
  SubParty: null,
  PartyColour: null,
  PartyAbbreviation: null,
  MemberFrom: 'Fictional Seat',
  ListAs: `Member ${id}, Fictional`,
  ProxyName: null,
});

function divisionSummary(date: string, division: (typeof DIVISION_DAYS)[string][number]) {
  return {
    DivisionId: division.id,
    Date: `${date}T19:00:00`,
    PublicationUpdated: `${date}T21:00:00`,
    Number: division.number,
    IsDeferred: false,
    EVELType: '',
    EVELCountry: '',
    Title: division.title,
    AyeCount: division.ayes,
    NoCount: division.noes,
    DoubleMajorityAyeCount: null,
    DoubleMajorityNoCount: null,
    AyeTellers: [],
    NoTellers: [],
    Ayes: [FICTIONAL_VOTER(990101), FICTIONAL_VOTER(990102)],
    Noes: [FICTIONAL_VOTER(990103)],
    FriendlyDescription: null,
    FriendlyTitle: null,
    NoVoteRecorded: [
      {
        ...FICTIONAL_VOTER(467),
        Name: 'Lindsay Hoyle',
        Party: 'Speaker',
        MemberFrom: 'Chorley',
        ListAs: 'Hoyle, Sir Lindsay',
      },
      FICTIONAL_VOTER(990104),
    ],
    RemoteVotingStart: null,
    RemoteVotingEnd: null,
  };
}

/**
 * The stand-in's own counts for `searchTotalResults` (a bare number, as the API sends): every division in a window,
 * and one MP's. Not Parliament's figures: the tests check that the card shows what the API says.
 */
export const DIVISIONS_COUNTED = { all: 95, member: 80 };

export function votesAnswer(url: URL): StandInAnswer | undefined {
  if (url.pathname === '/data/divisions.json/searchTotalResults') {
    return {
      body: url.searchParams.has('queryParameters.memberId') ? DIVISIONS_COUNTED.member : DIVISIONS_COUNTED.all,
    };
  }
  if (url.pathname === '/data/divisions.json/search') {
    const day = url.searchParams.get('queryParameters.startDate') ?? '';
    return { body: (DIVISION_DAYS[day] ?? []).map((division) => divisionSummary(day, division)) };
  }
  for (const [day, divisions] of Object.entries(DIVISION_DAYS)) {
    for (const division of divisions) {
      if (url.pathname === `/data/division/${division.id}.json`) return { body: divisionSummary(day, division) };
    }
  }
  return undefined;
}
