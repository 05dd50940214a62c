/**
 * "Write to your MP" through the background, as the card and Bevan's pages
 * use it: the reader's MP is set once, letters open where they should, and
 * nothing private is given to a content script.
 */
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '@/utils/background/message-router';
import { sendRequest } from '@/utils/messages';
import type { TabEvent } from '@/utils/tab-events';
import { DEFAULT_LETTER_TEMPLATES } from '@/utils/letters/templates';
import { contentScriptIn, extensionPage, startBackground } from './helpers/background';

const NEWS_TAB = 7;
const card = contentScriptIn('https://inews.co.uk/news/health/strike', NEWS_TAB);
const setupFrame: MessageSender = { ...extensionPage('your-mp.html?continue'), tab: { id: NEWS_TAB }, frameId: 3 };
const optionsPage = extensionPage('options.html');
const article = { title: 'Resident doctors to strike again', url: 'https://inews.co.uk/news/health/strike#top' };

async function setUp() {
  const opened: { url: string; tabId: number | null }[] = [];
  const told: { tabId: number; event: TabEvent }[] = [];
  const { db, from } = await startBackground({
    controls: {
      openLetter: async (url, tabId) => void opened.push({ url, tabId }),
      tellTab: (tabId, event) => void told.push({ tabId, event }),
    },
  });
  return { db, from, opened, told };
}

function mailParts(url: string) {
  const parsed = new URL(url);
  const query = new URLSearchParams(parsed.search);
  return { to: decodeURIComponent(parsed.pathname), subject: query.get('subject'), body: query.get('body') };
}

describe('write to your MP: opening letters', () => {
  it('asks the reader to choose first, then opens the letter they asked for without a second click', async () => {
    const { from, opened, told } = await setUp();
    const first = await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article });
    expect(first).toEqual({ ok: true, data: { outcome: 'needs-setup' } });
    expect(opened).toEqual([]);

    const chosen = await sendRequest(from(setupFrame), 'setYourMp', {
      postcode: 'gu7 1aa',
      constituency: null,
      continueLetter: true,
    });
    expect(chosen.ok && chosen.data.letter).toEqual({ outcome: 'opened', via: 'writetothem' });
    expect(opened).toEqual([{ url: 'https://www.writetothem.com/?a=WMC&pc=GU7+1AA', tabId: NEWS_TAB }]);
    expect(told).toEqual([{ tabId: NEWS_TAB, event: { type: 'letterOpened', via: 'writetothem' } }]);
  });

  it('emails the MP for the chosen constituency, with the subject and article in the letter', async () => {
    const { from, opened } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Godalming and Ash' });
    const result = await sendRequest(from(card), 'writeToMp', {
      about: { kind: 'bill', id: 'nhs-bill-2015-16' },
      article,
    });
    expect(result).toEqual({ ok: true, data: { outcome: 'opened', via: 'email' } });
    expect(opened).toHaveLength(1);
    expect(opened[0].tabId).toBe(NEWS_TAB);
    const mail = mailParts(opened[0].url);
    expect(mail.to).toBe('huntj@parliament.uk');
    expect(mail.subject).toBe('The National Health Service Bill 2015-16');
    expect(mail.body).toContain('Dear Sir Jeremy Hunt,');
    expect(mail.body).toContain('my MP for Godalming and Ash');
    expect(mail.body).toContain('"Resident doctors to strike again" (https://inews.co.uk/news/health/strike)');
    // {mp_record}: the facts Bevan's data records of the reader's own MP, each sourced; here his NHS voting summaries.
    expect(mail.body).toContain('What Bevan’s data records of your votes and stances on this:\r\n- On ');
    expect(mail.body).toMatch(/: you voted for in \d+ of \d+ votes.*\(TheyWorkForYou: https:\/\//);
  });

  it("writes to the reader's own MP about their own record from their card, not to them about them", async () => {
    const { from, opened } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Godalming and Ash' });
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'mp', id: 1572 }, article });
    const mail = mailParts(opened[0].url);
    expect(mail.to).toBe('huntj@parliament.uk');
    expect(mail.subject).toBe('Your record, as reported in the news');
    expect(mail.body).toMatch(
      /^Dear Sir Jeremy Hunt,\r\n\r\nI am writing to you as my MP for Godalming and Ash about your own record/,
    );
    expect(mail.body?.match(/Jeremy Hunt/g)).toHaveLength(1);
    // Another MP's card still gives the letter about that MP.
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'mp', id: 4514 }, article: null });
    expect(mailParts(opened[1].url).subject).toBe('About Sir Keir Starmer');
  });

  it('keeps the email letter just opened for Bevan’s own frame in that tab to copy, and no one else', async () => {
    const { from } = await setUp();
    const letterFrame: MessageSender = { ...extensionPage('your-mp.html?letter'), tab: { id: NEWS_TAB }, frameId: 4 };
    expect(await sendRequest(from(letterFrame), 'getLetter', {})).toEqual({ ok: true, data: null });
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Godalming and Ash' });
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article });
    const letter = await sendRequest(from(letterFrame), 'getLetter', {});
    expect(letter.ok && letter.data).toMatchObject({
      address: 'huntj@parliament.uk',
      subject: "The resident doctors' dispute",
      body: expect.stringMatching(/^Dear Sir Jeremy Hunt,/),
    });
    // The page's content script may not read it; another tab has none.
    expect((await sendRequest(from(card), 'getLetter', {})).ok).toBe(false);
    const otherTab: MessageSender = { ...letterFrame, tab: { id: NEWS_TAB + 1 } };
    expect(await sendRequest(from(otherTab), 'getLetter', {})).toEqual({ ok: true, data: null });
  });

  it("uses the reader's edited template, and the default again after a reset", async () => {
    const { from, opened } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Holborn and St Pancras' });
    const edited = {
      ...DEFAULT_LETTER_TEMPLATES,
      mp: { subject: 'Re: {subject}', body: 'Hello {mp_name}, I read {article}.' },
    };
    expect((await sendRequest(from(optionsPage), 'setLetterTemplates', edited)).ok).toBe(true);
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'mp', id: 1572 }, article: null });
    expect(mailParts(opened[0].url)).toMatchObject({
      to: 'keir.starmer.mp@parliament.uk',
      subject: 'Re: Sir Jeremy Hunt',
      body: 'Hello Sir Keir Starmer, I read the news.',
    });
    await sendRequest(from(optionsPage), 'setLetterTemplates', DEFAULT_LETTER_TEMPLATES);
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'mp', id: 1572 }, article: null });
    expect(mailParts(opened[1].url).subject).toBe('About Sir Jeremy Hunt');
  });

  it('prefers WriteToThem when both a postcode and a constituency are known', async () => {
    const { from, opened } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: 'WC1X 8QH', constituency: 'Holborn and St Pancras' });
    await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article });
    expect(opened[0].url).toBe('https://www.writetothem.com/?a=WMC&pc=WC1X+8QH');
  });
});

