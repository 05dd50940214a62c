import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MpCard } from '@/components/cards/MpCard';
import type { LiveState } from '@/utils/cards/mp-view';
import type { LiveVotes } from '@/utils/cards/requests';
import type { VotingRecord } from '@/utils/data/schema';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb } from '@/utils/data/db';
import { getPersonDetails } from '@/utils/data/queries';
import { mapMember } from '@/utils/parliament/members/map-member';
import { FLOOR_CROSSER } from '../parliament/members/fixtures';
import { CROSSER_DETAILS } from '../cards/mp-fixtures';
import { bundledDataset, freshDbName } from '../helpers/dataset';

function show(card: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  render(card, container);
  return container;
}

function live(): LiveState {
  const mapped = mapMember(FLOOR_CROSSER.id, FLOOR_CROSSER.member, FLOOR_CROSSER.biography);
  if (!mapped.ok) throw new Error(mapped.reason);
  return { status: 'answered', facts: mapped.facts, checkedAt: '2026-12-06T20:00:00.000Z', problem: null, off: false };
}

const RECORD: VotingRecord = {
  id: '99001-6676',
  personId: 99001,
  policyId: 6676,
  fromYear: 2011,
  toYear: 2012,
  votes: { with: 2, against: 0, absent: 1, abstained: 0 },
  strongVotes: { with: 4, against: 1, absent: 0, abstained: 0 },
  comparisonParty: 'labour',
  partyAverage: null,
  sources: [{ url: 'https://votes.theyworkforyou.com/policy/6676', label: 'TheyWorkForYou' }],
  origin: 'bundled',
};

/** A row of the NHS divisions on an MP's card, for a division written for the test. */
function divisionRow(
  row: Pick<LiveVotes['divisions'][number], 'vote' | 'words'> & Partial<LiveVotes['divisions'][number]>,
) {
  return {
    key: 'pw-2019-10-23-9-commons',
    date: '2019-10-23',
    number: 9,
    title: 'A fictional NHS division',
    url: 'https://votes.parliament.uk/votes/commons/division/701',
    ayes: 300,
    noes: 200,
    party: null,
    ...row,
  };
}

