import { describe, expect, it } from 'vitest';
import { disputeEvents } from '../../../scripts/dataset/dispute';
import { BuildReport } from '../../../scripts/dataset/report';
import { tinySources, withRows } from './tiny-sources';

function build(rows?: string[]) {
  const report = new BuildReport();
  const sources = tinySources(rows ? { events: withRows('events', rows) } : {});
  return { list: disputeEvents(sources, report), report };
}

describe('dispute stage', () => {
  it('makes an event of each dated row, its kind read from its title', () => {
    expect(build().list).toEqual([
      {
        id: 'dispute-2016-01-12-1',
        start: '2016-01-12',
        end: '2016-01-13',
        kind: 'strike',
        title: 'First 24-hour strike',
        details: 'Emergency care only',
        verified: true,
        sources: [{ url: 'https://example.org/news/1', label: 'news report' }],
        origin: 'bundled',
      },
    ]);
  });

  it('lets the first matching rule decide the kind, and numbers events per start date', () => {
    const { list } = build([
      '2016-02-11,,BMA announces three 48-hour strikes,,https://example.org/a,news',
      '2016-02-11,,Ballot opens,,https://example.org/b,news',
      '2016-02-12,,Talks resume,,https://example.org/c,news',
    ]);
    expect(list.map((e) => [e.id, e.kind])).toEqual([
      ['dispute-2016-02-11-1', 'announcement'],
      ['dispute-2016-02-11-2', 'ballot'],
      ['dispute-2016-02-12-1', 'other'],
    ]);
  });

  it('flags partial dates and weak sources as unverified, and drops details that quote speech', () => {
    const { list, report } = build([
      '2023-10,,Strike dates set,,https://example.org/a,news',
      '2023-11-01,,Deal agreed,"He said ""a good deal""",https://example.org/b,weak secondary; verify',
    ]);
    expect(list.map((e) => [e.verified, e.details])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect(report.disputeEvents[1]).toContain('details dropped (quotation)');
  });

  it('drops rows without a date or a usable link', () => {
    const { list, report } = build([
      'soon,,Strike threatened,,https://example.org/a,news',
      '2016-03-01,,Strike,,ftp://example.org/b,news',
    ]);
    expect(list).toEqual([]);
    expect(report.dropped).toEqual([
      'dispute event soon "Strike threatened": start "soon" is not a date',
      'link in dispute event 2016-03-01 "Strike": not an https address: ftp://example.org/b',
      'dispute event 2016-03-01 "Strike": its only source link is unusable',
    ]);
  });

  it('keeps a strike unverified when its source says "not verified"', () => {
    const { list } = build([
      '2026-06-15,2026-06-19,Resident doctors strike,,https://example.org/a,NHS trust news page; not verified',
      '2026-06-22,,Strike ends,,https://example.org/b,NHS trust news page',
    ]);
    expect(list.map((e) => [e.kind, e.verified])).toEqual([
      ['strike', false],
      ['strike', true],
    ]);
  });

  it('ships events oldest first, a month-only date after the days of its month', () => {
    const { list } = build([
      '2026-06,,Deal accepted in referendum,,https://example.org/a,news',
      '2026-07-01,,Talks resume,,https://example.org/b,news',
      '2026-06-15,2026-06-19,Walkout,,https://example.org/c,news',
      '2026-05-31,,Ballot result,,https://example.org/d,news',
    ]);
    expect(list.map((e) => e.start)).toEqual(['2026-05-31', '2026-06-15', '2026-06', '2026-07-01']);
  });

  it('calls a row a strike only when it is a walkout, not a strike suspended, averted or voted on', () => {
    const { list } = build([
      '2024-01-03,2024-01-09,Six-day walkout,,https://example.org/a,news',
      '2024-01-10,,BMA suspends the strike planned for February,,https://example.org/b,news',
      '2024-01-11,,Minister meets the doctors committee to try to avert the March strike,,https://example.org/c,news',
      '2024-01-12,,Doctors vote to renew strike mandate for six months,,https://example.org/d,news',
      '2024-01-13,,Government makes new offer; BMA surveys members on calling off the strike,,https://example.org/e,news',
      '2024-01-14,,BMA and Government reach agreement after two weeks of talks,,https://example.org/f,news',
    ]);
    expect(list.map((e) => e.kind)).toEqual(['strike', 'announcement', 'other', 'ballot', 'announcement', 'deal']);
  });
});
