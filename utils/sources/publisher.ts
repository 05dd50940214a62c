/**
 * Who published a source, as a reader knows them: "BBC News", "The Guardian", "Hansard", "BMA". Taken from the
 * source's address, never from its stored label: the bundled labels are the researchers' notes on how good a source
 * is ("weak secondary; verify", "newspaper (also …)"), which are for checking facts, not for readers.
 */

/** Publishers by the site's domain; a key matches that host and any host under it. The longest match wins. */
const PUBLISHERS: Readonly<Record<string, string>> = {
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'theguardian.com': 'The Guardian',
  'hansard.parliament.uk': 'Hansard',
  'parliament.uk': 'UK Parliament',
  'petition.parliament.uk': 'UK Parliament petitions',
  'committees.parliament.uk': 'UK Parliament committees',
  'bma.org.uk': 'BMA',
  'theyworkforyou.com': 'TheyWorkForYou',
  'publicwhip.org.uk': 'The Public Whip',
  'parallelparliament.co.uk': 'Parallel Parliament',
  'gov.uk': 'GOV.UK',
  'legislation.gov.uk': 'legislation.gov.uk',
  'nhs.uk': 'NHS',
  'england.nhs.uk': 'NHS England',
  'nhsemployers.org': 'NHS Employers',
  'nhsproviders.org': 'NHS Providers',
  'health.org.uk': 'The Health Foundation',
  'kingsfund.org.uk': "The King's Fund",
  'nuffieldtrust.org.uk': 'Nuffield Trust',
  'bmj.com': 'The BMJ',
  'hsj.co.uk': 'HSJ',
  'pulsetoday.co.uk': 'Pulse',
  'gponline.com': 'GPonline',
  'pharmaceutical-journal.com': 'The Pharmaceutical Journal',
  'nationalhealthexecutive.com': 'National Health Executive',
  'rcpch.ac.uk': 'RCPCH',
  'independent.co.uk': 'The Independent',
  'the-independent.com': 'The Independent',
  'inews.co.uk': 'The i Paper',
  'telegraph.co.uk': 'The Telegraph',
  'thetimes.co.uk': 'The Times',
  'thetimes.com': 'The Times',
  'ft.com': 'Financial Times',
  'dailymail.co.uk': 'Daily Mail',
  'mirror.co.uk': 'Daily Mirror',
  'express.co.uk': 'Daily Express',
  'thesun.co.uk': 'The Sun',
  'standard.co.uk': 'Evening Standard',
  'news.sky.com': 'Sky News',
  'itv.com': 'ITV News',
  'channel4.com': 'Channel 4 News',
  'lbc.co.uk': 'LBC',
  'morningstaronline.co.uk': 'Morning Star',
  'oxfordmail.co.uk': 'Oxford Mail',
  'shropshirestar.com': 'Shropshire Star',
  'yorkpress.co.uk': 'The York Press',
  'businessinsider.in': 'Business Insider India',
  'practicebusiness.co.uk': 'Practice Business',
  'personneltoday.com': 'Personnel Today',
  'managementinpractice.com': 'Management in Practice',
  'onmedica.com': 'OnMedica',
  'genially.com': 'Genially',
  'huffingtonpost.co.uk': 'HuffPost UK',
  'metro.co.uk': 'Metro',
  'dailystar.co.uk': 'Daily Star',
  'gbnews.com': 'GB News',
  'cityam.com': 'City AM',
  'theweek.com': 'The Week',
  'unherd.com': 'UnHerd',
  'msn.com': 'MSN',
  'newstatesman.com': 'New Statesman',
  'spectator.co.uk': 'The Spectator',
  'prospectmagazine.co.uk': 'Prospect',
  'politicshome.com': 'PoliticsHome',
  'politics.co.uk': 'politics.co.uk',
  'politico.eu': 'Politico Europe',
  'labourlist.org': 'LabourList',
  'conservativehome.com': 'ConservativeHome',
  'leftfootforward.org': 'Left Foot Forward',
  'theconversation.com': 'The Conversation',
  'opendemocracy.net': 'openDemocracy',
  'nursingtimes.net': 'Nursing Times',
  'manchestereveningnews.co.uk': 'Manchester Evening News',
  'yorkshirepost.co.uk': 'The Yorkshire Post',
  'walesonline.co.uk': 'WalesOnline',
  'heraldscotland.com': 'The Herald',
  'scotsman.com': 'The Scotsman',
  'dailyrecord.co.uk': 'Daily Record',
  'thenational.scot': 'The National',
  'thecourier.co.uk': 'The Courier',
  'glasgowtimes.co.uk': 'Glasgow Times',
  'belfasttelegraph.co.uk': 'Belfast Telegraph',
  'liverpoolecho.co.uk': 'Liverpool Echo',
  'birminghammail.co.uk': 'Birmingham Mail',
  'chroniclelive.co.uk': 'ChronicleLive',
  'eveningexpress.co.uk': 'Evening Express',
  'pressandjournal.co.uk': 'The Press and Journal',
  'irishnews.com': 'The Irish News',
  'newsletter.co.uk': 'News Letter',
  'belfastlive.co.uk': 'Belfast Live',
  'southwalesargus.co.uk': 'South Wales Argus',
  'expressandstar.com': 'Express & Star',
  'coventrytelegraph.net': 'Coventry Telegraph',
  'thenorthernecho.co.uk': 'The Northern Echo',
  'gazettelive.co.uk': 'Teesside Gazette',
  'thestar.co.uk': 'The Star (Sheffield)',
  'examinerlive.co.uk': 'Huddersfield Examiner',
  'hulldailymail.co.uk': 'Hull Daily Mail',
  'lep.co.uk': 'Lancashire Evening Post',
  'lancs.live': 'LancsLive',
  'nottinghampost.com': 'Nottingham Post',
  'leicestermercury.co.uk': 'Leicester Mercury',
  'derbytelegraph.co.uk': 'Derby Telegraph',
  'stokesentinel.co.uk': 'The Sentinel',
  'bristolpost.co.uk': 'Bristol Post',
  'somersetlive.co.uk': 'Somerset Live',
  'plymouthherald.co.uk': 'Plymouth Herald',
  'devonlive.com': 'Devon Live',
  'cornwalllive.com': 'Cornwall Live',
  'kentonline.co.uk': 'KentOnline',
  'theargus.co.uk': 'The Argus',
  'dailyecho.co.uk': 'Daily Echo',
  'edp24.co.uk': 'Eastern Daily Press',
  'eadt.co.uk': 'East Anglian Daily Times',
  'mylondon.news': 'MyLondon',
};

/** Local Healthwatch services each have their own domain (healthwatchmanchester.co.uk, …). */
const HEALTHWATCH = /^healthwatch[a-z-]*\.(co\.uk|org\.uk)$/;

/** The publisher's name for a source address; for a site not listed, its host name without "www.". */
export function publisherName(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return 'Source';
  }
  const bare = host.replace(/^www\./, '');
  if (HEALTHWATCH.test(bare)) return 'Healthwatch';
  let best: string | undefined;
  for (const domain of Object.keys(PUBLISHERS)) {
    if ((bare === domain || bare.endsWith(`.${domain}`)) && (best === undefined || domain.length > best.length)) {
      best = domain;
    }
  }
  return best === undefined ? bare : PUBLISHERS[best];
}
