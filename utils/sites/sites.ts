/**
 * The one list of news and politics sites Bevan runs on by default. Each entry
 * covers the domain and its subdomains; an entry with a path ("msn.com/en-gb/news")
 * covers only the pages under it. Other sites are switched on by the reader,
 * one by one.
 */
export const NEWS_SITES: readonly string[] = [
  'bbc.co.uk',
  'theguardian.com',
  'independent.co.uk',
  // The Independent's current domain.
  'the-independent.com',
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
  'dailystar.co.uk',
  'thesun.co.uk',
  'lbc.co.uk',
  'gbnews.com',
  'cityam.com',
  'theweek.com',
  'unherd.com',
  // MSN's UK edition republishes UK papers; only its UK news pages, not the rest of MSN.
  'msn.com/en-gb/news',
  'newstatesman.com',
  'spectator.co.uk',
  'prospectmagazine.co.uk',
  'politicshome.com',
  'politics.co.uk',
  // Politico's London pages are among its European site's.
  'politico.eu',
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
  'dailyrecord.co.uk',
  'thenational.scot',
  'thecourier.co.uk',
  'glasgowtimes.co.uk',
  'belfasttelegraph.co.uk',
  'liverpoolecho.co.uk',
  'birminghammail.co.uk',
  'chroniclelive.co.uk',
  'eveningexpress.co.uk',
  'pressandjournal.co.uk',
  'irishnews.com',
  'newsletter.co.uk',
  'belfastlive.co.uk',
  'southwalesargus.co.uk',
  'expressandstar.com',
  'shropshirestar.com',
  'coventrytelegraph.net',
  'thenorthernecho.co.uk',
  'gazettelive.co.uk',
  'thestar.co.uk',
  'examinerlive.co.uk',
  'hulldailymail.co.uk',
  'lep.co.uk',
  'lancs.live',
  'nottinghampost.com',
  'leicestermercury.co.uk',
  'derbytelegraph.co.uk',
  'stokesentinel.co.uk',
  'bristolpost.co.uk',
  'somersetlive.co.uk',
  'plymouthherald.co.uk',
  'devonlive.com',
  'cornwalllive.com',
  'kentonline.co.uk',
  'theargus.co.uk',
  'dailyecho.co.uk',
  'edp24.co.uk',
  'eadt.co.uk',
  'mylondon.news',
];

/** An entry's host and, for an entry limited to part of a site, its path ("/en-gb/news/"), else "/". */
function hostAndPath(site: string): { host: string; path: string } {
  const slash = site.indexOf('/');
  return slash < 0 ? { host: site, path: '/' } : { host: site.slice(0, slash), path: `${site.slice(slash)}/` };
}

/**
 * Match patterns for the manifest: `*.` covers the site itself and every subdomain, over http and https. An entry
 * with a path matches only below it (a host permission's path is ignored by browsers: it grants the whole host).
 */
export function newsSiteMatchPatterns(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.map((site) => {
    const { host, path } = hostAndPath(site);
    return `*://*.${host}${path}*`;
  });
}

/** Whether a page (its host, and its path when given) is on one of the default sites or a subdomain of one. */
export function isNewsSite(hostname: string, pathname = '/', sites: readonly string[] = NEWS_SITES): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const pagePath = pathname.toLowerCase().endsWith('/') ? pathname.toLowerCase() : `${pathname.toLowerCase()}/`;
  return sites.some((site) => {
    const entry = hostAndPath(site);
    return (host === entry.host || host.endsWith(`.${entry.host}`)) && pagePath.startsWith(entry.path);
  });
}
