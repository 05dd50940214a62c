/**
 * What the background does for each request: a thin mapping from
 * utils/messages.ts to the database lookups and edits.
 */
import type { BevanDb } from '../data/db';
import { deleteCampaignerRecord, saveCampaignerRecord } from '../data/edits';
import { storedBundledVersion } from '../data/bundled';
import { readDataRevision } from '../data/data-revision';
import {
  describeYourMp,
  getAnnotationSettings,
  getBillDetails,
  getLetterTemplates,
  getDisputeTimeline,
  getMatcherSpec,
  getPersonDetails,
  getSiteSettings,
  getStatus,
  listConstituencies,
  putAnnotationSettings,
  putLetterTemplates,
  putSiteSettings,
  putYourMp,
  searchPeople,
} from '../data/queries';
import { composeLetter, describeArticle, mailtoUrl, writeToThemUrl } from '../letters/letter-address';
import { normalisePostcode, isYourMpSet } from '../your-mp';
import { createFeedHandlers } from '../feeds/feed-handlers';
import type { FeedFetch } from '../feeds/fetch-feed';
import { createPackHandlers } from '../packs/pack-handlers';
import { packCues, packMatcher, type PackedCues, type PackedMatcher } from '../matching/compile';
import type { MatcherSpec } from '../matching/matcher-spec';
import type { Handlers } from './message-router';
import {
  errorMessage,
  failure,
  type ParsedRequestOf,
  type Result,
  type SiteStatus,
  type TabEvent,
  type WriteOutcome,
} from '../messages';
import { runsOn, siteHost, siteState, switchSite } from '../site-settings';
import { isNewsSite } from '../sites';

async function siteStatus(db: BevanDb, url: string): Promise<SiteStatus> {
  const host = siteHost(url);
  if (!host) return { host: null, state: 'off', runs: false };
  const state = siteState(host, await getSiteSettings(db));
  return { host, state, runs: runsOn(state) };
}

/** What the handlers need from the browser, kept behind an interface so that they can be tested without one. */
export interface BrowserControls {
  /** Tells every open tab that the matcher changed, so that a campaigner's new bill is annotated without a reload. */
  notifyTabs(): void;
  /** Runs the content script on a switched-on site from now on; rejects without the host permission. */
  registerSite(host: string): Promise<void>;
  unregisterSite(host: string): Promise<void>;
  /** Starts the content script in an open tab now. */
  startInTab(tabId: number): Promise<void>;
  /** Tells a tab's content script to remove its annotations. */
  stopInTab(tabId: number): void;
  /** Starts the card UI script in a tab's frame. */
  startCardUi(tabId: number, frameId: number): Promise<void>;
  /** Opens a letter: an https page in a new tab, or a mailto: address (in the reader's tab when there is one). */
  openLetter(url: string, tabId: number | null): Promise<void>;
  /** Tells a tab's Bevan scripts what happened (a letter it asked for opened). */
  tellTab(tabId: number, event: TabEvent): void;
  /** Fetches a news feed (the service worker's fetch). */
  fetchFeed: FeedFetch;
  /** Whether Bevan may read a feed's site: feeds beyond the news sites need an optional host permission. */
  canReadFeed(url: string): Promise<boolean>;
  /** The toolbar badge: unread news items. */
  showUnread(count: number): void;
  /** The feeds' alarm, after the reader changed how often they are read. */
  rescheduleFeeds(periodMinutes: number): void;
  /** Shows the popup's news. */
  openNews(): Promise<void>;
}

const NO_BROWSER: BrowserControls = {
  notifyTabs: () => undefined,
  registerSite: async () => undefined,
  unregisterSite: async () => undefined,
  startInTab: async () => undefined,
  stopInTab: () => undefined,
  startCardUi: async () => undefined,
  openLetter: async () => undefined,
  tellTab: () => undefined,
  fetchFeed: async () => {
    throw new Error('no network here');
  },
  canReadFeed: async () => false,
  showUnread: () => undefined,
  rescheduleFeeds: () => undefined,
  openNews: async () => undefined,
};

type LetterRequest = ParsedRequestOf<'writeToMp'>;

/** What the letter is about, in words: the MP's name, the bill's short title, or the dispute. */
async function subjectName(db: BevanDb, about: LetterRequest['about']): Promise<string | null> {
  if (about.kind === 'mp') return (await db.get('people', about.id))?.name ?? null;
  if (about.kind === 'bill') return (await db.get('bills', about.id))?.shortTitle ?? null;
  return "the resident doctors' dispute";
}

