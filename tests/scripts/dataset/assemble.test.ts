import { describe, expect, it } from 'vitest';
import { assemble, type Records } from '../../../scripts/dataset/assemble';
import { BuildReport } from '../../../scripts/dataset/report';
import type { DisputeEvent, Person } from '../../../utils/data/schema';

const person = (id: number, sources: Person['sources']): Person => ({
  id,
  twfyId: null,
  name: `Person ${id}`,
  nameVariants: [],
  sitting: false,
  email: null,
  sources,
  origin: 'bundled',
});
const link = [{ url: 'https://example.org/p', label: 'example.org' }];
const empty: Records = {
  people: [],
  memberships: [],
  bills: [],
  policies: [],
  votingRecords: [],
  divisions: [],
  disputeEvents: [],
  posts: [],
};

describe('assemble stage', () => {
  it('sorts the records and drops those without a source link', () => {
    const report = new BuildReport();
    const dataset = assemble({ ...empty, people: [person(3, link), person(1, link), person(2, [])] }, report);
    expect(dataset.people.map((p) => p.id)).toEqual([1, 3]);
    expect(report.dropped).toEqual(['person 2: no usable source link']);
  });

  it('stamps a version that changes with the content', () => {
    const a = assemble({ ...empty, people: [person(1, link)] }, new BuildReport());
    const b = assemble({ ...empty, people: [person(2, link)] }, new BuildReport());
    expect(a.version).not.toBe(b.version);
  });

  it('fails on a duplicate id', () => {
    const event = { id: 'dispute-2016-01-12-1', sources: link } as DisputeEvent;
    expect(() => assemble({ ...empty, disputeEvents: [event, event] }, new BuildReport())).toThrow(
      'Duplicate disputeEvents id dispute-2016-01-12-1',
    );
  });
});
