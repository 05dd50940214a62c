/**
 * Finding the reader's MP from their postcode, through a stand-in for Parliament's client that answers in the shape
 * of the Members API's `Location/Constituency/Search` (test data: a real seat and its MP, as in Bevan's dataset).
 */
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '@/utils/background/message-router';
import { sendRequest } from '@/utils/messages';
import type { LiveAnswer, ParliamentClient } from '@/utils/parliament/client';
import { lookUpPostcode } from '@/utils/your-mp/postcode-lookup';
import { lookupWords } from '@/utils/your-mp/lookup-words';
import { contentScriptIn, extensionPage, startBackground } from '../helpers/background';

/** One search result as the API gives it, trimmed to the parts Bevan reads plus a few it ignores. */
function searchAnswer(constituency: string, member: { id: number; name: string; party: string } | null) {
  return {
    items: [
      {
        value: {
          name: constituency,
          startDate: '2024-05-31T00:00:00',
          currentRepresentation: member && {
            member: {
              value: {
                id: member.id,
                nameListAs: 'ignored',
                nameDisplayAs: member.name,
                latestParty: { id: 4, name: member.party, abbreviation: 'x' },
              },
              links: [],
            },
          },
        },
        links: [],
      },
    ],
    totalResults: 1,
    skip: 0,
    take: 1,
  };
}

/** A client that records what it was asked and answers `body` (parsed by the caller's schema, as the real one does). */
function fakeClient(answer: (url: URL) => LiveAnswer<unknown>) {
  const asked: string[] = [];
  const client: ParliamentClient = {
    async getJson(host, url, schema) {
      asked.push(`${host} ${url}`);
      const result = answer(new URL(url));
      if (!result.ok || 'notModified' in result) return result as never;
      const parsed = schema.safeParse(result.data);
      return parsed.success
        ? { ok: true, data: parsed.data, etag: null }
        : { ok: false, failure: { kind: 'shape', reason: 'test' } };
    },
  };
  return { client, asked };
}

const HUNT = { id: 1572, name: 'Sir Jeremy Hunt', party: 'Conservative' };

describe('looking up a postcode', () => {
  it('asks the Members API for the postcode alone, and reads the seat and its MP', async () => {
    const { client, asked } = fakeClient(() => ({
      ok: true,
      data: searchAnswer('Godalming and Ash', HUNT),
      etag: null,
    }));
    expect(await lookUpPostcode(client, 'GU7 1AA')).toEqual({
      ok: true,
      match: { constituency: 'Godalming and Ash', member: HUNT },
    });
    expect(asked).toEqual([
      'members https://members-api.parliament.uk/api/Location/Constituency/Search?searchText=GU7+1AA&skip=0&take=1',
    ]);
  });

  it('says when there is no seat for it, when the seat is vacant, and when Parliament could not be asked', async () => {
    const none = fakeClient(() => ({ ok: true, data: { items: [], totalResults: 0 }, etag: null }));
    expect(await lookUpPostcode(none.client, 'ZZ1 1ZZ')).toEqual({ ok: true, match: null });
    const vacant = fakeClient(() => ({ ok: true, data: searchAnswer('Runcorn and Helsby', null), etag: null }));
    expect(await lookUpPostcode(vacant.client, 'WA7 1AA')).toEqual({
      ok: true,
      match: { constituency: 'Runcorn and Helsby', member: null },
    });
    const off = fakeClient(() => ({ ok: false, failure: { kind: 'off' } }));
    expect(await lookUpPostcode(off.client, 'GU7 1AA')).toEqual({
      ok: false,
      words: 'Checking Parliament for updates is turned off in Bevan’s options.',
    });
  });

  it('puts each outcome in words', () => {
    expect(lookupWords({ outcome: 'found', constituency: 'Godalming and Ash', member: HUNT })).toBe(
      'Your MP: Sir Jeremy Hunt (Conservative), Godalming and Ash.',
    );
    expect(lookupWords({ outcome: 'none' })).toBe(
      'Parliament found no constituency for that postcode. Letters go through WriteToThem, which finds your MP.',
    );
  });
});