describe('MpCard leads with why', () => {
  it("puts the post held at the article's date first, then the seat, then the votes", () => {
    const card = show(
      <MpCard
        details={{ ...CROSSER_DETAILS, votingRecords: [RECORD] }}
        articleDate="2016-03-14"
        live={live()}
        today="2026-12-06"
      />,
    );
    const text = card.textContent ?? '';
    const role = text.indexOf('Secretary of State for Health on 14 March 2016');
    const votes = text.indexOf('Voted for in 6 of 8 votes, against in 1; no vote recorded in 1.');
    expect(role).toBeGreaterThan(-1);
    expect(votes).toBeGreaterThan(role);
    expect(text).toContain('Checked with Parliament on 6 December 2026.');
    expect(text).not.toContain('cannot confirm');
  });

  it('paints the bundled facts with their hedge, and says live facts are on their way', () => {
    const card = show(<MpCard details={CROSSER_DETAILS} articleDate="2021-01-01" live={{ status: 'checking' }} />);
    expect(card.textContent).toContain('Labour, Exampleton North');
    expect(card.textContent).toContain('the data cannot confirm they still sat on this date');
    expect(card.textContent).toContain('Checking with Parliament for the latest facts…');
  });

  it("names a post from the bundled data at the article's date, with its source, until Parliament answers", () => {
    const post = {
      id: 'fictional-health-secretary',
      personId: 99001,
      role: 'health-secretary',
      title: 'Secretary of State for Health',
      start: '2012-09-04',
      end: '2018-01-09',
      sources: [{ url: 'https://example.org/fictional-ministers', label: 'Fictional ministers list' }],
      origin: 'bundled' as const,
    };
    const card = show(
      <MpCard details={{ ...CROSSER_DETAILS, posts: [post] }} articleDate="2016-03-14" live={{ status: 'checking' }} />,
    );
    const role = [...card.querySelectorAll('a')].find(
      (link) => link.textContent === 'Secretary of State for Health on 14 March 2016',
    );
    expect(role?.href).toBe('https://example.org/fictional-ministers');
    const later = show(
      <MpCard details={{ ...CROSSER_DETAILS, posts: [post] }} articleDate="2019-03-14" live={{ status: 'checking' }} />,
    );
    expect(later.textContent).not.toContain('Secretary of State for Health');
  });

  it('shows the same numbers as text beside each drawn bar, and hides the drawing from screen readers', () => {
    const card = show(<MpCard details={{ ...CROSSER_DETAILS, votingRecords: [RECORD] }} articleDate={null} />);
    const bar = card.querySelector('svg.vote-bar');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect(bar?.parentElement?.textContent).toContain('Voted for in 6 of 8 votes');
    expect([...bar!.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')))).toEqual([
      90, 15, 0, 15,
    ]);
  });

  it("lists the MP's votes in the nearest NHS divisions with their totals, drawn and as text, and holds their place while checking", () => {
    const checking = show(
      <MpCard details={CROSSER_DETAILS} articleDate="2021-01-01" live={live()} votes={{ status: 'checking' }} />,
    );
    expect(checking.textContent).toContain('NHS divisions nearest this date');
    expect(checking.querySelector('.nhs-divisions ul[aria-busy="true"]')?.children).toHaveLength(3);

    const votes = {
      divisions: [divisionRow({ vote: 'presiding', words: 'Presiding: does not vote' })],
      attendance: null,
      attendanceGap: 'In the chair (the Speaker or a deputy), who do not vote: no share of votes to count.',
      partyTurnout: null,
      problem: null,
      off: false,
    };
    const card = show(
      <MpCard details={CROSSER_DETAILS} articleDate="2021-01-01" live={live()} votes={{ status: 'answered', votes }} />,
    );
    const row = card.querySelector('.nhs-divisions li')!;
    expect(row.textContent).toBe(
      '23 October 2019: A fictional NHS divisionPresiding: does not vote · Ayes 300, Noes 200 ',
    );
    expect(row.querySelector('a')?.href).toBe('https://votes.parliament.uk/votes/commons/division/701');
    expect(row.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(card.textContent).not.toMatch(/absent/i);
    expect(card.querySelector('.attendance')?.textContent).toBe(
      'How often they voteIn the chair (the Speaker or a deputy), who do not vote: no share of votes to count.',
    );
  });

  it('says how often the MP votes, with both counts, the months counted and a link, drawn and as text', () => {
    const votes = {
      divisions: [],
      attendance: {
        from: '2016-05-05',
        to: '2016-12-31',
        voted: 150,
        total: 200,
        cut: 'in the Commons from 5 May 2016',
        url: 'https://members.parliament.uk/member/99001/voting',
      },
      attendanceGap: null,
      partyTurnout: null,
      problem: null,
      off: false,
    };
    const card = show(
      <MpCard details={CROSSER_DETAILS} articleDate="2017-01-10" live={live()} votes={{ status: 'answered', votes }} />,
    );
    const attendance = card.querySelector('.attendance')!;
    expect(attendance.textContent).toBe(
      'How often they voteVoted in 150 of 200 Commons divisions (75%) ' +
        'From 5 May 2016 to 31 December 2016 (in the Commons from 5 May 2016). A vote missed may have many reasons ' +
        'the record does not give.',
    );
    expect(attendance.querySelector('a')?.href).toBe('https://members.parliament.uk/member/99001/voting');
    const bar = attendance.querySelector('svg')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect([...bar.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')))).toEqual([90, 30]);
  });

  it("puts the party's figures beside the MP's: how its MPs voted in each division, and how often in them all", () => {
    const votes = {
      divisions: [
        divisionRow({
          vote: 'no-vote-recorded',
          words: 'No vote recorded',
          party: { party: 'Fictional Party', ayes: 60, noes: 0, tellers: 2, noVoteRecorded: 18 },
        }),
      ],
      attendance: null,
      attendanceGap: 'Not checked with Parliament.',
      partyTurnout: { party: 'Fictional Party', voted: 62, places: 80, divisions: 1 },
      problem: null,
      off: false,
    };
    const card = show(
      <MpCard details={CROSSER_DETAILS} articleDate="2021-01-01" live={live()} votes={{ status: 'answered', votes }} />,
    );
    const row = card.querySelector('.nhs-divisions li')!;
    expect(row.textContent).toContain('Fictional Party MPs: Ayes 60, Noes 0, tellers 2; no vote recorded 18');
    expect(row.querySelectorAll('svg')).toHaveLength(2);
    const attendance = card.querySelector('.attendance')!;
    expect(attendance.textContent).toContain(
      'Fictional Party MPs in the NHS division above: voted in 62 of 80 places (78%)',
    );
    const bar = attendance.querySelector('svg')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect([...bar.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')))).toEqual([93, 27]);
  });
});

describe('a day with no division', () => {
  it("says a sponsored bill's stage near the article's date ended without a division, so no vote was recorded", async () => {
    const db = await openBevanDb(freshDbName());
    await loadBundledDataset(db, bundledDataset());
    // Caroline Lucas's NHS Bill, talked out at second reading on 11 March 2016 (the bundled data, as shipped).
    const details = (await getPersonDetails(db, 3930))!;
    const card = show(<MpCard details={details} articleDate="2016-03-14" />);
    expect(card.textContent).toContain(
      '11 March 2016: the National Health Service Bill 2015-16, 2nd reading, ended without a division (not reached / talked out; no division), so no MP’s vote was recorded.',
    );
    // Her bill is why she is in such an article: it comes before her votes.
    const text = card.textContent ?? '';
    expect(text.indexOf('Bills sponsored')).toBeGreaterThan(-1);
    expect(text.indexOf('Bills sponsored')).toBeLessThan(text.indexOf('NHS votes'));
    const later = show(<MpCard details={details} articleDate="2017-03-14" />);
    expect(later.textContent).not.toContain('ended without a division');
  });
});
