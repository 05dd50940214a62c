import type { Source } from '../../utils/data/schema';
import type { BuildReport } from './report';

/**
 * Every link is shipped as https. The sources cite some pages by their old
 * http:// address; each such host in these files (parliament.uk,
 * electionresults.parliament.uk, publicwhip.org.uk, dailymail.co.uk,
 * telegraph.co.uk, independent.co.uk, navigator.health.org.uk, nhsbill2015.org)
 * serves the same page over https, and the schema only allows https links, so
 * the address is upgraded rather than the citation lost. A link that still is
 * not https afterwards is dropped (and the report says so).
 */
export function httpsUrl(report: BuildReport, raw: string, context: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    report.drop(`link in ${context}`, `not a valid URL: ${raw}`);
    return null;
  }
  if (url.protocol === 'http:') {
    url.protocol = 'https:';
    report.count(`http→https: ${url.hostname}`);
  }
  // "www.independent.co.uk." (a fully-qualified name with its root dot) is the
  // same host; browsers and certificates expect it without the dot.
  if (url.hostname.endsWith('.')) {
    report.note(`Removed the trailing dot from host "${url.hostname}" in ${context}`);
    url.hostname = url.hostname.slice(0, -1);
  }
  if (url.protocol !== 'https:') {
    report.drop(`link in ${context}`, `not an https address: ${raw}`);
    return null;
  }
  const mended = parliamentNewsUrl(url);
  if (mended !== url.href) {
    report.count(`links mended to www.parliament.uk (from ${url.hostname})`);
    report.note(`Mended ${url.href} → ${mended} in ${context}`);
  }
  return mended;
}

/**
 * Hosts that served copies of parliament.uk's news pages: a test site
 * (webtest.parliament.uk) and its content host. Readers get the real page on
 * www.parliament.uk, at the path the public site uses: `/business/news/<year>/<month>/<slug>/`
 * (the test site adds "news-by-year/" for older years; the public site has the
 * sibling pages of 2012 at /business/news/2012/march/…/).
 */
const PARLIAMENT_NEWS_COPIES = new Set(['webtest.parliament.uk', 'hopa03aap0e8q9prod.dxcloud.episerver.net']);

export function parliamentNewsUrl(url: URL): string {
  if (!PARLIAMENT_NEWS_COPIES.has(url.hostname) || !url.pathname.startsWith('/business/news/')) return url.href;
  const path = url.pathname.replace(/^\/business\/news\/news-by-year\//, '/business/news/').replace(/\/?$/, '/');
  return `https://www.parliament.uk${path}${url.search}`;
}

export function source(url: string | null, label: string): Source[] {
  return url === null ? [] : [{ url, label: label.slice(0, 200) }];
}

export function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
