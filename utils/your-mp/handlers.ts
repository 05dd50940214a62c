/** What the background does for the requests in your-mp/requests.ts: the reader's MP, and the letters to them. */
import type { BrowserControls } from '../background/controls';
import type { Handlers } from '../background/message-router';
import type { BevanDb } from '../data/db';
import { describeYourMp, getLetterTemplates, listConstituencies, putLetterTemplates, putYourMp } from '../data/queries';
import { gatherMpRecord } from '../letters/gather-mp-record';
import { composeLetter, describeArticle, mailtoUrl, writeToThemUrl } from '../letters/letter-address';
import type { ParsedRequestOf } from '../messages';
import { errorMessage, failure, type Result, ok } from '../result';
import { lookUpPostcode } from './postcode-lookup';
import type { PostcodeLookupView, WriteOutcome, yourMpRequests } from './requests';
import { isYourMpSet, normalisePostcode, type YourMp } from './your-mp';

type LetterRequest = ParsedRequestOf<'writeToMp'>;

/** What the letter is about, in words: the MP's name, the bill's short title, or the dispute. */
async function subjectName(db: BevanDb, about: LetterRequest['about']): Promise<string | null> {
  if (about.kind === 'mp') return (await db.get('people', about.id))?.name ?? null;
  if (about.kind === 'bill') return (await db.get('bills', about.id))?.shortTitle ?? null;
  return "the resident doctors' dispute";
}

/** An email letter, as it is opened and as it is offered to copy. */
interface EmailLetter {
  address: string;
  subject: string;
  body: string;
}

/** The address of the letter a reader asked for (with the email's parts), or why there is none. */
async function letterAddress(
  db: BevanDb,
  request: LetterRequest,
): Promise<Result<{ url: string; via: 'writetothem' | 'email'; email?: EmailLetter } | null>> {
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
  // From the reader's own MP's card, the letter is to them about their own record, not "to X … about X".
  const toOwnMp = request.about.kind === 'mp' && request.about.id === yourMp.mp.id;
  const template = (await getLetterTemplates(db))[toOwnMp ? 'ownMp' : request.about.kind];
  const letter = composeLetter({
    template,
    values: {
      subject,
      mp_name: yourMp.mp.name,
      constituency: yourMp.constituency ?? '',
      article: describeArticle(request.article),
      mp_record: await gatherMpRecord(db, yourMp.mp.id, request.about),
    },
  });
  return {
    ok: true,
    data: {
      url: mailtoUrl(yourMp.mp.email, letter.subject, letter.body),
      via: 'email',
      email: { address: yourMp.mp.email, ...letter },
    },
  };
}

export function createYourMpHandlers(
  database: () => Promise<BevanDb>,
  controls: BrowserControls,
): Pick<Handlers, keyof typeof yourMpRequests> {
  // The seats change only with the bundled data, which loads before any request is answered.
  let seats: ReturnType<typeof listConstituencies> | null = null;
  const constituencies = async () => (seats ??= database().then(listConstituencies));
  // A letter asked for before the reader chose their MP, per tab: it opens once they have chosen.
  const pendingLetters = new Map<number, LetterRequest>();
  // The email last opened per tab (NO_TAB: the popup's), to copy if no email app took it. Memory only: it is private.
  const NO_TAB = -1;
  const lastEmails = new Map<number, EmailLetter>();
  const writeLetter = async (request: LetterRequest, tabId: number | null): Promise<Result<WriteOutcome>> => {
    const address = await letterAddress(await database(), request);
    if (!address.ok) return address;
    if (!address.data) {
      if (tabId !== null) pendingLetters.set(tabId, request);
      return ok({ outcome: 'needs-setup' as const });
    }
    if (address.data.email) lastEmails.set(tabId ?? NO_TAB, address.data.email);
    try {
      await controls.openLetter(address.data.url, tabId);
    } catch (error) {
      return failure('internal', `Bevan could not open your letter: ${errorMessage(error)}`);
    }
    return ok({ outcome: 'opened' as const, via: address.data.via });
  };
  return {
    listConstituencies: async () => ok(await constituencies()),
    getYourMp: async () => ok(await describeYourMp(await database())),
    setYourMp: async ({ postcode, constituency, continueLetter, lookUp }, sender) => {
      const db = await database();
      const typed = postcode?.trim() ? postcode : null;
      const normalised = typed === null ? null : normalisePostcode(typed);
      if (typed !== null && normalised === null) {
        return failure('invalid-request', `postcode: "${typed}" is not a UK postcode (for example SW1A 1AA)`);
      }
      if (constituency !== null && !(await constituencies()).some((seat) => seat.constituency === constituency)) {
        return failure('invalid-request', `constituency: no constituency called "${constituency}" in Bevan's data`);
      }
      let chosen: YourMp = { postcode: normalised, constituency, memberId: null };
      let lookup: PostcodeLookupView | null = null;
      // Only when the reader agreed: the postcode goes to Parliament's Members API, and nowhere else.
      if (lookUp && normalised) {
        const found = await lookUpPostcode(controls.parliament, normalised);
        if (!found.ok) lookup = { outcome: 'failed', words: found.words };
        else if (!found.match) lookup = { outcome: 'none' };
        else {
          lookup = { outcome: 'found', ...found.match };
          const seat = (await constituencies()).find((known) => known.constituency === found.match?.constituency);
          chosen = {
            postcode: normalised,
            constituency: constituency ?? seat?.constituency ?? null,
            memberId: found.match.member?.id ?? null,
          };
        }
      }
      await putYourMp(db, chosen);
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
      return ok({ yourMp: await describeYourMp(db), letter, lookup });
    },
    writeToMp: async (request, sender) => writeLetter(request, sender.tab?.id ?? null),
    getLetter: async (_request, sender) => ok(lastEmails.get(sender.tab?.id ?? NO_TAB) ?? null),
    getLetterTemplates: async () => ok(await getLetterTemplates(await database())),
    setLetterTemplates: async (templates) => {
      await putLetterTemplates(await database(), templates);
      return ok(templates);
    },
  };
}
