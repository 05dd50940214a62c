/**
 * The bill card leads with the outcome and the bill's purpose, shows the latest three stages with the rest folded
 * away, divisions with their Ayes and Noes, and says where each stage came from: the bundled sources, or
 * Parliament's Bills API and when it was asked.
 */
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { BillCard, type LiveBillView } from '@/components/cards/BillCard';
import type { BillDetails } from '@/utils/cards/requests';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import { getBillDetails } from '@/utils/data/queries';
import type { LiveBill } from '@/utils/parliament/bills/live-bill';
import { bundledDataset, freshDbName } from '../helpers/dataset';

let db: BevanDb;

beforeAll(async () => {
  db = await openBevanDb(freshDbName());
  await loadBundledDataset(db, bundledDataset());
});

function show(card: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  render(card, container);
  return container;
}

const NOW = new Date('2026-12-06T12:00:00Z');

describe('a bundled bill', () => {
  it('leads with its outcome, before the stages', async () => {
    const details = (await getBillDetails(db, 'health-and-social-care-bill-2010-12'))!;
    const card = show(<BillCard details={details} now={NOW} />);
    const outcome = card.querySelector('.outcome')!;
    expect(outcome.textContent).toBe('Enacted: Health and Social Care Act 2012, Royal Assent 27 March 2012');
    expect(outcome.compareDocumentPosition(card.querySelector('.timeline')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('shows the latest three of its 13 stages, newest first, and folds the other ten away', async () => {
    const details = (await getBillDetails(db, 'health-and-social-care-bill-2010-12'))!;
    const card = show(<BillCard details={details} now={NOW} />);
    const [latest, earlier] = [...card.querySelectorAll('ol.timeline')];
    expect([...latest.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      expect.stringContaining('Royal Assent'),
      expect.stringContaining('Consideration of Lords amendments'),
      expect.stringContaining('3rd reading'),
    ]);
    const folded = card.querySelector('details')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe('10 earlier stages');
    expect(earlier.querySelectorAll('li')).toHaveLength(10);
    expect(latest.textContent).toContain('Source: ');
  });

  it('shows its divisions with their Ayes and Noes, and says where counts are not recorded', async () => {
    const details = (await getBillDetails(db, 'health-and-social-care-bill-2010-12'))!;
    const card = show(<BillCard details={details} now={NOW} />);
    const divisions = card.querySelector('.divisions')!;
    expect(divisions.textContent).toContain('31 January 2011 · division 185');
    expect(divisions.textContent).toContain('Ayes 321, Noes 235');
    expect(divisions.textContent).toContain('Vote counts not recorded');
  });
});

/** A bill written for the test, with a Parliament id, and Parliament's copy of it. */
const details: BillDetails = {
  bill: {
    id: 'example-health-bill-2026-27',
    shortTitle: 'Example Health Bill',
    aliases: [],
    session: '2026-27',
    type: 'Government Bill',
    house: 'Commons',
    sponsorId: null,
    sponsorName: 'A Sponsor',
    stages: [
      {
        stage: 'Announced in the King’s Speech',
        outcome: null,
        house: 'none',
        date: '2026-05-13',
        dateEnd: null,
        source: { url: 'https://example.org/kings-speech', label: 'example.org' },
        secondary: false,
      },
      {
        stage: '1st reading',
        outcome: null,
        house: 'Commons',
        date: '2026-06-01',
        dateEnd: null,
        source: { url: 'https://example.org/first-reading', label: 'example.org' },
        secondary: false,
      },
    ],
    outcome: null,
    actTitle: null,
    sources: [{ url: 'https://example.org/bill', label: 'example.org' }],
    parliamentBillId: 4100,
    origin: 'campaigner',
  },
  sponsor: null,
  divisions: [],
  stances: [],
};

const liveCopy: LiveBill = {
  parliamentBillId: 4100,
  shortTitle: 'Example Health Bill',
  longTitle: 'A Bill to make provision about example health services.',
  billType: 'Government Bill',
  originatingHouse: 'Commons',
  includedSessionCount: 1,
  isAct: false,
  withdrawn: null,
  defeated: false,
  currentStage: { stage: 'Committee stage', house: 'Commons' },
  sponsors: [{ memberId: null, name: 'A Sponsor' }],
  stages: [
    { stage: '1st reading', house: 'Commons', dates: ['2026-06-01'], sortOrder: 1 },
    { stage: '2nd reading', house: 'Commons', dates: ['2026-06-20'], sortOrder: 2 },
    { stage: 'Committee stage', house: 'Commons', dates: [], sortOrder: 3 },
  ],
  divisions: [],
};

const checked: LiveBillView = {
  stored: { checkedAt: '2026-12-05T09:30:00.000Z', bill: liveCopy },
  checking: false,
  failure: null,
};

describe("MPs' votes in a bill's divisions", () => {
  it('shows beside each division how the sponsor and the MPs the page names voted, as Parliament said', async () => {
    const details = (await getBillDetails(db, 'health-and-care-bill-2021-22'))!;
    const votes = {
      rows: [
        {
          date: '2021-07-14',
          number: 56,
          votes: [
            { memberId: 3945, name: details.sponsor!.name, vote: 'aye' as const, words: 'Aye' },
            { memberId: 172, name: 'Diane Abbott', vote: 'no' as const, words: 'No' },
          ],
        },
      ],
      problem: null,
      off: false,
    };
    const card = show(<BillCard details={details} now={NOW} divisionVotes={{ status: 'answered', votes }} />);
    const division = [...card.querySelectorAll('.divisions > li')].find((item) =>
      item.textContent!.includes('division 56'),
    )!;
    expect([...division.querySelectorAll('.members-votes li')].map((item) => item.textContent)).toEqual([
      `${details.sponsor!.name} (sponsor): Aye`,
      'Diane Abbott: No',
    ]);
    // A division Parliament said nothing of shows no votes.
    const other = [...card.querySelectorAll('.divisions > li')].find((item) =>
      item.textContent!.includes('division 55'),
    )!;
    expect(other.querySelector('.members-votes')).toBeNull();
  });

  it('says so while asking, and why when Parliament could not be asked', async () => {
    const details = (await getBillDetails(db, 'health-and-care-bill-2021-22'))!;
    expect(show(<BillCard details={details} now={NOW} divisionVotes={{ status: 'checking' }} />).textContent).toContain(
      'Checking Parliament’s record of how they voted…',
    );
    const offline = {
      rows: [],
      problem: "Parliament's votes service could not be reached: you may be offline.",
      off: false,
    };
    expect(
      show(<BillCard details={details} now={NOW} divisionVotes={{ status: 'answered', votes: offline }} />).textContent,
    ).toContain("Parliament’s record of votes could not be read: Parliament's votes service could not be reached");
  });
});

describe("a campaigner's bill with a reading scheduled", () => {
  it('marks a stage dated after today announced, and no earlier stage', async () => {
    const details = (await getBillDetails(db, 'health-and-social-care-bill-2010-12'))!;
    const source = { url: 'https://example.org/order-paper', label: 'Order paper' };
    const stage = (name: string, date: string) => ({
      stage: name,
      outcome: null,
      house: 'Commons' as const,
      date,
      dateEnd: null,
      source,
      secondary: false,
    });
    const scheduled: BillDetails = {
      ...details,
      bill: {
        ...details.bill,
        id: 'fictional-scheduled-bill',
        origin: 'campaigner',
        stages: [stage('1st reading', '2026-11-02'), stage('2nd reading', '2027-01-22')],
      },
      divisions: [],
    };
    const card = show(<BillCard details={scheduled} now={NOW} />);
    const [second, first] = [...card.querySelectorAll('ol.timeline li')];
    expect(second.textContent).toContain('2nd reading');
    expect(second.querySelector('.bevan-trust')?.textContent).toBe('Announced');
    expect(first.querySelector('.bevan-trust')).toBeNull();
  });
});

describe('a bill with a Parliament id', () => {
  it('leads with where it stands and its long title, from Parliament', () => {
    const card = show(<BillCard details={details} live={checked} now={NOW} />);
    expect(card.querySelector('.outcome')!.textContent).toBe(
      'Before Parliament: now at Committee stage in the Commons',
    );
    expect(card.querySelector('.purpose')!.textContent).toBe('A Bill to make provision about example health services.');
  });

  it("shows Parliament's stages as checked with Parliament, linked to the bill's stages page, beside a bundled-only stage with its source", () => {
    const card = show(<BillCard details={details} live={checked} now={NOW} />);
    const items = [...card.querySelectorAll('ol.timeline li')];
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/2nd reading.*Checked with Parliament on 5 December 2026/),
      expect.stringMatching(/1st reading.*Checked with Parliament on 5 December 2026/),
      expect.stringMatching(/Announced in the King’s Speech.*Source: example\.org/),
    ]);
    const checkedLink = items[0].querySelector('a')!;
    expect(checkedLink.href).toBe('https://bills.parliament.uk/bills/4100/stages');
    expect(card.textContent).toContain('This bill on bills.parliament.uk');
  });

  it("lists Parliament's Commons divisions on it with their Ayes and Noes, linked to votes.parliament.uk", () => {
    const withDivision: LiveBillView = {
      ...checked,
      stored: {
        ...checked.stored!,
        bill: {
          ...liveCopy,
          divisions: [
            {
              divisionId: 9001,
              date: '2026-06-20',
              number: 12,
              title: 'Example Health Bill: Second Reading',
              ayes: 301,
              noes: 200,
            },
          ],
        },
      },
    };
    const card = show(<BillCard details={details} live={withDivision} now={NOW} />);
    const division = card.querySelector('.divisions li')!;
    expect(division.textContent).toContain('20 June 2026 · division 12');
    expect(division.textContent).toContain('Ayes 301, Noes 200 · checked with Parliament on 5 December 2026');
    expect(division.querySelector('a')!.href).toBe('https://votes.parliament.uk/votes/commons/division/9001');
  });

  it('says when the stages were last checked when Parliament cannot be asked now', () => {
    const card = show(
      <BillCard details={details} live={{ ...checked, failure: 'Parliament did not answer.' }} now={NOW} />,
    );
    expect(card.textContent).toContain(
      'Stages last checked with Parliament on 5 December 2026. Could not check again just now: Parliament did not answer.',
    );
  });

  it('leads with its own long title before Parliament has been asked', () => {
    const withTitle = { ...details, bill: { ...details.bill, longTitle: 'A Bill to test long titles.' } };
    const card = show(
      <BillCard details={withTitle} live={{ stored: null, checking: true, failure: null }} now={NOW} />,
    );
    expect(card.querySelector('.purpose')!.textContent).toBe('A Bill to test long titles.');
    expect(card.querySelector('.outcome')!.textContent).toBe('Outcome not recorded.');
  });

  it('shows its own stages while Parliament is asked for the first time', () => {
    const card = show(<BillCard details={details} live={{ stored: null, checking: true, failure: null }} now={NOW} />);
    expect(card.textContent).toContain('Checking Parliament for its stages…');
    expect(card.querySelectorAll('ol.timeline li')).toHaveLength(2);
  });
});
