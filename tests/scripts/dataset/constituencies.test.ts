import { describe, expect, it } from 'vitest';
import { constituencies } from '../../../scripts/dataset/constituencies';
import { BuildReport } from '../../../scripts/dataset/report';
import { tinySources, withRows } from './tiny-sources';

describe('constituencies stage', () => {
  it('merges names that differ only in capitals into the current list’s spelling, and counts each change', () => {
    const report = new BuildReport();
    const constituency = constituencies(tinySources(), report);
    expect(constituency('NORTHTOWN')).toBe('Northtown');
    expect(constituency('NORTHTOWN')).toBe('Northtown');
    expect(constituency('Northtown')).toBe('Northtown');
    expect([...report.respelled]).toEqual([['NORTHTOWN → Northtown', 2]]);
  });

  it('prefers the GE 2024 spelling over parlparse’s, and changes nothing else about a name', () => {
    const report = new BuildReport();
    const constituency = constituencies(
      tinySources({
        currentMps: withRows('currentMps', []),
        parlparse: withRows('parlparse', ['9003,103,Carol,Clark,WestBridge,LDem,2012-11-15,2015-03-30,by_election']),
      }),
      report,
    );
    expect(constituency('WESTBRIDGE')).toBe('Westbridge');
    expect(constituency('Brighton &amp; Hove')).toBe('Brighton & Hove');
    expect(constituency('West Bridge')).toBe('West Bridge');
  });
});
