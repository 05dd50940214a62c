/** How an MP's card links the MP to the bills and the dispute the page names, on data written for the test. */
import { describe, expect, it } from 'vitest';
import { pageLinks } from '@/utils/cards/page-links';
import type { Bill, Post, Stance } from '@/utils/data/schema';
import { details, spell } from './mp-fixtures';

const SOURCE = { url: 'https://example.org/fictional', label: 'Fictional' };

const BILL: Bill = {
  id: 'fictional-care-bill-2015-16',
  shortTitle: 'Fictional Care Bill 2015-16',
  aliases: [],
  session: '2015-16',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: 99001,
  sponsorName: 'Alex Fictional',
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [SOURCE],
  origin: 'bundled',
};

const stance = (id: string, subject: Stance['subject'], position: Stance['position']): Stance => ({
  id,
  personId: 99001,
  subject,
  position,
  date: '2016-02-01',
  note: null,
  sources: [SOURCE],
  origin: 'campaigner',
});

const post = (role: string, title: string, start: string, end: string | null): Post => ({
  id: `${role}-${start}`,
  personId: 99001,
  role,
  title,
  start,
  end,
  sources: [SOURCE],
  origin: 'bundled',
});

const mp = {
  ...details(99001, 'Alex Fictional', true, [
    spell(99001, 'Labour', 'Exampleton North', '2015-05-07', null, 'sitting'),
  ]),
  sponsoredBills: [BILL],
  stances: [
    stance('s1', { kind: 'bill', billId: BILL.id }, 'supports'),
    stance('s2', { kind: 'dispute' }, 'opposes'),
    stance('s3', { kind: 'bill', billId: 'another-bill' }, 'supports'),
  ],
  posts: [
    post('health-secretary', 'Secretary of State for Health', '2012-09-04', '2018-07-09'),
    post('secretary-of-state-for-the-home-department-ho', 'Home Secretary', '2010-05-12', '2016-07-13'),
  ],
};

describe('an MP card on what the page names', () => {
  it('says the MP sponsored a bill on the page, and what campaigners recorded on it, in the page’s words', () => {
    const words = pageLinks(
      mp,
      { mps: [], bills: [{ id: BILL.id, text: 'care bill' }], dispute: false },
      '2016-03-14',
    ).map((link) => link.words);
    expect(words).toEqual([
      'Sponsored the Fictional Care Bill 2015-16',
      'Recorded by campaigners as supporting the care bill (1 February 2016)',
    ]);
  });

  it('on a page about the dispute, names the health post held at the article’s date, and no other post', () => {
    const words = pageLinks(mp, { mps: [], bills: [], dispute: true }, '2016-03-14').map((link) => link.words);
    expect(words).toEqual([
      'Recorded by campaigners as opposing the resident doctors’ dispute (1 February 2016)',
      'Secretary of State for Health on 14 March 2016, during the resident doctors’ dispute',
    ]);
    // Undated, or after the post: no post is claimed.
    expect(pageLinks(mp, { mps: [], bills: [], dispute: true }, null).map((link) => link.words)).toHaveLength(1);
    expect(pageLinks(mp, { mps: [], bills: [], dispute: true }, '2019-01-01').map((link) => link.words)).toHaveLength(
      1,
    );
  });

  it('says nothing of what the page does not name, and gives each link its source', () => {
    expect(
      pageLinks(
        mp,
        { mps: [], bills: [{ id: 'unrelated-bill', text: 'Unrelated Bill' }], dispute: false },
        '2016-03-14',
      ),
    ).toEqual([]);
    for (const link of pageLinks(
      mp,
      { mps: [], bills: [{ id: BILL.id, text: 'care bill' }], dispute: true },
      '2016-03-14',
    )) {
      expect(link.source.url).toMatch(/^https:/);
    }
  });
});
