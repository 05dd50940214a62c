/**
 * Checks the committed bundled dataset (public/data/dataset.json), not the
 * source files: it must validate, and known facts must come out right.
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparePartialDates } from '../../utils/data/partial-dates';
import { Dataset, type Membership, type Source } from '../../utils/data/schema';
import { ROLE_NAMES } from '../../utils/matching/roles';

// Resolved with node:path: in the happy-dom environment the global URL is
// happy-dom's, which resolves relative to http://localhost, not the file.
const datasetPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/data/dataset.json');
const raw = readFileSync(datasetPath, 'utf8');
const data = Dataset.parse(JSON.parse(raw));

const person = (id: number) => {
  const found = data.people.find((p) => p.id === id);
  if (!found) throw new Error(`No person ${id}`);
  return found;
};
const spells = (id: number): Membership[] => data.memberships.filter((m) => m.personId === id);
const bill = (id: string) => {
  const found = data.bills.find((b) => b.id === id);
  if (!found) throw new Error(`No bill ${id}`);
  return found;
};
const events = (start: string) => data.disputeEvents.filter((e) => e.start === start);

describe('bundled dataset: shape', () => {
  it('validates against the schema', () => {
    expect(Dataset.safeParse(JSON.parse(raw)).success).toBe(true);
  });

  it('is compact JSON with a version that hashes the rest of the content', () => {
    expect(raw.startsWith('{"format":1,')).toBe(true);
    const { version, ...rest } = JSON.parse(raw) as Record<string, unknown>;
    expect(version).toBe(createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16));
  });

  it('has every one of the 1,451 people', () => {
    expect(data.people).toHaveLength(1451);
  });

  it('links every membership and voting record to a person, and every record to a known policy or bill', () => {
    const ids = new Set(data.people.map((p) => p.id));
    expect(data.memberships.filter((m) => !ids.has(m.personId))).toEqual([]);
    expect(data.votingRecords.filter((v) => !ids.has(v.personId))).toEqual([]);
    const policies = new Set(data.policies.map((p) => p.id));
    expect(data.votingRecords.filter((v) => !policies.has(v.policyId))).toEqual([]);
    const bills = new Set(data.bills.map((b) => b.id));
    expect(data.divisions.filter((d) => d.billId !== null && !bills.has(d.billId))).toEqual([]);
    expect(data.bills.filter((b) => b.sponsorId !== null && !ids.has(b.sponsorId))).toEqual([]);
  });

  it('has unique ids within each record type', () => {
    const lists: Record<string, Array<{ id: string | number }>> = {
      people: data.people,
      memberships: data.memberships,
      bills: data.bills,
      policies: data.policies,
      votingRecords: data.votingRecords,
      divisions: data.divisions,
      disputeEvents: data.disputeEvents,
    };
    for (const [kind, list] of Object.entries(lists)) {
      expect(new Set(list.map((r) => r.id)).size, kind).toBe(list.length);
    }
  });

  it('marks every record as bundled, with at least one https source', () => {
    const sources: Source[] = [];
    for (const list of [
      data.people,
      data.memberships,
      data.bills,
      data.policies,
      data.votingRecords,
      data.divisions,
      data.disputeEvents,
    ]) {
      for (const record of list) {
        expect(record.origin).toBe('bundled');
        expect(record.sources.length).toBeGreaterThan(0);
        sources.push(...record.sources);
      }
    }
    for (const b of data.bills) sources.push(...b.stages.map((s) => s.source));
    expect(sources.filter((s) => !s.url.startsWith('https://')).map((s) => s.url)).toEqual([]);
    // And no http:// link hides anywhere else in the file.
    expect(raw).not.toContain('http://');
  });
});

describe('bundled dataset: people and memberships', () => {
  it('has 650 sitting MPs, nearly all with an official email', () => {
    const sitting = data.people.filter((p) => p.sitting);
    expect(sitting).toHaveLength(650);
    expect(sitting.filter((p) => p.email !== null).length).toBeGreaterThanOrEqual(646);
    expect(data.people.filter((p) => !p.sitting && p.email !== null)).toEqual([]);
  });

  it('gives every sitting MP exactly one spell marked sitting, and only sitting MPs', () => {
    const sittingSpells = data.memberships.filter((m) => m.end === 'sitting');
    const byPerson = new Map<number, number>();
    for (const m of sittingSpells) byPerson.set(m.personId, (byPerson.get(m.personId) ?? 0) + 1);
    const sitting = data.people
      .filter((p) => p.sitting)
      .map((p) => p.id)
      .sort((a, b) => a - b);
    expect([...byPerson.keys()].sort((a, b) => a - b)).toEqual(sitting);
    expect([...byPerson.values()].every((n) => n === 1)).toBe(true);
  });

  it('Caroline Lucas: Green MP for Brighton, Pavilion from 2010 to 2024, not sitting', () => {
    const lucas = person(3930);
    expect(lucas.name).toBe('Caroline Lucas');
    expect(lucas.sitting).toBe(false);
    const mine = spells(3930);
    expect(mine.every((m) => m.constituency === 'Brighton, Pavilion' && m.party === 'Green Party')).toBe(true);
    const summary = mine.map((m) => [m.from, m.to, m.end, m.basis]);
    expect(summary).toEqual([
      ['2010-05-06', '2015-03-30', 'exact', 'general-election'],
      ['2015-05-07', '2017-05-03', 'at-latest', 'general-election'],
      ['2017-06-08', '2019-11-05', 'at-latest', 'general-election'],
      ['2019-12-12', '2024-05-30', 'at-latest', 'general-election'],
    ]);
    expect(mine.some((m) => (m.from ?? '') >= '2024' || m.basis === 'snapshot')).toBe(false);
  });

  it('Jeremy Hunt: South West Surrey 2010–2019, Godalming and Ash since 2024, sitting with an email', () => {
    const hunt = person(1572);
    expect(hunt.sitting).toBe(true);
    expect(hunt.email).toMatch(/@parliament\.uk$/);
    const mine = spells(1572);
    expect(mine.filter((m) => m.constituency === 'South West Surrey').map((m) => m.from)).toEqual([
      '2010-05-06',
      '2015-05-07',
      '2017-06-08',
      '2019-12-12',
    ]);
    const latest = mine.find((m) => m.from === '2024-07-04');
    expect(latest).toMatchObject({
      constituency: 'Godalming and Ash',
      party: 'Conservative',
      to: null,
      end: 'sitting',
      basis: 'general-election',
    });
  });

  it('keeps a party change since 2024 as a snapshot, leaving the GE 2024 end unknown', () => {
    // Diane Abbott: elected Labour in 2024, Independent in the snapshot.
    const mine = spells(172);
    expect(mine.find((m) => m.from === '2024-07-04')).toMatchObject({ party: 'Labour', end: 'unknown', to: null });
    expect(mine.find((m) => m.basis === 'snapshot')).toMatchObject({
      party: 'Independent',
      asOf: data.snapshotDate,
      from: null,
      end: 'sitting',
    });
  });

  it('keeps "(Co-op)" for Labour and Co-operative MPs, 2010–15 included', () => {
    // John Woodcock, Barrow and Furness: Labour and Co-operative at the 2010 election.
    expect(spells(3917).find((m) => m.from === '2010-05-06')?.party).toBe('Labour (Co-op)');
    expect(data.memberships.filter((m) => m.party === 'Labour (Co-op)').length).toBeGreaterThan(150);
  });

  it('covers 2010–15 by-elections and party changes from parlparse', () => {
    expect(spells(4049).map((m) => [m.basis, m.party])).toEqual([
      ['general-election', 'Conservative'],
      ['by-election', 'UK Independence Party'],
    ]);
    expect(spells(59).map((m) => m.basis)).toEqual(['general-election', 'party-change']);
  });
});

describe('bundled dataset: bills', () => {
  it('has the 17 NHS and health bills of the sources, 2010–2026', () => {
    expect(data.bills).toHaveLength(17);
    expect(data.bills.map((b) => b.id)).toEqual(
      expect.arrayContaining([
        'health-and-care-bill-2021-22',
        'health-and-social-care-bill-2010-12',
        'nhs-bill-2014-15',
        'nhs-bill-2015-16',
        'nhs-bill-2016-17',
        'care-bill-2013-14',
        'nhs-funding-bill-2019-21',
        'medical-training-prioritisation-bill-2024-26',
        'health-bill-2026-27',
      ]),
    );
  });

  it('keeps a month-only stage as a partial date, and the House a long note names', () => {
    const b = bill('medicines-and-medical-devices-bill-2019-21');
    expect(b.house).toBe('Commons (originating)');
    expect(b.stages.map((s) => [s.stage, s.date])).toEqual([
      ['1st reading', '2020-02'],
      ['Royal Assent', '2021-02-11'],
    ]);
  });

  it('never dates a stage the sources give no day for', () => {
    // Royal Assent of the Medical Training (Prioritisation) Bill: only "on or before 6 March 2026".
    expect(bill('medical-training-prioritisation-bill-2024-26').stages.map((s) => s.stage)).not.toContain(
      'Royal Assent',
    );
    expect(bill('health-bill-2026-27').stages.map((s) => s.stage)).not.toContain('2nd reading');
  });

  it('carries the confirmed bills.parliament.uk ids only', () => {
    expect(
      Object.fromEntries(data.bills.filter((b) => b.parliamentBillId).map((b) => [b.id, b.parliamentBillId])),
    ).toEqual({
      'mental-health-bill-2024-26': 3884,
      'health-and-social-care-levy-bill-2021-22': 3041,
    });
  });

  it('flags every stage known only from a mirror, a blog or a campaign site as second-hand', () => {
    const official = /(^|\.)(parliament\.uk|gov\.uk)$/;
    for (const b of data.bills) {
      for (const s of b.stages) {
        if (!official.test(new URL(s.source.url).hostname)) expect(s.secondary, `${b.id} ${s.stage}`).toBe(true);
      }
    }
    expect(bill('nhs-charitable-trusts-etc-bill-2015-16').stages.find((s) => s.stage === 'Royal Assent')).toMatchObject(
      {
        secondary: true,
        source: { label: 'parallelparliament.co.uk (secondary)' },
      },
    );
  });

  it('links to www.parliament.uk, never its test site', () => {
    expect(raw).not.toContain('webtest.parliament.uk');
    expect(bill('health-and-social-care-bill-2010-12').stages.find((s) => s.stage === 'Royal Assent')?.source.url).toBe(
      'https://www.parliament.uk/business/news/2012/march/health-and-social-care-bill-royal-assent/',
    );
  });

  it('NHS Bill 2015-16: Caroline Lucas, talked out at second reading on 11 March 2016', () => {
    const b = bill('nhs-bill-2015-16');
    expect(b.sponsorId).toBe(3930);
    expect(b.aliases).toContain('NHS Reinstatement Bill');
    const second = b.stages.find((s) => s.stage === '2nd reading');
    expect(second?.date).toBe('2016-03-11');
    expect(second?.outcome).toMatch(/talked out/);
    expect(second?.outcome).toMatch(/no division/);
  });

  it('Health and Social Care Bill 2010-12: Royal Assent on 27 March 2012, sponsored by Andrew Lansley', () => {
    const b = bill('health-and-social-care-bill-2010-12');
    expect(b.stages.find((s) => s.stage === 'Royal Assent')?.date).toBe('2012-03-27');
    expect(b.sponsorId).not.toBeNull();
    expect(person(b.sponsorId ?? 0).name).toBe('Andrew Lansley');
    expect(b.aliases).toContain('Health and Social Care Act 2012');
  });
});

describe('bundled dataset: junior doctors dispute', () => {
  it('the 19 November 2015 ballot result is a verified ballot', () => {
    expect(events('2015-11-19')).toMatchObject([{ kind: 'ballot', verified: true }]);
  });

  it('runs to June 2026: 72 events', () => {
    expect(data.disputeEvents).toHaveLength(72);
    expect(data.disputeEvents.at(-1)).toMatchObject({ start: '2026-06', kind: 'ballot', verified: false });
  });

  it('the July 2023 walkout has its days, 13 to 18 July', () => {
    expect(events('2023-07-13').find((e) => e.kind === 'strike')).toMatchObject({ end: '2023-07-18', verified: true });
    expect(events('2023-07')).toEqual([]);
  });

  it('the June 2026 strike stays unverified, as its source says', () => {
    expect(events('2026-06-15')).toMatchObject([{ kind: 'strike', verified: false }]);
  });

  it('lists events oldest first, each month-only date after the days of its month', () => {
    const starts = data.disputeEvents.map((e) => e.start);
    expect(starts.indexOf('2026-01')).toBe(starts.indexOf('2026-01-13') + 1);
    expect([...starts].sort(comparePartialDates)).toEqual(starts);
  });

  it('the first strike ran from 12 to 13 January 2016', () => {
    expect(events('2016-01-12')).toMatchObject([{ kind: 'strike', end: '2016-01-13' }]);
  });

  it('never marks a partial date as verified', () => {
    expect(data.disputeEvents.filter((e) => e.start.length === 7 && e.verified)).toEqual([]);
  });
});

describe('bundled dataset: posts held', () => {
  const holder = (role: string, date: string) =>
    data.posts
      .filter((p) => p.role === role && p.start <= date && (p.end === null || date <= p.end))
      .map((p) => p.personId);

  it('knows who held the posts the press names by role on 14 March 2016', () => {
    expect(holder('health-secretary', '2016-03-14')).toEqual([1572]); // Jeremy Hunt
    expect(holder('prime-minister', '2016-03-14')).toEqual([1467]); // David Cameron
    expect(holder('chancellor', '2016-03-14')).toEqual([1458]); // George Osborne
    expect(holder('shadow-health-secretary', '2016-03-14')).toEqual([4038]); // Heidi Alexander
    expect(holder('leader-of-the-opposition', '2016-03-14')).toEqual([185]); // Jeremy Corbyn
    expect(holder('health-committee-chair', '2016-03-14')).toEqual([4073]); // Sarah Wollaston
    expect(holder('home-secretary', '2016-03-14')).toEqual([8]); // Theresa May
    expect(holder('foreign-secretary', '2016-03-14')).toEqual([105]); // Philip Hammond
    expect(holder('justice-secretary', '2016-03-14')).toEqual([1571]); // Michael Gove
    expect(holder('leader-of-the-house', '2016-03-14')).toEqual([1413]); // Chris Grayling
    expect(holder('deputy-prime-minister', '2016-03-14')).toEqual([]); // none between 2015 and 2017
  });

  it('keeps a post across its department’s renamings: the Foreign Secretary before and after the FCDO', () => {
    expect(holder('foreign-secretary', '2019-08-01')).toEqual([4007]); // Dominic Raab, FCO
    expect(holder('foreign-secretary', '2021-01-01')).toEqual([4007]); // Dominic Raab, FCDO
  });

  it('has posts for every role the pages name', () => {
    for (const { role } of ROLE_NAMES)
      expect(
        data.posts.some((p) => p.role === role),
        role,
      ).toBe(true);
  });

  it('leaves a gap where nobody held the post: the Health Committee between chairs in October 2022', () => {
    expect(holder('health-committee-chair', '2022-10-20')).toEqual([]);
  });

  it('sources every government post to the IfG Ministers Database', () => {
    const government = data.posts.filter((p) => p.id.startsWith('ifg-'));
    expect(government.length).toBeGreaterThan(1000);
    expect(new Set(government.map((p) => p.sources[0]?.url))).toEqual(
      new Set(['https://www.instituteforgovernment.org.uk/ministers-database']),
    );
  });
});

describe('bundled dataset: nothing quoted is shipped', () => {
  it('leaves out source quotes', () => {
    expect(raw).not.toContain('source_quote');
    expect(raw).not.toContain('colleagues of his talked out my Bill');
    expect(raw).not.toContain('end the uncertainty');
  });

  it('ships no HTML', () => {
    expect(raw).not.toMatch(/<\/?[a-z][^>]*>/i);
  });
});