/** The address of the letter a reader asked for, or why there is none. */
async function letterAddress(
  db: BevanDb,
  request: LetterRequest,
): Promise<Result<{ url: string; via: 'writetothem' | 'email' } | null>> {
  const yourMp = await describeYourMp(db);
  if (!isYourMpSet(yourMp)) return { ok: true, data: null };
  if (yourMp.postcode) return { ok: true, data: { url: writeToThemUrl(yourMp.postcode), via: 'writetothem' } };
  if (!yourMp.mp) {
    return failure(
      'not-found',
      `Bevan no longer knows who represents ${yourMp.constituency}: choose your constituency again.`,
    );
  }
  if (!yourMp.mp.email) {
    return failure(
      'not-found',
      "Bevan has no email address for your MP. Add your postcode in Bevan's options: WriteToThem can reach every MP.",
    );
  }
  const subject = await subjectName(db, request.about);
  if (!subject) return failure('not-found', 'This card’s subject is no longer in Bevan’s data.');
  const template = (await getLetterTemplates(db))[request.about.kind];
  const letter = composeLetter({
    template,
    values: {
      subject,
      mp_name: yourMp.mp.name,
      constituency: yourMp.constituency ?? '',
      article: describeArticle(request.article),
    },
  });
  return { ok: true, data: { url: mailtoUrl(yourMp.mp.email, letter.subject, letter.body), via: 'email' } };
}

