import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DivisionAnswer, DivisionSearchAnswer } from '@/utils/parliament/votes/api';
import {
  isPresidingPost,
  memberVote,
  partyFigures,
  toStoredDivision,
  voteWords,
  type StoredDivision,
} from '@/utils/parliament/votes/division';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/data/api-samples');
const haveSamples = existsSync(path.join(SAMPLES, 'commonsvotes-api_data_division_1873.json'));
const sample = (name: string): unknown => JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));

const ordinary = { presiding: false, party: 'Labour', sitting: true, country: null };

describe.skipIf(!haveSamples)("the Commons Votes API's published sample answers (../shared/data/api-samples)", () => {
  it('reads division 1873 (25 November 2024) with each list of MPs', () => {
    const division = toStoredDivision(DivisionAnswer.parse(sample('commonsvotes-api_data_division_1873.json')))!;
    expect(division).toMatchObject({
      id: 1873,
      date: '2024-11-25',
      number: 47,
      ayeCount: 336,
      noCount: 175,
      evelCountry: null,
    });
    expect(division.title).toBe('Non-Domestic Rating (Multipliers and Private Schools) Bill: Second Reading');
    expect([division.ayes.length, division.noes.length, division.noVoteRecorded.length]).toEqual([333, 174, 139]);
    // Anna Turley told the Ayes; Barry Gardiner voted Aye; Diane Abbott has no vote recorded.
    expect(memberVote(division, 4449, ordinary)).toBe('aye-teller');
    expect(memberVote(division, 146, ordinary)).toBe('aye');
    expect(memberVote(division, 172, ordinary)).toBe('no-vote-recorded');
  });

  it("gives an MP's party's figures in the division, by the party it lists them under that day", () => {
    const division = toStoredDivision(DivisionAnswer.parse(sample('commonsvotes-api_data_division_1873.json')))!;
    // Diane Abbott, listed as Labour with no vote recorded: Labour's 320 Ayes, 2 tellers and 79 without a vote.
    expect(partyFigures(division, 172)).toEqual({
      party: 'Labour',
      ayes: 320,
      noes: 0,
      tellers: 2,
      noVoteRecorded: 79,
    });
    // The Speaker, who presides, and Sinn Féin's MPs, who do not take their seats, have no party figures to compare.
    const speaker = division.parties.find((party) => party.name === 'Speaker')!.members[0];
    const sinnFein = division.parties.find((party) => party.name === 'Sinn Féin')!.members[0];
    expect(partyFigures(division, speaker)).toBeNull();
    expect(partyFigures(division, sinnFein)).toBeNull();
  });

  it('reads the search answer: 25 divisions, each with its id, day and number', () => {
    const found = DivisionSearchAnswer.parse(sample('commonsvotes-api_data_divisions_search.json'));
    expect(found).toHaveLength(25);
    expect(found.find((division) => division.DivisionId === 1873)).toMatchObject({
      Number: 47,
      Date: '2024-11-25T21:50:00',
    });
  });
});

function division(overrides: Partial<StoredDivision> = {}): StoredDivision {
  return {
    id: 90001,
    date: '2019-10-23',
    number: 9,
    title: 'A division written for the test',
    ayeCount: 2,
    noCount: 1,
    evelCountry: null,
    ayes: [1, 2],
    noes: [3],
    ayeTellers: [4],
    noTellers: [5],
    noVoteRecorded: [6, 7, 8],
    parties: [
      { name: 'Green', members: [1, 3, 6] },
      { name: 'Deputy Speaker', members: [7] },
    ],
    ...overrides,
  };
}

