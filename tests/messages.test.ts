import { describe, expect, it } from 'vitest';
import type { Stance } from '@/utils/data/schema';
import type { BrowserControls } from '@/utils/background/controls';
import { findMatches, unpackMatcher } from '@/utils/matching/find';
import type { MessageSender } from '@/utils/background/message-router';
import { sendRequest, type SendMessage } from '@/utils/messages';
import { EXTENSION_ID, extensionPage, startBackground } from './helpers/background';

const optionsPage = extensionPage('options.html');
const contentScript: MessageSender = { id: EXTENSION_ID, url: 'https://www.bbc.co.uk/news/health-35000000' };

const setUp = (controls: Partial<BrowserControls> = {}) => startBackground({ controls });

const stance: Stance = {
  id: 'stance-1',
  personId: 1572,
  subject: { kind: 'dispute' },
  position: 'opposes',
  date: '2016-02-11',
  note: null,
  sources: [{ url: 'https://hansard.parliament.uk/commons/2016-02-11', label: 'Hansard' }],
  origin: 'campaigner',
};

describe('typed messages: who may ask, and for what', () => {
  it("answers a content script's request for an MP with validated details", async () => {
    const { from } = await setUp();
    const result = await sendRequest(from(contentScript), 'getPerson', { id: 3930 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data?.person.name).toBe('Caroline Lucas');
    expect(result.data?.sponsoredBills.map((bill) => bill.id)).toContain('nhs-bill-2015-16');
  });

  it('answers null, not an error, for an MP that is not in the dataset', async () => {
    const { from } = await setUp();
    expect(await sendRequest(from(contentScript), 'getPerson', { id: 999_999_999 })).toEqual({ ok: true, data: null });
  });

  it('rejects an invalid request with a message naming the field', async () => {
    const { route } = await setUp();
    const answer = await route({ type: 'getPerson', payload: { id: 'Caroline Lucas' } }, contentScript);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!answer.ok && answer.error.message).toMatch(/^id: /);
  });

  it('rejects an unknown request type', async () => {
    const { route } = await setUp();
    const answer = await route({ type: 'dropDatabase', payload: {} }, optionsPage);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses messages from another extension', async () => {
    const { route } = await setUp();
    const answer = await route(
      { type: 'getStatus', payload: {} },
      { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('typed messages: writing records', () => {
  it('refuses a privileged write from a content script and leaves the data unchanged', async () => {
    const { db, from } = await setUp();
    const result = await sendRequest(from(contentScript), 'saveRecord', { store: 'stances', record: stance });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('stances')).toBe(0);
  });

  it('accepts the same write from an extension page, then shows it on the MP', async () => {
    const { from } = await setUp();
    expect(await sendRequest(from(optionsPage), 'saveRecord', { store: 'stances', record: stance })).toEqual({
      ok: true,
      data: { id: 'stance-1' },
    });
    const hunt = await sendRequest(from(contentScript), 'getPerson', { id: 1572 });
    expect(hunt.ok && hunt.data?.stances).toEqual([stance]);
  });

  it('refuses to change or delete a bundled record, even from an extension page', async () => {
    const { db, from } = await setUp();
    const bundledBill = (await db.get('bills', 'nhs-bill-2015-16'))!;
    const overwrite = await sendRequest(from(optionsPage), 'saveRecord', {
      store: 'bills',
      record: { ...bundledBill, outcome: 'Rewritten', origin: 'campaigner' },
    });
    expect(overwrite).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const removal = await sendRequest(from(optionsPage), 'deleteRecord', { store: 'bills', id: 'nhs-bill-2015-16' });
    expect(removal).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await db.get('bills', 'nhs-bill-2015-16')).toEqual(bundledBill);
  });

  it('refuses a stance about an MP who is not in the dataset, naming the field', async () => {
    const { from } = await setUp();
    const result = await sendRequest(from(optionsPage), 'saveRecord', {
      store: 'stances',
      record: { ...stance, personId: 424242 },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/^record\.personId/);
  });

  it('refuses a source that is not https before anything is sent', async () => {
    let sent = 0;
    const send: SendMessage = async () => {
      sent++;
      return { ok: true, data: { id: 'x' } };
    };
    const result = await sendRequest(send, 'saveRecord', {
      store: 'stances',
      record: { ...stance, sources: [{ url: 'javascript:alert(1)', label: 'x' }] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/record\.sources\.0\.url/);
    expect(sent).toBe(0);
  });
});

describe('typed messages: answers, people and the matcher', () => {
  it('turns an answer that does not validate into an error value', async () => {
    const result = await sendRequest(async () => ({ ok: true, data: { person: { name: 42 } } }), 'getPerson', {
      id: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a background that does not answer into an error value', async () => {
    const result = await sendRequest(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      'getStatus',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });

  it('finds MPs by name regardless of case and accents, sitting MPs first', async () => {
    const { from } = await setUp();
    const result = await sendRequest(from(contentScript), 'searchPeople', { query: 'hunt', limit: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.map((person) => person.id)).toContain(1572);
    const firstFormer = result.data.findIndex((person) => !person.sitting);
    expect(result.data.slice(firstFormer === -1 ? result.data.length : firstFormer).every((p) => !p.sitting)).toBe(
      true,
    );
  });

  it("sends a content script a matcher resolved for its article's date", async () => {
    const { from } = await setUp();
    const result = await sendRequest(from(contentScript), 'getMatcher', { articleDate: '2016-03-14' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const matcher = unpackMatcher(result.data);
    const found = findMatches(matcher, 'Caroline Lucas and the NHS Reinstatement Bill');
    // On 14 March 2016 the NHS Reinstatement Bill before Parliament is 2015-16's (other sessions' share its name).
    expect(found.map(({ entity }) => ({ ...entity, sharedBy: undefined }))).toEqual([
      { kind: 'mp', id: '3930', ambiguous: false, sharedBy: undefined },
      { kind: 'bill', id: 'nhs-bill-2015-16', ambiguous: false, sharedBy: undefined },
    ]);
  });
});

describe('typed messages: sites and settings', () => {
  it('switches a default news site off and on, from an extension page only', async () => {
    const stopped: number[] = [];
    const started: number[] = [];
    const { from } = await setUp({
      stopInTab: (tabId) => stopped.push(tabId),
      startInTab: async (tabId) => void started.push(tabId),
    });
    const url = 'https://www.bbc.co.uk/news/health-1';
    const refused = await sendRequest(from(contentScript), 'setSiteEnabled', { url, enabled: false, tabId: 7 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sendRequest(from(contentScript), 'getSiteStatus', { url })).toEqual({
      ok: true,
      data: { host: 'bbc.co.uk', state: 'default', runs: true },
    });

    expect(await sendRequest(from(optionsPage), 'setSiteEnabled', { url, enabled: false, tabId: 7 })).toEqual({
      ok: true,
      data: { host: 'bbc.co.uk', state: 'default-off', runs: false },
    });
    expect(stopped).toEqual([7]);
    await sendRequest(from(optionsPage), 'setSiteEnabled', { url, enabled: true, tabId: 7 });
    expect(started).toEqual([7]);
  });

  it("starts a news page's content script with one request: the site, the first look's cues and the cap", async () => {
    const { from } = await setUp();
    const url = 'https://www.theguardian.com/society/2026/nov/20/nhs';
    const started = await sendRequest(from(contentScript), 'startPage', { url });
    expect(started).toMatchObject({
      ok: true,
      data: { site: { host: 'theguardian.com', runs: true }, settings: { maxMentionsPerEntity: 5 } },
    });
    const cues = await sendRequest(from(contentScript), 'getCues', {});
    expect(started.ok && started.data.cues).toEqual(cues.ok && cues.data);

    await sendRequest(from(optionsPage), 'setSiteEnabled', { url, enabled: false, tabId: null });
    // Switched off: nothing to look for, so no cues are sent.
    expect(await sendRequest(from(contentScript), 'startPage', { url })).toMatchObject({
      ok: true,
      data: { site: { state: 'default-off', runs: false }, cues: null },
    });
  });

  it('switches another site on only when the browser lets it register there', async () => {
    const registered: string[] = [];
    let allowed = false;
    const { from } = await setUp({
      registerSite: async (host) => {
        if (!allowed) throw new Error('permission to read it was not given');
        registered.push(host);
      },
    });
    const url = 'https://nhscampaign.example.org/blog/1';
    const denied = await sendRequest(from(optionsPage), 'setSiteEnabled', { url, enabled: true, tabId: null });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sendRequest(from(contentScript), 'getSiteStatus', { url })).toMatchObject({ data: { state: 'off' } });

    allowed = true;
    const granted = await sendRequest(from(optionsPage), 'setSiteEnabled', { url, enabled: true, tabId: null });
    expect(granted).toEqual({ ok: true, data: { host: 'nhscampaign.example.org', state: 'added', runs: true } });
    expect(registered).toEqual(['nhscampaign.example.org']);
  });

  it('keeps the per-page mention cap, changed only from an extension page and only to a sensible number', async () => {
    const { from } = await setUp();
    expect(await sendRequest(from(contentScript), 'getAnnotationSettings', {})).toEqual({
      ok: true,
      data: { maxMentionsPerEntity: 5 },
    });
    const refused = await sendRequest(from(contentScript), 'setAnnotationSettings', { maxMentionsPerEntity: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const invalid = await sendRequest(from(optionsPage), 'setAnnotationSettings', { maxMentionsPerEntity: 0 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!invalid.ok && invalid.error.message).toMatch(/^maxMentionsPerEntity: /);
    await sendRequest(from(optionsPage), 'setAnnotationSettings', { maxMentionsPerEntity: 2 });
    expect(await sendRequest(from(contentScript), 'getAnnotationSettings', {})).toEqual({
      ok: true,
      data: { maxMentionsPerEntity: 2 },
    });
  });
});
