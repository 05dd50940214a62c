import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiMember, BiographyAnswer, MemberAnswer } from '@/utils/parliament/members/api';
import { mapMember, readMemberFacts } from '@/utils/parliament/members/map-member';
import { BY_ELECTION_WINNER, FLOOR_CROSSER, biographyAnswer, item, memberAnswer } from './fixtures';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/data/api-samples');
const haveSamples = existsSync(path.join(SAMPLES, 'members-api_Members_Biography.json'));
const sample = (name: string): unknown => JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));

function mapped(fixture: { id: number; member: MemberAnswer; biography: BiographyAnswer }) {
  const result = mapMember(fixture.id, fixture.member, fixture.biography);
  if (!result.ok) throw new Error(result.reason);
  return result.facts;
}

describe.skipIf(!haveSamples)("the Members API's published sample answers (../shared/data/api-samples)", () => {
  it('reads /api/Members/172: Diane Abbott, now sitting as an Independent for Hackney North and Stoke Newington', () => {
    const answer = MemberAnswer.parse(sample('members-api_Members_172.json'));
    expect(answer.value.id).toBe(172);
    expect(answer.value.latestParty?.name).toBe('Independent');
    expect(answer.value.latestHouseMembership?.membershipFrom).toBe('Hackney North and Stoke Newington');
  });

  it('reads every member in the Members/Search answer with the same member schema', () => {
    const search = sample('members-api_Members_Search.json') as { items: unknown[] };
    expect(search.items.length).toBeGreaterThan(1);
    for (const entry of search.items) expect(MemberAnswer.safeParse(entry).success).toBe(true);
  });

  it("maps Keir Starmer's biography: both Holborn and St Pancras seats, his posts with dates, Labour since 2015", () => {
    const search = sample('members-api_Members_Search.json') as { items: unknown[] };
    const member = MemberAnswer.parse(
      search.items.find((entry) => ApiMember.parse((entry as { value: unknown }).value).id === 4514),
    );
    const facts = mapped({
      id: 4514,
      member,
      biography: BiographyAnswer.parse(sample('members-api_Members_Biography.json')),
    });
    expect(facts.seats).toEqual([
      { constituency: 'Holborn and St Pancras', constituencyId: 3536, start: '2015-05-07', end: '2024-05-30' },
      { constituency: 'Holborn and St Pancras', constituencyId: 4105, start: '2024-07-04', end: null },
    ]);
    expect(facts.parties).toEqual([{ party: 'Labour', partyId: 15, house: 'Commons', start: '2015-05-07', end: null }]);
    expect(facts.posts.map((post) => [post.title, post.kind, post.start, post.end])).toEqual([
      ['Shadow Minister (Home Office)', 'opposition', '2015-09-18', '2016-06-27'],
      ['Shadow Secretary of State for Exiting the European Union', 'opposition', '2016-10-06', '2020-04-04'],
      ['Leader of HM Official Opposition', 'opposition', '2020-04-04', '2024-07-05'],
      ['Leader of the Labour Party', 'other', '2020-04-04', null],
      ['Prime Minister and First Lord of the Treasury', 'government', '2024-07-05', null],
    ]);
    expect(facts.current).toMatchObject({ active: true, house: 'Commons', constituency: 'Holborn and St Pancras' });
  });

  it("never takes the other member's contested election that the Biography sample mixes in", () => {
    const facts = mapped({
      id: 4514,
      member: memberAnswer(4514, 'Sir Keir Starmer', { seat: 'Holborn and St Pancras', seatId: 4105 }),
      biography: BiographyAnswer.parse(sample('members-api_Members_Biography.json')),
    });
    expect(JSON.stringify(facts)).not.toContain('Clwyd South');
  });

  it('refuses the Biography sample when it is asked for as another member (Boris Johnson, 1423)', () => {
    const biography = BiographyAnswer.parse(sample('members-api_Members_Biography.json'));
    const result = mapMember(1423, memberAnswer(1423, 'Boris Johnson'), biography);
    expect(result).toEqual({ ok: false, reason: 'the biography is for member 4514, not 1423' });
  });

  it('refuses to pair one member’s record with another’s biography (Diane Abbott with Keir Starmer’s)', () => {
    const abbott = MemberAnswer.parse(sample('members-api_Members_172.json'));
    const biography = BiographyAnswer.parse(sample('members-api_Members_Biography.json'));
    expect(mapMember(172, abbott, biography).ok).toBe(false);
    expect(mapMember(4514, abbott, biography).ok).toBe(false);
  });
});

describe('mapMember, on answers written for the test', () => {
  it('keeps party spells with their dates, so a change mid-Parliament is on record', () => {
    const facts = mapped(FLOOR_CROSSER);
    expect(facts.parties.map((party) => `${party.party} ${party.start}–${party.end ?? ''}`)).toEqual([
      'Labour 2015-05-07–2020-10-29',
      'Independent 2020-10-29–',
    ]);
  });

  it('keeps a by-election seat from the by-election, and when and why the member left', () => {
    const facts = mapped(BY_ELECTION_WINNER);
    expect(facts.seats).toEqual([
      { constituency: 'Notaplace East', constituencyId: 8002, start: '2016-06-16', end: '2023-06-12' },
    ]);
    expect(facts.current).toMatchObject({ active: false, left: '2023-06-12', leftReason: 'Resigned' });
  });

  it('refuses a member record for someone else', () => {
    expect(mapMember(99001, BY_ELECTION_WINNER.member, FLOOR_CROSSER.biography)).toEqual({
      ok: false,
      reason: 'the member record is for 99002, not 99001',
    });
  });

  it("refuses a biography that does not list the member's current seat (the answers describe different people)", () => {
    const elsewhere = biographyAnswer(99001, { representations: [item('Somewhere Else', 7777, '2015-05-07', null)] });
    const result = mapMember(99001, FLOOR_CROSSER.member, { ...elsewhere, links: undefined });
    expect(result).toEqual({ ok: false, reason: "the biography does not list the member's seat, Exampleton North" });
  });

  it('refuses names with markup and days that do not exist, rather than store them', () => {
    const marked = memberAnswer(99003, '<b>Bold</b> Example');
    expect(mapMember(99003, marked, biographyAnswer(99003, {})).ok).toBe(false);
    const badDay = biographyAnswer(99001, { partyAffiliations: [item('Labour', 15, '2015-02-30', null)] });
    expect(mapMember(99001, FLOOR_CROSSER.member, badDay).ok).toBe(false);
  });

  it('ignores fields it does not read, and refuses an answer missing one it does', () => {
    const extra = { ...FLOOR_CROSSER.biography, value: { ...FLOOR_CROSSER.biography.value, somethingNew: [1, 2] } };
    expect(BiographyAnswer.safeParse(extra).success).toBe(true);
    const { nameDisplayAs: _dropped, ...nameless } = FLOOR_CROSSER.member.value;
    expect(MemberAnswer.safeParse({ value: nameless }).success).toBe(false);
    expect(BiographyAnswer.safeParse({ value: { representations: 'Exampleton' } }).success).toBe(false);
  });

  it('reads stored facts back, and treats a damaged record as absent', () => {
    const facts = mapped(FLOOR_CROSSER);
    expect(readMemberFacts(structuredClone(facts))).toEqual(facts);
    expect(readMemberFacts({ ...facts, seats: 'none' })).toBeNull();
    expect(readMemberFacts(undefined)).toBeNull();
  });
});
