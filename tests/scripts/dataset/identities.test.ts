import { describe, expect, it } from 'vitest';
import { identities } from '../../../scripts/dataset/identities';
import { BuildReport } from '../../../scripts/dataset/report';
import { tinySources, withRows } from './tiny-sources';

describe('identities stage', () => {
  it('links TheyWorkForYou ids to the index’s people, from the index first, then the mapping file', () => {
    const report = new BuildReport();
    const ids = identities(tinySources(), report);
    expect([...ids.personIds]).toEqual([101, 102, 103]);
    expect(ids.mnisToTwfy.get(101)).toBe(9001);
    expect(ids.twfySource.get(101)).toBe('index');
    expect(ids.mnisToTwfy.get(102)).toBe(9002);
    expect(ids.twfySource.get(102)).toBe('twfy_person_to_mnis.csv');
    expect(ids.twfyToMnis.get(9003)).toBe(103);
  });

  it('fills parlparse rows’ missing MNIS ids from the TheyWorkForYou links', () => {
    const report = new BuildReport();
    const ids = identities(tinySources(), report);
    expect(ids.parlparseSpells.map((s) => [s.row.last_name, s.personId])).toEqual([
      ['Baker', 102],
      ['Clark', 103],
    ]);
    expect(report.tally.get('parlparse mnis filled from twfy_person_to_mnis.csv')).toBe(2);
  });

  it('matches a 2010 parlparse row to the GE winner of its seat by surname, and drops rows it cannot place', () => {
    const report = new BuildReport();
    const ids = identities(
      tinySources({
        index: withRows('index', ['104,,Dan Dale,false']),
        currentMps: withRows('currentMps', []),
        geWinners: withRows('geWinners', [
          '2010-05-06,2015-03-30,104,Daniel,Dale,Eastfield,Labour,,false,Lab hold,https://example.org/ge/2010/eastfield',
        ]),
        parlparse: withRows('parlparse', [
          '9004,,Dan,Dale,Eastfield,Lab,2010-05-06,2015-03-30,general_election',
          '9005,,Eve,Evans,Nowhere,Lab,2010-05-06,2015-03-30,general_election',
          ',,Fay,Ford,Eastfield,Lab,2013-01-01,2015-03-30,by_election',
        ]),
        twfyMap: withRows('twfyMap', []),
      }),
      report,
    );
    expect(ids.parlparseSpells.map((s) => s.personId)).toEqual([104]);
    expect(ids.mnisToTwfy.get(104)).toBe(9004);
    expect(ids.twfySource.get(104)).toBe('parlparse row');
    expect(report.dropped).toEqual([
      'parlparse Eve Evans, Nowhere from 2010-05-06: no MNIS id and none could be matched',
      'parlparse Fay Ford, Eastfield from 2013-01-01: no TheyWorkForYou person id',
    ]);
  });

  it('keys the current MPs by person and notes where the index’s flag disagrees', () => {
    const report = new BuildReport();
    const index = withRows('index', ['101,9001,Alice Archer,false']);
    const ids = identities(
      tinySources({
        index,
        parlparse: withRows('parlparse', []),
      }),
      report,
    );
    expect([...ids.current.keys()]).toEqual([101]);
    expect(report.notes).toEqual([
      'Index says in_current_mp_lookup=false for 101, the lookup disagrees; used the lookup',
    ]);
  });

  it('fails when one TheyWorkForYou id names two people', () => {
    const twfyMap = withRows('twfyMap', ['9001,102']);
    expect(() => identities(tinySources({ twfyMap }), new BuildReport())).toThrow(
      'TheyWorkForYou id 9001 maps to MNIS 101 and 102 (twfy_person_to_mnis.csv)',
    );
  });
});
