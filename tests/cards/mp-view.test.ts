import { describe, expect, it } from 'vitest';
import { mpView, postTitle, type LiveState } from '@/utils/cards/mp-view';
import { mapMember } from '@/utils/parliament/members/map-member';
import { BY_ELECTION_WINNER, FLOOR_CROSSER } from '../parliament/members/fixtures';
import { CROSSER_DETAILS } from './mp-fixtures';

function factsOf(fixture: typeof FLOOR_CROSSER) {
  const result = mapMember(fixture.id, fixture.member, fixture.biography);
  if (!result.ok) throw new Error(result.reason);
  return result.facts;
}

const checked = (fixture: typeof FLOOR_CROSSER): Extract<LiveState, { status: 'answered' }> => ({
  status: 'answered',
  facts: factsOf(fixture),
  checkedAt: '2026-12-06T20:00:00.000Z',
  problem: null,
  off: false,
});

function view(articleDate: string | null, live: LiveState | undefined, details = CROSSER_DETAILS, id = 99001) {
  return mpView({
    id,
    sitting: details.person.sitting,
    memberships: details.memberships,
    bundledPosts: [],
    articleDate,
    live,
    today: '2026-12-06',
  });
}

describe("an MP card's facts, bundled then live", () => {
  it('paints the bundled seat with its hedge, and says Parliament is being checked', () => {
    const shown = view('2021-01-01', { status: 'checking' });
    expect(shown.then?.seat?.text).toBe('Labour, Exampleton North');
    expect(shown.then?.hedge).toContain('cannot confirm');
    expect(shown.provenance).toMatchObject({
      kind: 'checking',
      text: 'Checking with Parliament for the latest facts…',
    });
  });

  it("with Parliament's facts, gives the party on each side of a change, without a hedge", () => {
    const before = view('2019-12-20', checked(FLOOR_CROSSER));
    const after = view('2021-01-01', checked(FLOOR_CROSSER));
    expect(before.then?.seat?.text).toBe('Labour, Exampleton North');
    expect(after.then?.seat?.text).toBe('Independent, Exampleton North');
    expect(after.then?.hedge).toBeNull();
    expect(after.then?.seat?.source?.url).toBe('https://members.parliament.uk/member/99001/career');
  });

  it('names the posts held on the date, with the date', () => {
    const shown = view('2016-03-14', checked(FLOOR_CROSSER));
    expect(shown.then?.posts.map((post) => post.text)).toEqual(['Secretary of State for Health on 14 March 2016']);
  });

  it('leaves out the post the card already names by role, from Parliament or from the bundled data', () => {
    const live = mpView({
      id: 99001,
      sitting: CROSSER_DETAILS.person.sitting,
      memberships: CROSSER_DETAILS.memberships,
      bundledPosts: [],
      articleDate: '2016-03-14',
      live: checked(FLOOR_CROSSER),
      today: '2026-12-06',
      roleTitle: 'Secretary of State for Health',
    });
    expect(live.then?.posts).toEqual([]);
    const bundled = mpView({
      id: 99001,
      sitting: CROSSER_DETAILS.person.sitting,
      memberships: CROSSER_DETAILS.memberships,
      bundledPosts: [
        { title: 'Secretary of State for Health', start: '2012-09-04', end: '2018-07-09', sources: [] },
        { title: 'Minister for Women', start: '2015-01-01', end: null, sources: [] },
      ],
      articleDate: '2016-03-14',
      live: undefined,
      today: '2026-12-06',
      roleTitle: 'Secretary of State for Health',
    });
    expect(bundled.then?.posts.map((post) => post.text)).toEqual(['Minister for Women on 14 March 2016']);
  });

  it("adds a post's department only where its title does not name one", () => {
    const post = { kind: 'government' as const, start: '2012-09-04', end: null };
    expect(
      postTitle({ ...post, title: 'Parliamentary Under-Secretary of State', department: 'Department of Health' }),
    ).toBe('Parliamentary Under-Secretary of State, Department of Health');
    expect(postTitle({ ...post, title: 'Shadow Minister (Home Office)', department: 'Home Office' })).toBe(
      'Shadow Minister (Home Office)',
    );
    expect(
      postTitle({ ...post, title: 'Leader of HM Official Opposition', department: 'HM Official Opposition' }),
    ).toBe('Leader of HM Official Opposition');
    expect(postTitle({ ...post, title: 'Secretary of State for Health', department: 'Department of Health' })).toBe(
      'Secretary of State for Health',
    );
  });

  it('says when Parliament was checked, with a link to its record', () => {
    const shown = view('2021-01-01', checked(FLOOR_CROSSER));
    expect(shown.provenance.kind).toBe('checked');
    expect(shown.provenance.text).toBe('Checked with Parliament on 6 December 2026.');
    expect(shown.provenance.source?.url).toMatch(/^https:\/\/members\.parliament\.uk\//);
  });

  it('keeps the bundled facts and their hedge when Parliament could not be reached, and says so', () => {
    const unreachable: LiveState = {
      status: 'answered',
      facts: null,
      checkedAt: null,
      problem: "Parliament's MP facts service could not be reached: you may be offline.",
      off: false,
    };
    const shown = view('2021-01-01', unreachable);
    expect(shown.then?.seat?.text).toBe('Labour, Exampleton North');
    expect(shown.then?.hedge).toContain('cannot confirm');
    expect(shown.provenance).toMatchObject({ kind: 'bundled', source: null });
    expect(shown.provenance.text).toBe(
      "Showing Bevan’s own data. Parliament's MP facts service could not be reached: you may be offline.",
    );
  });

  it('keeps facts checked earlier when a new check fails, and says both', () => {
    const stale: LiveState = { ...checked(FLOOR_CROSSER), problem: "Parliament's MP facts service answered 503." };
    const shown = view('2021-01-01', stale);
    expect(shown.then?.seat?.text).toBe('Independent, Exampleton North');
    expect(shown.provenance.text).toBe(
      "Checked with Parliament on 6 December 2026. Parliament could not be asked again: Parliament's MP facts service answered 503.",
    );
  });

  it('places a by-election winner from the by-election, and gives the day they left and why', () => {
    const winner = checked(BY_ELECTION_WINNER as typeof FLOOR_CROSSER);
    const bundled = { ...CROSSER_DETAILS, memberships: [] };
    const dayBefore = view('2016-06-15', winner, bundled, BY_ELECTION_WINNER.id);
    const dayOf = view('2016-06-16', winner, bundled, BY_ELECTION_WINNER.id);
    expect(dayBefore.then?.seat).toBeNull();
    expect(dayBefore.then?.noSeat).toBe('not an MP on this date, according to Parliament');
    expect(dayOf.then?.seat?.text).toBe('Conservative, Notaplace East');
    expect(dayOf.now).toMatchObject({ sitting: false, left: 'Former MP; left the Commons on 12 June 2023 (resigned)' });
  });

  it('on a page without a date, gives only today: the seat and posts now', () => {
    const shown = view(null, checked(FLOOR_CROSSER));
    expect(shown.then).toBeNull();
    expect(shown.now.seat?.text).toBe('Independent, Exampleton North');
  });
});