export function createHandlers(
  database: () => Promise<BevanDb>,
  browserControls: Partial<BrowserControls> = {},
): Handlers {
  const controls = { ...NO_BROWSER, ...browserControls };
  const ok = <T>(data: T) => ({ ok: true as const, data });
  // Every open tab asks for the matcher; build the names once per change of
  // the data, and each article date's packed matcher once.
  let matcherSpec: Promise<MatcherSpec> | null = null;
  let packedCues: PackedCues | null = null;
  const packedByDate = new Map<string, PackedMatcher>();
  let edits = 0;
  // The data revision the cached matcher was built from: data packs (imports, undo, removal, the refresh
  // alarm) change bills outside afterEdit and bump it (utils/data/data-revision.ts).
  let builtFromRevision = 0;
  const afterEdit = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) {
      edits++;
      matcherSpec = null;
      packedByDate.clear();
      controls.notifyTabs();
    }
    return result;
  };
  /** The names as the data stands now, built once per change of it. */
  const currentMatcherSpec = async (): Promise<MatcherSpec> => {
    const revision = await readDataRevision(await database());
    if (revision !== builtFromRevision) {
      builtFromRevision = revision;
      edits++;
      matcherSpec = null;
      packedByDate.clear();
    }
    return (matcherSpec ??= database().then(async (db) =>
      getMatcherSpec(db, `${await storedBundledVersion(db)}+${edits}`),
    ));
  };
  const currentCues = async (): Promise<PackedCues> => {
    const spec = await currentMatcherSpec();
    if (packedCues?.version !== spec.version) packedCues = packCues(spec);
    return packedCues;
  };
  // The seats change only with the bundled data, which loads before any request is answered.
  let seats: ReturnType<typeof listConstituencies> | null = null;
  const constituencies = async () => (seats ??= database().then(listConstituencies));
  // A letter asked for before the reader chose their MP, per tab: it opens once they have chosen.
  const pendingLetters = new Map<number, LetterRequest>();
  const writeLetter = async (request: LetterRequest, tabId: number | null): Promise<Result<WriteOutcome>> => {
    const address = await letterAddress(await database(), request);
    if (!address.ok) return address;
    if (!address.data) {
      if (tabId !== null) pendingLetters.set(tabId, request);
      return ok({ outcome: 'needs-setup' as const });
    }
    try {
      await controls.openLetter(address.data.url, tabId);
    } catch (error) {
      return failure('internal', `Bevan could not open your letter: ${errorMessage(error)}`);
    }
    return ok({ outcome: 'opened' as const, via: address.data.via });
  };
  return {
    ...createFeedHandlers(database, controls),
    ...createPackHandlers(database, controls),
    getStatus: async () => ok(await getStatus(await database())),
    startPage: async ({ url }) => {
      const db = await database();
      const [site, settings] = await Promise.all([siteStatus(db, url), getAnnotationSettings(db)]);
      return ok({ site, cues: site.runs ? await currentCues() : null, settings });
    },
    getCues: async () => ok(await currentCues()),
    getMatcher: async ({ articleDate }) => {
      const spec = await currentMatcherSpec();
      let packed = packedByDate.get(articleDate);
      if (!packed) {
        packed = packMatcher(spec, articleDate);
        // Most tabs read today's news: a few dates cover nearly every request.
        if (packedByDate.size >= 16) packedByDate.delete(packedByDate.keys().next().value!);
        packedByDate.set(articleDate, packed);
      }
      return ok(packed);
    },
    getPerson: async ({ id }) => ok(await getPersonDetails(await database(), id)),
    getPeople: async ({ ids }) => {
      const db = await database();
      const found = await Promise.all(ids.map((id) => getPersonDetails(db, id)));
      return ok(found.filter((details) => details !== null));
    },
    getBill: async ({ id }) => ok(await getBillDetails(await database(), id)),
    getDisputeTimeline: async () => ok(await getDisputeTimeline(await database())),
    searchPeople: async ({ query, limit }) => ok(await searchPeople(await database(), query, limit)),
    startCardUi: async (_payload, sender) => {
      if (sender.tab?.id === undefined) return failure('invalid-request', 'Cards open only in a tab.');
      try {
        await controls.startCardUi(sender.tab.id, sender.frameId ?? 0);
        return ok({ started: true });
      } catch (error) {
        return failure('internal', `Bevan could not show its card here: ${errorMessage(error)}`);
      }
    },
    getAnnotationSettings: async () => ok(await getAnnotationSettings(await database())),
    setAnnotationSettings: async (settings) => {
      await putAnnotationSettings(await database(), settings);
      return ok(settings);
    },
    getSiteStatus: async ({ url }) => ok(await siteStatus(await database(), url)),
    setSiteEnabled: async ({ url, enabled, tabId }) => {
      const db = await database();
      const host = siteHost(url);
      if (!host) return failure('invalid-request', 'Bevan cannot run on this page.');
      const settings = switchSite(await getSiteSettings(db), host, enabled);
      try {
        if (!isNewsSite(host)) await (enabled ? controls.registerSite(host) : controls.unregisterSite(host));
      } catch (error) {
        return failure('forbidden', `Bevan could not switch ${host} ${enabled ? 'on' : 'off'}: ${errorMessage(error)}`);
      }
      await putSiteSettings(db, settings);
      if (tabId !== null) {
        if (enabled) await controls.startInTab(tabId).catch(() => undefined);
        else controls.stopInTab(tabId);
      }
      return ok(await siteStatus(db, url));
    },
    listConstituencies: async () => ok(await constituencies()),
    getYourMp: async () => ok(await describeYourMp(await database())),
    setYourMp: async ({ postcode, constituency, continueLetter }, sender) => {
      const db = await database();
      const typed = postcode?.trim() ? postcode : null;
      const normalised = typed === null ? null : normalisePostcode(typed);
      if (typed !== null && normalised === null) {
        return failure('invalid-request', `postcode: "${typed}" is not a UK postcode (for example SW1A 1AA)`);
      }
      if (constituency !== null && !(await constituencies()).some((seat) => seat.constituency === constituency)) {
        return failure('invalid-request', `constituency: no constituency called "${constituency}" in Bevan's data`);
      }
      await putYourMp(db, { postcode: normalised, constituency });
      const tabId = sender.tab?.id ?? null;
      const pending = tabId === null ? undefined : pendingLetters.get(tabId);
      let letter: WriteOutcome | null = null;
      if (continueLetter && tabId !== null && pending) {
        pendingLetters.delete(tabId);
        const written = await writeLetter(pending, tabId);
        if (!written.ok) return written;
        letter = written.data;
        if (letter.outcome === 'opened') controls.tellTab(tabId, { type: 'letterOpened', via: letter.via });
      }
      return ok({ yourMp: await describeYourMp(db), letter });
    },
    writeToMp: async (request, sender) => writeLetter(request, sender.tab?.id ?? null),
    getLetterTemplates: async () => ok(await getLetterTemplates(await database())),
    setLetterTemplates: async (templates) => {
      await putLetterTemplates(await database(), templates);
      return ok(templates);
    },
    saveRecord: async (edit) => afterEdit(await saveCampaignerRecord(await database(), edit)),
    deleteRecord: async ({ store, id }) => afterEdit(await deleteCampaignerRecord(await database(), store, id)),
  };
}
