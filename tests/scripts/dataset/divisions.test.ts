import { describe, expect, it } from 'vitest';
import { divisions } from '../../../scripts/dataset/divisions';
import { BuildReport } from '../../../scripts/dataset/report';
import type { Bill, NhsPolicy } from '../../../utils/data/schema';
import { tinySources, withRows } from './tiny-sources';

const linked = { bills: [{ id: 'example-bill-2015-16' } as Bill], policies: [{ id: 1 } as NhsPolicy] };

function build(rows?: string[]) {
  const report = new BuildReport();
  const sources = tinySources(rows ? { divisions: withRows('divisions', rows) } : {});
  return { list: divisions(sources, linked, report), report };
}

describe('divisions stage', () => {
  it('links a division to its bill (past a gloss in brackets) and its policies', () => {
    const { list, report } = build();
    expect(list).toEqual([
      {
        id: 'pw-2016-03-11-12-commons',
        date: '2016-03-11',
        number: 12,
        title: 'Example Bill second reading',
        billId: 'example-bill-2015-16',
        ayes: 300,
        noes: 200,
        policyIds: [1],
        verified: true,
        sources: [{ url: 'https://example.org/divisions/12', label: 'Public Whip' }],
        origin: 'bundled',
      },
    ]);
    expect(report.divisions).toEqual(['pw-2016-03-11-12-commons: verified=true billId=example-bill-2015-16']);
  });

  it('flags second-hand rows and rows whose counts are missing with a note as unverified', () => {
    const { list, report } = build([
      'pw-2016-03-11-13-commons,commons,2016-03-11,13,Amendment,other topic,1,2,,https://example.org/d/13,secondary (news),,',
      'pw-2016-03-11-14-commons,commons,2016-03-11,14,Amendment,other topic,,,counts not shown,https://example.org/d/14,Hansard,3,',
    ]);
    expect(list.map((d) => [d.verified, d.billId, d.ayes])).toEqual([
      [false, null, 1],
      [false, null, null],
    ]);
    expect(report.notes).toEqual(['division pw-2016-03-11-14-commons: policy 3 is not one of the NHS policies']);
  });

  it('drops Lords divisions and rows without a division number', () => {
    const { list, report } = build([
      'pw-2022-04-05-1-lords,lords,2022-04-05,1,Lords vote,,,,,https://example.org/d/l,Hansard,,',
      'pw-2016-03-11-15-commons,commons,2016-03-11,,No number,,,,,https://example.org/d/15,Hansard,,',
    ]);
    expect(list).toEqual([]);
    expect(report.dropped).toEqual([
      'division pw-2022-04-05-1-lords: a Lords division; the schema only has Commons divisions (id must end "-commons")',
      'division pw-2016-03-11-15-commons: no division number ("")',
    ]);
  });
});
