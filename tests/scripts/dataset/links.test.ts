import { describe, expect, it } from 'vitest';
import { httpsUrl } from '../../../scripts/dataset/links';
import { BuildReport } from '../../../scripts/dataset/report';

describe('links', () => {
  it('sends parliament.uk news pages cited on the test site to the same page on www.parliament.uk', () => {
    const report = new BuildReport();
    expect(
      httpsUrl(
        report,
        'https://webtest.parliament.uk/business/news/news-by-year/2012/march/health-and-social-care-bill-royal-assent',
        'a stage',
      ),
    ).toBe('https://www.parliament.uk/business/news/2012/march/health-and-social-care-bill-royal-assent/');
    expect(
      httpsUrl(
        report,
        'https://webtest.parliament.uk/business/news/2021/november-2021/lords-debates-health-and-care-bill',
        'a stage',
      ),
    ).toBe('https://www.parliament.uk/business/news/2021/november-2021/lords-debates-health-and-care-bill/');
    expect(report.tally.get('links mended to www.parliament.uk (from webtest.parliament.uk)')).toBe(2);
    expect(report.notes[0]).toMatch(
      /^Mended https:\/\/webtest\.parliament\.uk\/.* → https:\/\/www\.parliament\.uk\/.* in a stage$/,
    );
  });

  it('leaves other parliament.uk links alone', () => {
    const report = new BuildReport();
    const url = 'https://www.parliament.uk/business/news/2013/may/lords-care-bill/';
    expect(httpsUrl(report, url, 'a stage')).toBe(url);
    expect(httpsUrl(report, 'https://hansard.parliament.uk/Commons/2015-11-06/debates/1/details', 'x')).toBe(
      'https://hansard.parliament.uk/Commons/2015-11-06/debates/1/details',
    );
    expect(report.notes).toEqual([]);
  });
});
