import { describe, expect, it } from 'vitest';
import { isNewsSite, NEWS_SITES, newsSiteMatchPatterns } from '@/utils/sites/sites';
import { NO_SITE_SETTINGS, siteState, switchSite } from '@/utils/sites/site-settings';

/** Articles on the UK outlets readers use (issue 20), at addresses of the shape each site uses. */
const UK_OUTLET_ARTICLES = [
  'https://www.the-independent.com/news/health/junior-doctors-strike-b2000000.html',
  'https://www.politics.co.uk/news/2024/01/03/junior-doctors-strike/',
  'https://www.dailystar.co.uk/news/latest-news/junior-doctors-strike-12345',
  'https://www.thesun.co.uk/news/12345678/junior-doctors-strike/',
  'https://www.msn.com/en-gb/news/uknews/junior-doctors-strike/ar-AA1abcde',
  'https://www.lbc.co.uk/news/junior-doctors-strike/',
  'https://www.gbnews.com/news/junior-doctors-strike',
  'https://www.dailyrecord.co.uk/news/politics/junior-doctors-strike-12345',
  'https://www.thenational.scot/news/24000000.junior-doctors-strike/',
  'https://www.politico.eu/article/uk-junior-doctors-strike/',
  'https://www.cityam.com/junior-doctors-strike/',
  'https://theweek.com/politics/junior-doctors-strike',
  'https://unherd.com/2024/01/junior-doctors-strike/',
  'https://www.expressandstar.com/news/health/2023/03/17/junior-doctors-strike/',
  'https://www.manchestereveningnews.co.uk/news/greater-manchester-news/junior-doctors-strike-12345',
];

/** Whether the manifest's match patterns (as the browser reads them) cover an address. */
function patternsCover(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return newsSiteMatchPatterns().some((pattern) => {
    const [, host, path] = /^\*:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern)!;
    const pathPattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return (hostname === host || hostname.endsWith(`.${host}`)) && pathPattern.test(pathname);
  });
}

describe('the news sites Bevan runs on', () => {
  it.each(UK_OUTLET_ARTICLES)('runs on %s', (url) => {
    const { hostname, pathname } = new URL(url);
    expect(isNewsSite(hostname, pathname)).toBe(true);
    expect(patternsCover(url)).toBe(true);
  });

  it('runs on MSN’s UK news pages only, not on the rest of MSN', () => {
    for (const url of [
      'https://www.msn.com/en-us/news/politics/senate-vote/ar-AA1abcde',
      'https://www.msn.com/en-gb/money/other/energy-bills/ar-AA1abcde',
      'https://www.msn.com/en-gb/newsletters',
    ]) {
      const { hostname, pathname } = new URL(url);
      expect(isNewsSite(hostname, pathname), url).toBe(false);
      expect(patternsCover(url), url).toBe(false);
    }
  });

  it('lists each site once, as a bare domain or a domain and path', () => {
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
    for (const site of NEWS_SITES) expect(site).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9-]+)*$/);
  });

  it('lets the reader switch MSN’s UK news off and on, and counts the rest of MSN as any other site', () => {
    const ukNews = '/en-gb/news/uknews/a';
    expect(siteState('msn.com', NO_SITE_SETTINGS, ukNews)).toBe('default');
    const off = switchSite(NO_SITE_SETTINGS, 'msn.com', false, ukNews);
    expect(siteState('msn.com', off, ukNews)).toBe('default-off');
    expect(siteState('msn.com', NO_SITE_SETTINGS, '/en-us/news/a')).toBe('off');
  });
});
