/**
 * The one list of news and politics sites Bevan runs on by default. Each entry
 * covers the domain and its subdomains. Other sites are switched on by the
 * reader, one by one.
 */
export const NEWS_SITES: readonly string[] = [
  'bbc.co.uk',
  'theguardian.com',
  'independent.co.uk',
  'huffingtonpost.co.uk',
  'telegraph.co.uk',
  'thetimes.co.uk',
  'ft.com',
  'mirror.co.uk',
  'dailymail.co.uk',
  'express.co.uk',
  'inews.co.uk',
  'standard.co.uk',
  'metro.co.uk',
  'news.sky.com',
  'itv.com',
  'channel4.com',
  'newstatesman.com',
  'spectator.co.uk',
  'prospectmagazine.co.uk',
  'politicshome.com',
  'labourlist.org',
  'conservativehome.com',
  'leftfootforward.org',
  'theconversation.com',
  'opendemocracy.net',
  'bmj.com',
  'pulsetoday.co.uk',
  'hsj.co.uk',
  'gponline.com',
  'nursingtimes.net',
  'theyworkforyou.com',
  'parliament.uk' /* and hansard.parliament.uk */,
  'manchestereveningnews.co.uk',
  'yorkshirepost.co.uk',
  'walesonline.co.uk',
  'heraldscotland.com',
  'scotsman.com',
  'belfasttelegraph.co.uk',
  'liverpoolecho.co.uk',
  'birminghammail.co.uk',
  'chroniclelive.co.uk',
  'eveningexpress.co.uk',
  'pressandjournal.co.uk',
  'irishnews.com',
];

/** Match patterns for the manifest: `*.` covers the site itself and every subdomain, over http and https. */
export function newsSiteMatchPatterns(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.map((site) => `*://*.${site}/*`);
}

/** Whether a page's host is one of the default sites (or a subdomain of one). */
export function isNewsSite(hostname: string, sites: readonly string[] = NEWS_SITES): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
