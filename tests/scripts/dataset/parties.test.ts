import { describe, expect, it } from 'vitest';
import { parties } from '../../../scripts/dataset/parties';
import { BuildReport } from '../../../scripts/dataset/report';
import { parseSource } from '../../../scripts/dataset/sources';
import { tinyParties, tinySources, withRows } from './tiny-sources';

const geRow = (party: string, adjunct: string, speaker: string, summary: string) =>
  parseSource(
    'geWinners',
    withRows('geWinners', [
      `2019-12-12,2024-05-30,101,A,B,Seat,${party},${adjunct},${speaker},${summary},https://example.org/ge`,
    ]),
  )[0]!;

describe('parties stage', () => {
  it('fails when the GE file does not spell a party the way parlparse’s abbreviations are expanded', () => {
    expect(() => parties(tinySources(), new BuildReport())).toThrow(
      'parlparse party LDem → "Liberal Democrat" is not spelled that way in the GE file',
    );
  });

  it('spells out parlparse abbreviations', () => {
    const { parlparseParty } = tinyParties(tinySources());
    expect(parlparseParty('LDem')).toBe('Liberal Democrat');
    expect(parlparseParty('SPK')).toBe('Speaker');
    expect(parlparseParty('Whig')).toBeUndefined();
  });

  it('fills the GE file’s blank parties from its own flags, and writes Labour and Co-operative as the Members API does', () => {
    const report = new BuildReport();
    const { geParty } = tinyParties(tinySources(), report);
    expect(geParty(geRow('Labour', 'Co-operative', 'false', 'Lab hold'))).toBe('Labour (Co-op)');
    expect(geParty(geRow('', '', 'true', 'Spk hold'))).toBe('Speaker');
    expect(geParty(geRow('', '', 'false', 'Ind gain from Con'))).toBe('Independent');
    expect(geParty(geRow('', '', 'false', 'Lab hold'))).toBeNull();
    expect(Object.fromEntries(report.tally)).toEqual({
      'GE party from is_speaker': 1,
      'GE party from result_summary': 1,
    });
  });
});
