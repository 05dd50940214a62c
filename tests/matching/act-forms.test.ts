import { describe, expect, it } from 'vitest';
import type { Bill } from '@/utils/data/schema';
import { buildMatcherSpec } from '@/utils/matching/matcher-spec';

/** A bill written for the test, with just the fields the names come from. */
const bill = (shortTitle: string, actTitle: string): Bill => ({
  id: 'test-bill-2013-14',
  shortTitle,
  aliases: [],
  session: '2013-14',
  type: 'Government Bill',
  house: 'Lords (originating)',
  sponsorId: null,
  sponsorName: null,
  stages: [],
  outcome: null,
  actTitle,
  sources: [{ url: 'https://example.org/bill', label: 'example.org' }],
  origin: 'bundled',
});

describe('the names an Act goes by', () => {
  it('drops the year of an Act of three words or more, but not of a two-word one ("Care Act" is also the Affordable Care Act)', () => {
    const [care, hsc] = buildMatcherSpec(
      'test',
      [],
      [],
      [
        bill('Care Bill 2013-14', 'Care Act 2014 (2014 c. 23)'),
        bill('Health and Care Bill 2021-22', 'Health and Care Act 2022 (2022 c. 31)'),
      ],
    ).bills;
    expect(care?.names).toContain('Care Act 2014');
    expect(care?.names).not.toContain('Care Act');
    expect(hsc?.names).toContain('Health and Care Act');
  });
});