describe('your MP from your postcode, through the background', () => {
  const optionsPage = extensionPage('options.html');
  const card = contentScriptIn('https://inews.co.uk/news/health/strike', 7);
  const setUp = async (answer: (url: URL) => LiveAnswer<unknown>) => {
    const { client, asked } = fakeClient(answer);
    const opened: string[] = [];
    const { from } = await startBackground({
      controls: { parliament: client, openLetter: async (url) => void opened.push(url) },
    });
    return { from, asked, opened };
  };

  it('asks Parliament only when the reader agreed', async () => {
    const { from, asked } = await setUp(() => ({
      ok: true,
      data: searchAnswer('Godalming and Ash', HUNT),
      etag: null,
    }));
    const saved = await sendRequest(from(optionsPage), 'setYourMp', { postcode: 'gu7 1aa', constituency: null });
    expect(saved.ok && saved.data.lookup).toBeNull();
    expect(asked).toEqual([]);
    const hunt = await sendRequest(from(card), 'getPerson', { id: 1572 });
    expect(hunt.ok && hunt.data?.yourMp).toBe(false);
  });

  it('with consent, names the MP, marks their card "Your MP", and still writes through WriteToThem', async () => {
    const { from, asked, opened } = await setUp(() => ({
      ok: true,
      data: searchAnswer('Godalming and Ash', HUNT),
      etag: null,
    }));
    const saved = await sendRequest(from(optionsPage), 'setYourMp', {
      postcode: 'gu7 1aa',
      constituency: null,
      lookUp: true,
    });
    expect(asked).toHaveLength(1);
    expect(saved.ok && saved.data.lookup).toEqual({
      outcome: 'found',
      constituency: 'Godalming and Ash',
      member: HUNT,
    });
    expect(saved.ok && saved.data.yourMp).toMatchObject({
      postcode: 'GU7 1AA',
      constituency: 'Godalming and Ash',
      mp: { id: 1572, name: 'Sir Jeremy Hunt' },
    });
    const hunt = await sendRequest(from(card), 'getPerson', { id: 1572 });
    const starmer = await sendRequest(from(card), 'getPerson', { id: 4514 });
    expect([hunt.ok && hunt.data?.yourMp, starmer.ok && starmer.data?.yourMp]).toEqual([true, false]);
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article: null });
    expect(opened).toEqual(['https://www.writetothem.com/?a=WMC&pc=GU7+1AA']);
  });

  it('marks the MP Parliament named even when the seat’s name is not in Bevan’s data', async () => {
    const { from } = await setUp(() => ({ ok: true, data: searchAnswer('A Seat Renamed Since', HUNT), etag: null }));
    const saved = await sendRequest(from(optionsPage), 'setYourMp', {
      postcode: 'GU7 1AA',
      constituency: null,
      lookUp: true,
    });
    expect(saved.ok && saved.data.yourMp).toMatchObject({ constituency: null, memberId: 1572, mp: { id: 1572 } });
    const hunt = await sendRequest(from(card), 'getPerson', { id: 1572 });
    expect(hunt.ok && hunt.data?.yourMp).toBe(true);
  });

  it('keeps the postcode when Parliament cannot be asked, and says why', async () => {
    const { from } = await setUp(() => ({ ok: false, failure: { kind: 'unreachable' } }));
    const saved = await sendRequest(from(optionsPage), 'setYourMp', {
      postcode: 'GU7 1AA',
      constituency: null,
      lookUp: true,
    });
    expect(saved.ok && saved.data.lookup).toMatchObject({
      outcome: 'failed',
      words: expect.stringMatching(/could not be reached/),
    });
    expect(saved.ok && saved.data.yourMp).toMatchObject({ postcode: 'GU7 1AA', mp: null });
  });

  it('never lets a web page ask for a lookup', async () => {
    const { from, asked } = await setUp(() => ({
      ok: true,
      data: searchAnswer('Godalming and Ash', HUNT),
      etag: null,
    }));
    const sender: MessageSender = card;
    const answer = await sendRequest(from(sender), 'setYourMp', {
      postcode: 'GU7 1AA',
      constituency: null,
      lookUp: true,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(asked).toEqual([]);
  });
});
