import { describe, expect, it } from 'vitest';
import type { Post } from '@/utils/data/schema';
import { findMatches, unpackMatcher } from '@/utils/matching/find';
import { buildMatcherSpec } from '@/utils/matching/matcher-spec';
import { compileMatcher } from '@/utils/matching/compile';
import { annotatePage } from '@/utils/page/annotate';
import { packMatcher } from '@/utils/matching/pack';
import {
  findRoleMentions,
  holderOn,
  holdersOn,
  packHolders,
  postOn,
  roleNamedBy,
  roleOnDate,
  ROLE_NAMES,
  ROLE_WORDS,
  roleScanner,
  unpackHolders,
} from '@/utils/matching/roles';

/** Posts written for the test: made-up MNIS ids 1–9, real-looking spans. */
const post = (role: string, personId: number, start: string, end: string | null): Post => ({
  id: `${role}-${personId}-${start}`,
  personId,
  role,
  title: role,
  start,
  end,
  sources: [{ url: 'https://example.org/posts', label: 'example.org' }],
  origin: 'bundled',
});
const POSTS = [
  post('health-secretary', 1, '2012-09-04', '2018-07-09'),
  post('health-secretary', 2, '2018-07-09', null),
  post('shadow-health-secretary', 3, '2015-09-13', '2016-06-26'),
  post('prime-minister', 4, '2010-05-11', '2016-07-13'),
  post('chancellor', 5, '2010-05-11', '2016-07-13'),
  post('leader-of-the-opposition', 6, '2015-09-12', '2020-04-04'),
  post('home-secretary', 7, '2010-05-12', '2016-07-13'),
  post('leader-of-the-house', 8, '2015-05-11', '2016-07-14'),
  post('deputy-prime-minister', 9, '2010-05-11', '2015-05-08'),
];
const ON_14_MARCH_2016 = holdersOn(POSTS, '2016-03-14');
const roles = (text: string) => findRoleMentions(text, ON_14_MARCH_2016).map((m) => [m.text, m.personId]);

