import { describe, expect, it } from 'vitest';
import { identities } from '../../../scripts/dataset/identities';
import { BuildReport } from '../../../scripts/dataset/report';
import { policies, votingRecords } from '../../../scripts/dataset/votes';
import { tinySources, withRows } from './tiny-sources';

function build(alignmentRows?: string[]) {
  const report = new BuildReport();
  const sources = tinySources(alignmentRows ? { alignment: withRows('alignment', alignmentRows) } : {});
  const ids = identities(sources, report);
  const policyList = policies(sources, report);
  return {
    policyList,
    records: votingRecords(sources, { ids, policies: policyList, memberships: [] }, report),
    report,
  };
}

describe('votes stage', () => {
  it('reads TheyWorkForYou’s policies as plain text, linked to their twfy-votes page', () => {
    expect(build().policyList).toEqual([
      {
        id: 1,
        name: 'Example policy',
        description: 'An "example" policy',
        divisionCount: 2,
        sources: [{ url: 'https://votes.theyworkforyou.com/policy/1', label: 'TheyWorkForYou Votes (mySociety)' }],
        origin: 'bundled',
      },
    ]);
  });

  it('gives each MP’s own votes on a policy beside their party’s average', () => {
    expect(build().records).toEqual([
      {
        id: '101-1',
        personId: 101,
        policyId: 1,
        fromYear: 2019,
        toYear: 2024,
        votes: { with: 3, against: 1, absent: 0, abstained: 0 },
        strongVotes: { with: 2, against: 0, absent: 0, abstained: 0 },
        comparisonParty: 'labour',
        partyAverage: {
          votes: { with: 2.5, against: 1.5, absent: 0, abstained: 0 },
          strongVotes: { with: 2, against: 0, absent: 0, abstained: 0 },
        },
        sources: [
          {
            url: 'https://votes.theyworkforyou.com/person/9001/policies/commons/labour/all_time/1',
            label: 'TheyWorkForYou (mySociety) voting summary',
          },
        ],
        origin: 'bundled',
      },
    ]);
  });

  it('leaves out MPs it cannot place, unknown policies, and per-party rows that disagree', () => {
    const { records, report } = build([
      '7777,1,ALL_TIME,commons,1,labour,2019,2024,1,0,0,0,0,0,0,0',
      '9001,2,ALL_TIME,commons,1,labour,2019,2024,1,0,0,0,0,0,0,0',
      '9002,1,ALL_TIME,commons,1,labour,2010,2015,1,0,0,0,0,0,0,0',
      '9002,1,ALL_TIME,commons,1,conservative,2010,2015,2,0,0,0,0,0,0,0',
    ]);
    expect(records).toEqual([]);
    expect(report.tally.get('voting records dropped: TWFY person not mapped to an MNIS id')).toBe(1);
    expect(report.dropped).toEqual([
      'voting record 9001|2: policy 2 is not one of the NHS policies',
      'voting record 9002|1: its per-party rows disagree on the MP’s own votes',
    ]);
  });

  it('fails on a row that is not about the Commons', () => {
    expect(() => build(['9001,1,ALL_TIME,lords,1,labour,2019,2024,1,0,0,0,0,0,0,0'])).toThrow(/is not Commons/);
  });
});
