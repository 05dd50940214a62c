import { render } from 'preact';
import { comparePartialDates } from '@/utils/data/partial-dates';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { BillCard } from '@/components/cards/BillCard';
import { DisputeCard } from '@/components/cards/DisputeCard';
import { MpCard } from '@/components/cards/MpCard';
import { DisputeNow } from '@/components/popup/DisputeNow';
import type { DisputeEvent } from '@/utils/data/schema';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb, type BevanDb } from '@/utils/data/db';
import { getBillDetails, getDisputeTimeline, getPersonDetails } from '@/utils/data/queries';
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

function links(container: HTMLElement): string[] {
  return [...container.querySelectorAll('a')].map((link) => link.href);
}

describe('MpCard', () => {
  it("shows Caroline Lucas's party and seat at the article's date, and that she has since left", async () => {
    const details = (await getPersonDetails(db, 3930))!;
    const card = show(<MpCard details={details} articleDate="2016-03-14" />);
    expect(card.textContent).toContain('Caroline Lucas');
    expect(card.textContent).toContain('Green Party, Brighton, Pavilion');
    expect(card.textContent).toContain('Former MP');
    expect(card.textContent).toContain('National Health Service Bill 2015-16');
  });

  it('shows each NHS voting summary with its figures linked to TheyWorkForYou', async () => {
    const details = (await getPersonDetails(db, 3930))!;
    expect(details.votingRecords.length).toBeGreaterThan(0);
    const card = show(<MpCard details={details} articleDate="2016-03-14" />);
    const figures = [...card.querySelectorAll('a')].filter((link) =>
      /^Voted for in \d+ of \d+ votes, against in \d+/.test(link.textContent ?? ''),
    );
    expect(figures).toHaveLength(details.votingRecords.length);
    for (const link of figures) expect(new URL(link.href).hostname).toMatch(/(^|\.)theyworkforyou\.com$/);
  });

  it("shows Jeremy Hunt's seat then and now", async () => {
    const details = (await getPersonDetails(db, 1572))!;
    const then = show(<MpCard details={details} articleDate="2016-02-11" />);
    expect(then.textContent).toContain('South West Surrey');
    expect(then.textContent).toMatch(/Now: .*Godalming and Ash/);
  });

  it('says so when an MP has no recorded NHS votes, instead of showing zeros', async () => {
    const people = await db.getAll('people');
    const withVotes = new Set((await db.getAll('votingRecords')).map((record) => record.personId));
    const newcomer = people.find((person) => person.sitting && !withVotes.has(person.id))!;
    const card = show(<MpCard details={(await getPersonDetails(db, newcomer.id))!} articleDate="2025-07-25" />);
    expect(card.textContent).toContain('No recorded votes on these NHS policies.');
    expect(card.textContent).not.toMatch(/0 for, 0 against/);
  });

  it('on a page without a date, says the date is unknown and shows the MP as of today only', async () => {
    const details = (await getPersonDetails(db, 1572))!;
    const card = show(<MpCard details={details} articleDate={null} />);
    expect(card.textContent).toContain('Date of the article unknown');
    expect(card.textContent).not.toMatch(/On \d{1,2} \w+ \d{4}/);
    // Jeremy Hunt as of today: his present seat, not the one he held before 2024.
    expect(card.textContent).toMatch(/Now: .*Godalming and Ash/);
    expect(card.textContent).not.toContain('South West Surrey');
  });

  it('says so when the article predates the MP', async () => {
    const details = (await getPersonDetails(db, 1572))!;
    const card = show(<MpCard details={details} articleDate="2001-01-01" />);
    expect(card.textContent).toContain('not an MP at this date');
  });

  it('links only to https pages', async () => {
    for (const id of [3930, 1572]) {
      const card = show(<MpCard details={(await getPersonDetails(db, id))!} articleDate="2020-01-01" />);
      expect(links(card).length).toBeGreaterThan(0);
      for (const href of links(card)) expect(href).toMatch(/^https:\/\//);
    }
  });
});

describe('BillCard', () => {
  it('shows the NHS Bill 2015-16 talked out at second reading on 11 March 2016, with its sponsor', async () => {
    const details = (await getBillDetails(db, 'nhs-bill-2015-16'))!;
    const card = show(<BillCard details={details} onOpenPerson={() => undefined} />);
    expect(card.textContent).toContain('11 March 2016');
    expect(card.textContent).toMatch(/talked out/);
    expect(card.querySelector('button')?.textContent).toBe('Caroline Lucas');
    for (const href of links(card)) expect(href).toMatch(/^https:\/\//);
  });

  it('shows the Act a bill became', async () => {
    const details = (await getBillDetails(db, 'health-and-social-care-bill-2010-12'))!;
    const card = show(<BillCard details={details} />);
    expect(card.textContent).toContain('Health and Social Care Act 2012');
    expect(card.textContent).toContain('27 March 2012');
  });
});

describe('MpCard found by a role', () => {
  it('says "Health Secretary on 14 March 2016", linked to the post’s source', async () => {
    const details = (await getPersonDetails(db, 1572))!; // Jeremy Hunt
    const card = show(<MpCard details={details} articleDate="2016-03-14" role="health-secretary" />);
    const line = [...card.querySelectorAll('a')].find(
      (link) => link.textContent === 'Health Secretary on 14 March 2016',
    );
    expect(line?.href).toBe('https://www.instituteforgovernment.org.uk/ministers-database');
    // The database's licence (CC BY 4.0) asks for credit wherever its facts are shown.
    expect(card.querySelector('.footer')?.textContent).toContain(
      'IfG Ministers Database, Institute for Government, CC BY 4.0',
    );
  });

  it('says the post once: by its role, not again by its long title among the posts held that day', async () => {
    const details = (await getPersonDetails(db, 1572))!;
    const byRole = show(<MpCard details={details} articleDate="2016-03-14" role="health-secretary" />);
    expect(byRole.textContent).toContain('Health Secretary on 14 March 2016');
    expect(byRole.textContent).not.toContain('Secretary of State for Health on 14 March 2016');
    const byName = show(<MpCard details={details} articleDate="2016-03-14" />);
    expect(byName.textContent).toContain('Secretary of State for Health on 14 March 2016');
  });

  it('says nothing of the role on an undated page, or on a date the MP did not hold it', async () => {
    const details = (await getPersonDetails(db, 1572))!;
    for (const articleDate of [null, '2019-03-14']) {
      const card = show(<MpCard details={details} articleDate={articleDate} role="health-secretary" />);
      expect(card.textContent).not.toContain('Health Secretary on');
    }
  });
});

describe('DisputeCard', () => {
  it('leads with what the dispute is about, its state then and now, the last event before the article and the next three', async () => {
    const events = await getDisputeTimeline(db);
    const card = show(<DisputeCard events={events} articleDate="2016-03-14" today="2026-12-06" />);
    expect(card.querySelector('.about')?.textContent).toMatch(/contract.*pay/s);
    const status = card.querySelector('dl')!.textContent;
    expect(status).toContain('On 14 March 2016: Last strike 9–11 March 2016; next strike 6–8 April 2016');
    // The bundled timeline ends with the doctors accepting the Government's deal in June 2026.
    expect(status).toMatch(/Now \(6 December 2026\): Resident doctors accept Government deal.*strikes end/);
    const [before, next] = [...card.querySelectorAll('ol')];
    expect(before.querySelectorAll('li')).toHaveLength(1);
    expect(before.textContent).toContain('Strike 3');
    expect(
      [...next.querySelectorAll('li')].map((item) => item.querySelector('time')?.getAttribute('datetime')),
    ).toEqual(['2016-04-06', '2016-04-26', '2016-05-18']);
  });

  it("opens the full timeline read on from the article's date, then back from it", async () => {
    const events = await getDisputeTimeline(db);
    const card = show(<DisputeCard events={events} articleDate="2016-03-14" />);
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Full timeline'))!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const [after, before] = [...card.querySelectorAll('ol')];
    const dates = (list: Element) => [...list.querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
    expect(dates(after)[0]).toBe('2016-04-06');
    // Oldest first, a month-only date after the days of its month.
    expect(dates(after)).toEqual([...dates(after)].sort(comparePartialDates));
    expect(dates(before)[0]).toBe('2016-03-09');
    expect(dates(before).at(-1)).toBe('2015-10-28');
    expect(dates(after).length + dates(before).length).toBe(events.length);
  });

  it('on a page without a date, says the date is unknown and shows the dispute as of today, not as the article’s', async () => {
    const events = await getDisputeTimeline(db);
    const today = '2024-01-01';
    const card = show(<DisputeCard events={events} articleDate={null} today={today} />);
    expect(card.textContent).toContain('Date of the article unknown');
    expect(card.textContent).not.toMatch(/this article|article's date/);
    expect(card.querySelector('dl')!.textContent).toMatch(/^Now \(1 January 2024\): Last strike 20–23 December 2023/);
    const headings = [...card.querySelectorAll('h3')].map((heading) => heading.textContent);
    // Events after today are not "since the article": they are still to come.
    expect(headings).toEqual(['Latest', 'Coming up']);
    const [latest, coming] = [...card.querySelectorAll('ol')];
    expect(latest.textContent).toContain('20–23 December 2023');
    expect(coming.textContent).toContain('2024');
  });

  it('marks unverified rows with a spaced badge that explains itself, and shows publishers, never research notes', async () => {
    const events = await getDisputeTimeline(db);
    const card = show(<DisputeCard events={events} articleDate="2023-08-01" />);
    const badge = [...card.querySelectorAll('.bevan-trust')].find((b) => b.textContent === 'Not verified')!;
    expect(badge.getAttribute('title')).toMatch(/sources do not confirm/);
    expect(card.textContent).not.toMatch(/weak secondary|verify\b|\(also /);
    // Sources by their publishers' names, as the bundled timeline links them.
    expect(card.textContent).toContain('Source: The Guardian');
  });

  it('keeps the "not verified" badge on the latest strike line', () => {
    const card = show(<DisputeCard events={[disputeEvent({ verified: false })]} articleDate="2026-06-25" />);
    const status = card.querySelector('dl')!.textContent;
    expect(status).toMatch(/Last strike [^;]*\(not verified\)/);
    const latest = card.querySelector('ol')!;
    expect(latest.textContent).toContain('Resident doctors strike');
    expect(latest.textContent).toContain('Not verified');
  });

  it('puts a month-only event after the days of its month, and after an article dated within that month', () => {
    const events = [
      disputeEvent({ id: 'a', start: '2026-06', kind: 'deal', title: 'Deal accepted in June' }),
      disputeEvent({ id: 'b', start: '2026-06-15', end: null, title: 'Strike of 15 June' }),
    ];
    const card = show(<DisputeCard events={events} articleDate="2026-06-20" />);
    const [before, since] = [...card.querySelectorAll('ol')];
    expect(before?.textContent).toContain('Strike of 15 June');
    expect(before?.textContent).not.toContain('Deal accepted');
    expect(since?.textContent).toContain('Deal accepted in June');
    // Once its month is over, the month-only row is the last thing before the article: after the 15th.
    const later = show(<DisputeCard events={events} articleDate="2026-07-01" />);
    expect(later.querySelectorAll('ol')[0]!.textContent).toContain('Deal accepted in June');
  });
});

describe('DisputeNow (popup)', () => {
  it('keeps the "not verified" badge on the latest strike line', () => {
    const popup = show(<DisputeNow events={[disputeEvent({ verified: false })]} today="2026-07-01" />);
    expect(popup.textContent).toContain('Latest strike');
    expect(popup.textContent).toContain('Not verified');
  });
});

/** A dispute event written for the test (fictional source), verified unless told otherwise. */
function disputeEvent(overrides: Partial<DisputeEvent> = {}): DisputeEvent {
  return {
    id: 'dispute-test',
    start: '2026-06-15',
    end: '2026-06-19',
    kind: 'strike',
    title: 'Resident doctors strike',
    details: null,
    verified: true,
    sources: [{ url: 'https://example.org/strike', label: 'example.org' }],
    origin: 'bundled',
    ...overrides,
  };
}
