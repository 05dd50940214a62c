import { describe, expect, it } from 'vitest';
import { sendRequest } from '@/utils/messages';
import { contentScriptIn, extensionPage, startBackground } from '../helpers/background';

// A pack written for this test, smallest that imports.
const pack = JSON.stringify({
  format: 'bevan-data-pack',
  formatVersion: 1,
  pack: { id: 'test-pack', name: 'Test pack', publisher: 'Test group', created: '2026-06-30T12:00:00Z' },
  bills: [],
  stances: [],
  disputeEvents: [
    {
      id: 'test-event',
      start: '2026-01-05',
      end: null,
      kind: 'other',
      title: 'Test event',
      details: null,
      verified: true,
      sources: [{ url: 'https://example.org/test', label: 'Test source' }],
    },
  ],
});

describe('getPackCredits', () => {
  it("answers a card in a news page with an installed pack's name and publisher, and leaves out packs not installed", async () => {
    const { from } = await startBackground({ bundled: false });
    const editor = from(extensionPage('editor.html#packs'));
    expect((await sendRequest(editor, 'importPack', { text: pack })).ok).toBe(true);
    const card = from(contentScriptIn('https://www.bbc.co.uk/news/health-1'));
    expect(await sendRequest(card, 'getPackCredits', { ids: ['test-pack', 'gone-pack'] })).toEqual({
      ok: true,
      data: [{ id: 'test-pack', name: 'Test pack', publisher: 'Test group' }],
    });
  });
});