describe("one MP's vote in a division, on divisions written for the test", () => {
  it('reads Aye, No and tellers from the lists', () => {
    expect(memberVote(division(), 1, ordinary)).toBe('aye');
    expect(memberVote(division(), 3, ordinary)).toBe('no');
    expect(memberVote(division(), 4, ordinary)).toBe('aye-teller');
    expect(memberVote(division(), 5, ordinary)).toBe('no-teller');
    expect(voteWords('no-teller', null)).toBe('Teller for the Noes');
  });

  it('never calls a missing vote "absent"', () => {
    const words = (['no-vote-recorded', 'not-eligible', 'presiding', 'abstentionist', 'not-an-mp'] as const).map(
      (vote) => voteWords(vote, 'England'),
    );
    for (const said of words) expect(said.toLowerCase()).not.toContain('absent');
    expect(voteWords(memberVote(division(), 6, ordinary), null)).toBe('No vote recorded');
  });

  it('says the Speaker and deputies preside and do not vote', () => {
    expect(memberVote(division(), 6, { ...ordinary, presiding: true })).toBe('presiding');
    expect(memberVote(division(), 6, { ...ordinary, party: 'Speaker' })).toBe('presiding');
    expect(voteWords('presiding', null)).toBe('Presiding: does not vote');
    expect(isPresidingPost('Speaker of the House of Commons')).toBe(true);
    expect(isPresidingPost('Chairman of Ways and Means')).toBe(true);
    expect(isPresidingPost('Second Deputy Chairman of Ways and Means')).toBe(true);
    expect(isPresidingPost('Shadow Secretary of State for Health')).toBe(false);
  });

  it('says Sinn Féin MPs do not take their seats', () => {
    expect(memberVote(division(), 6, { ...ordinary, party: 'Sinn Féin' })).toBe('abstentionist');
    expect(voteWords('abstentionist', null)).toBe('Sinn Féin MPs do not take their seats');
  });

  it('marks an English-votes division "not eligible" for an MP whose seat was elsewhere, and only then', () => {
    const evel = division({ evelCountry: 'England' });
    expect(memberVote(evel, 6, { ...ordinary, country: 'Scotland' })).toBe('not-eligible');
    expect(memberVote(evel, 6, { ...ordinary, country: 'England' })).toBe('no-vote-recorded');
    expect(memberVote(division({ evelCountry: 'England and Wales' }), 6, { ...ordinary, country: 'Wales' })).toBe(
      'no-vote-recorded',
    );
    // The seat's country unknown: the gap is said, not guessed.
    expect(voteWords(memberVote(evel, 6, ordinary), 'England')).toBe(
      'No vote recorded (only MPs for seats in England could vote)',
    );
  });

  it('says an MP not yet elected was not an MP that day', () => {
    expect(memberVote(division(), 6, { ...ordinary, sitting: false })).toBe('not-an-mp');
  });

  it('refuses a division whose title carries markup-like text by removing it, and keeps only what it reads', () => {
    const answer = DivisionAnswer.parse({
      DivisionId: 90002,
      Date: '2019-10-23T19:00:00',
      Number: 10,
      Title: '<b>Bold</b> title',
      AyeCount: 1,
      NoCount: 0,
      EVELType: 'LGC',
      EVELCountry: 'England',
      Ayes: [{ MemberId: 1, Name: 'A Fictional', SomethingNew: true }],
    });
    expect(toStoredDivision(answer)).toMatchObject({
      title: 'bBold/b title',
      evelCountry: 'England',
      ayes: [1],
      noes: [],
    });
  });

  it("counts a party's MPs by what each did, tellers as voting, and gives none for an MP listed without a party", () => {
    // The Greens are MPs 1 (Aye), 3 (No) and 6 (no vote recorded); 4 and 5 told, but are listed with no party.
    expect(partyFigures(division(), 3)).toEqual({ party: 'Green', ayes: 1, noes: 1, tellers: 0, noVoteRecorded: 1 });
    expect(partyFigures(division({ parties: [{ name: 'Green', members: [1, 4, 5] }] }), 1)).toEqual({
      party: 'Green',
      ayes: 1,
      noes: 0,
      tellers: 2,
      noVoteRecorded: 0,
    });
    expect(partyFigures(division(), 4)).toBeNull();
    // A deputy in the chair presides: no party figures.
    expect(partyFigures(division(), 7)).toBeNull();
  });

  it('keeps the party each MP is listed under, and leaves out one listed without a party', () => {
    const answer = DivisionAnswer.parse({
      DivisionId: 90003,
      Date: '2019-10-23T19:00:00',
      Number: 11,
      Title: 'A division written for the test',
      AyeCount: 2,
      NoCount: 1,
      Ayes: [
        { MemberId: 1, Name: 'A Fictional', Party: 'Green' },
        { MemberId: 2, Name: 'B Fictional', Party: null },
      ],
      Noes: [{ MemberId: 3, Name: 'C Fictional', Party: 'Green' }],
      NoVoteRecorded: [{ MemberId: 6, Name: 'D Fictional', Party: 'Independent' }],
    });
    expect(toStoredDivision(answer)?.parties).toEqual([
      { name: 'Green', members: [1, 3] },
      { name: 'Independent', members: [6] },
    ]);
  });
});