describe('write to your MP: the reader’s choice and its privacy', () => {
  it('refuses a postcode or constituency that is not real, naming the field, and keeps the old choice', async () => {
    const { from } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Godalming and Ash' });
    const badPostcode = await sendRequest(from(optionsPage), 'setYourMp', { postcode: 'SW1A', constituency: null });
    expect(badPostcode).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!badPostcode.ok && badPostcode.error.message).toMatch(/^postcode: "SW1A" is not a UK postcode/);
    const badSeat = await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Atlantis' });
    expect(!badSeat.ok && badSeat.error.message).toMatch(/^constituency: no constituency called "Atlantis"/);
    const kept = await sendRequest(from(optionsPage), 'getYourMp', {});
    expect(kept.ok && kept.data).toMatchObject({
      constituency: 'Godalming and Ash',
      mp: { id: 1572, name: 'Sir Jeremy Hunt', party: 'Conservative' },
    });
  });

  it('never tells a content script the postcode or who the MP is, and refuses its attempts to set them', async () => {
    const { from } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: 'GU7 1AA', constituency: 'Godalming and Ash' });
    const read = await sendRequest(from(card), 'getYourMp', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const write = await sendRequest(from(card), 'setYourMp', { postcode: 'SW1A 1AA', constituency: null });
    expect(write).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const templates = await sendRequest(from(card), 'getLetterTemplates', {});
    expect(templates).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const answer = await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article });
    expect(JSON.stringify(answer)).not.toMatch(/GU7|Godalming|Hunt|huntj/);
  });

  it('marks the MP card of the reader’s own MP, and only theirs', async () => {
    const { from } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: 'Godalming and Ash' });
    const hunt = await sendRequest(from(card), 'getPerson', { id: 1572 });
    const starmer = await sendRequest(from(card), 'getPerson', { id: 4514 });
    expect(hunt.ok && hunt.data?.yourMp).toBe(true);
    expect(starmer.ok && starmer.data?.yourMp).toBe(false);
  });

  it('lists every seat in the Commons with its MP, for the reader to choose from', async () => {
    const { from } = await setUp();
    const seats = await sendRequest(from(card), 'listConstituencies', {});
    expect(seats.ok).toBe(true);
    if (!seats.ok) return;
    expect(seats.data.length).toBeGreaterThanOrEqual(640);
    expect(seats.data.length).toBeLessThanOrEqual(650);
    expect(seats.data).toContainEqual({
      constituency: 'Holborn and St Pancras',
      mp: { id: 4514, name: 'Sir Keir Starmer', party: 'Labour' },
    });
  });

  it('forgets the reader’s MP when both are cleared', async () => {
    const { from } = await setUp();
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: 'GU7 1AA', constituency: null });
    await sendRequest(from(optionsPage), 'setYourMp', { postcode: null, constituency: null });
    const result = await sendRequest(from(card), 'writeToMp', { about: { kind: 'dispute' }, article });
    expect(result).toEqual({ ok: true, data: { outcome: 'needs-setup' } });
  });
});