describe('roles at the article’s date', () => {
  it('finds who held a post on a day, and nobody outside it', () => {
    expect(holderOn(POSTS, 'health-secretary', '2016-03-14')).toBe(1);
    expect(holderOn(POSTS, 'health-secretary', '2020-01-01')).toBe(2);
    expect(holderOn(POSTS, 'shadow-health-secretary', '2017-01-01')).toBeNull();
  });

  it('says nobody on a handover day, when two held the post', () => {
    expect(holderOn(POSTS, 'health-secretary', '2018-07-09')).toBeNull();
  });

  it('trusts a post still open in the sources only up to the date they describe', () => {
    expect(holderOn(POSTS, 'health-secretary', '2026-06-01', '2026-06-19')).toBe(2);
    expect(holderOn(POSTS, 'health-secretary', '2026-12-06', '2026-06-19')).toBeNull();
  });

  it('resolves no role on a page without a date', () => {
    expect(holdersOn(POSTS, null).size).toBe(0);
    expect(findRoleMentions('The Health Secretary said so.', holdersOn(POSTS, null))).toEqual([]);
  });

  it('links "the Health Secretary" in any capitalisation to the MP then in post', () => {
    expect(roles('Yesterday the Health Secretary, the health secretary and THE HEALTH SECRETARY spoke.')).toEqual([
      ['Health Secretary', 1],
      ['health secretary', 1],
      ['HEALTH SECRETARY', 1],
    ]);
    expect(roles('the Secretary of State for Health and Social Care replied')).toEqual([
      ['Secretary of State for Health and Social Care', 1],
    ]);
  });

  it('tells the shadow post from the post', () => {
    expect(roles('the Shadow Health Secretary asked the Health Secretary')).toEqual([
      ['Shadow Health Secretary', 3],
      ['Health Secretary', 1],
    ]);
  });

  it('links the Prime Minister, the Chancellor and the Leader of the Opposition', () => {
    expect(
      roles(
        "the Prime Minister's spokesman, the Chancellor of the Exchequer, the chancellor and the Leader of the Opposition",
      ),
    ).toEqual([
      ['Prime Minister', 4],
      ['Chancellor of the Exchequer', 5],
      ['chancellor', 5],
      ['Leader of the Opposition', 6],
    ]);
    expect(roles('the opposition leader')).toEqual([['opposition leader', 6]]);
  });

  it('links the Secretaries of State and the other posts the press names by role', () => {
    expect(
      roles(
        'the Home Secretary’s officials, THE HOME SECRETARY, the Leader of the House of Commons, the Commons leader',
      ),
    ).toEqual([
      ['Home Secretary', 7],
      ['HOME SECRETARY', 7],
      ['Leader of the House of Commons', 8],
      ['Commons leader', 8],
    ]);
    expect(roleNamedBy('the Lord Chancellor')).toBe('justice-secretary');
    expect(roleNamedBy('the Levelling Up Secretary')).toBe('communities-secretary');
    expect(roleOnDate('home-secretary', '2016-03-14')).toBe('Home Secretary on 14 March 2016');
  });

  it('leaves other posts, posts nobody held that day, and other countries’ leaders alone', () => {
    expect(
      roles(
        'the former Health Secretary, the German Chancellor, the shadow chancellor, the shadow Home Secretary, ' +
          'the Leader of the House of Lords, the Chancellor of the Duchy of Lancaster, the Prime Minister of Australia ' +
          'and a health secretary',
      ),
    ).toEqual([]);
    // Nick Clegg's post had ended by then, and nobody held it.
    expect(roles('the Deputy Prime Minister')).toEqual([]);
    expect(findRoleMentions('the Deputy Prime Minister', holdersOn(POSTS, '2014-01-01'))).toEqual([
      expect.objectContaining({ text: 'Deputy Prime Minister', personId: 9 }),
    ]);
  });

  it('finds a role split over lines and spaces', () => {
    expect(roles('the Health\n  Secretary')).toEqual([['Health\n  Secretary', 1]]);
  });

  it('packs holders to travel to a page, and reads back only known roles', () => {
    expect(unpackHolders(packHolders(ON_14_MARCH_2016))).toEqual(ON_14_MARCH_2016);
    expect(unpackHolders('made-up-role 9\nhealth-secretary x').size).toBe(0);
  });

  it('says on the card which post the MP held, and when', () => {
    expect(roleOnDate('health-secretary', '2016-03-14')).toBe('Health Secretary on 14 March 2016');
    expect(roleOnDate('leader-of-the-opposition', '2016-03-14')).toBe('Leader of the Opposition on 14 March 2016');
  });

  it('tells a card which role a mention’s words name, and the post behind it on the date', () => {
    expect(roleNamedBy('Health\n Secretary')).toBe('health-secretary');
    expect(roleNamedBy('THE PRIME MINISTER')).toBe('prime-minister');
    expect(roleNamedBy('Jeremy Hunt')).toBeNull();
    expect(postOn(POSTS, 'health-secretary', '2016-03-14')?.personId).toBe(1);
    expect(postOn(POSTS, 'chancellor', '2017-01-01')).toBeNull();
  });

  it('on a page, the role becomes a mention of the MP then in post; on an undated page, of nobody', () => {
    const spec = buildMatcherSpec('test', [], [], [], { posts: POSTS, knownUntil: '2026-06-27' });
    const packed = packMatcher(spec, '2016-03-14');
    const text = 'Asked about the strike, the Health Secretary said the talks would go on.';
    expect(findMatches(unpackMatcher(packed), text)).toEqual([
      {
        start: text.indexOf('Health'),
        end: text.indexOf(' said'),
        text: 'Health Secretary',
        entity: { kind: 'mp', id: '1', ambiguous: false },
        role: 'health-secretary',
      },
    ]);
    // The content script drops the roles of a page without a date (entrypoints/annotator.content).
    expect(findMatches(unpackMatcher({ ...packed, roles: '' }), text)).toEqual([]);
  });

  it('tells a page where a role may be named, without asking who holds it', () => {
    const text = 'A health secretary spoke. Later the Health Secretary and the Prime Minister met.';
    const next = roleScanner(text);
    expect(next(0)).toBe(text.indexOf('Health Secretary'));
    expect(next(text.indexOf('Health Secretary') + 1)).toBe(text.indexOf('Prime'));
    expect(next(text.indexOf('Prime') + 1)).toBe(-1);
  });

  it('finds a role in any of the cases pages write, after "the" only, among many of its words used otherwise', () => {
    const text =
      'Health care and social care: the leader of the club, a care secretary. THE HEALTH  SECRETARY spoke; the opposition leader replied.';
    const next = roleScanner(text);
    expect(next(0)).toBe(text.indexOf('HEALTH'));
    expect(next(text.indexOf('HEALTH') + 1)).toBe(text.indexOf('opposition'));
    expect(next(text.indexOf('opposition') + 1)).toBe(-1);
    expect(roleScanner('Care for the health of the nation, and the leader of the band.')(0)).toBe(-1);
  });

  it('looks no further on a page without any of the posts’ words, which every phrase holds one of', () => {
    for (const { phrases } of ROLE_NAMES)
      for (const phrase of phrases)
        expect(
          ROLE_WORDS.some((word) => phrase.includes(word)),
          phrase,
        ).toBe(true);
    expect(roleScanner('The health of the nation, and the Speaker of the House.')(0)).toBe(-1);
    expect(roleScanner('THE PRIME MINISTER spoke.')(0)).toBe(4);
  });

  it('marks the role, but does not let it license the MP’s bare surname (only a full name does)', () => {
    const spec = buildMatcherSpec(
      'test',
      [
        {
          id: 1,
          twfyId: null,
          name: 'Jeremy Hunt',
          nameVariants: [],
          sitting: true,
          email: null,
          sources: [{ url: 'https://example.org/p', label: 'example.org' }],
          origin: 'bundled',
        },
      ],
      [],
      [],
      { posts: POSTS, knownUntil: null },
    );
    const options = { matcher: compileMatcher(spec, '2016-03-14'), allowPeople: true, maxPerEntity: 10 };
    document.body.innerHTML = '<p>The Health Secretary spoke first. Later, Hunt said the talks would go on.</p>';
    expect(annotatePage(document.body, options).map(({ range, entity }) => [range.toString(), entity.id])).toEqual([
      ['Health Secretary', '1'],
    ]);
    document.body.innerHTML = '<p>Jeremy Hunt spoke first. Later, Hunt said the talks would go on.</p>';
    expect(annotatePage(document.body, options).map(({ range }) => range.toString())).toEqual(['Jeremy Hunt', 'Hunt']);
  });

  it('leaves out a role set beside the MP’s own name, which adds nothing', () => {
    const spec = buildMatcherSpec(
      'test',
      [
        {
          id: 1,
          twfyId: null,
          name: 'Jeremy Hunt',
          nameVariants: [],
          sitting: true,
          email: null,
          sources: [{ url: 'https://example.org/p', label: 'example.org' }],
          origin: 'bundled',
        },
      ],
      [],
      [],
      { posts: POSTS, knownUntil: null },
    );
    const matcher = unpackMatcher(packMatcher(spec, '2016-03-14'));
    const words = (text: string) => findMatches(matcher, text).map((match) => match.text);
    expect(words('Jeremy Hunt, the health secretary, said so.')).toEqual(['Jeremy Hunt']);
    expect(words('The Health Secretary, Jeremy Hunt, said so.')).toEqual(['Jeremy Hunt']);
    expect(words('Jeremy Hunt spoke. Later the health secretary said so.')).toEqual([
      'Jeremy Hunt',
      'health secretary',
    ]);
  });
});
