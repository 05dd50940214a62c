/**
 * Shared by the pack request tests: the pack handlers behind the message
 * router, a fake network, and records of the reader's own.
 */
import type { BevanDb } from '@/utils/data/db';
import type { Bill, Stance } from '@/utils/data/schema';
import { sendRequest, type RequestOf, type RequestType } from '@/utils/messages';
import { createPackHandlers } from '@/utils/packs/handlers';
import type { PackNetwork } from '@/utils/packs/pack-network';
import { contentScriptIn, extensionPage, startBackground } from '../helpers/background';
import { TODAY } from './pack-helpers';

const editorPage = extensionPage('editor.html#packs');
export const contentScript = contentScriptIn('https://www.bbc.co.uk/news/health-35000000');
/** The time every request runs at. */
export const NOW = new Date(`${TODAY}T18:00:00Z`);
export const PACK_URL = 'https://campaign.example.org/packs/nhs.json';

/** A network answering from a table of URLs; `allowed` is the hosts Bevan may read. */
export function fakeNetwork(answers: Record<string, () => Response>, allowed = ['campaign.example.org']): PackNetwork {
  return {
    async fetch(url) {
      const answer = answers[url];
      if (!answer) throw new TypeError('Failed to fetch');
      return answer();
    },
    canRead: async (url) => allowed.includes(new URL(url).hostname),
  };
}

/** An answer of JSON with this text. */
export const json = (text: string) => () => new Response(text, { headers: { 'content-type': 'application/json' } });

/** A background running the pack handlers, asked from the editor unless told otherwise; it counts the tabs told. */
export async function setUp(answers: Record<string, () => Response> = {}) {
  let notified = 0;
  const controls = { notifyTabs: () => void notified++ };
  const network = fakeNetwork(answers);
  const { db, from } = await startBackground({
    controls,
    handlers: (db) => createPackHandlers(async () => db, controls, { network, now: () => NOW }),
  });
  const ask = <T extends RequestType>(type: T, payload: RequestOf<T>, sender = editorPage) =>
    sendRequest(from(sender), type, payload);
  return { db, ask, notified: () => notified, network, controls };
}

/** The data of a request expected to succeed. */
export async function data<T>(
  result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`Expected success: ${settled.error.message}`);
  return settled.data;
}

export const campaignerBill: Bill = {
  id: 'public-health-service-bill-2026-27',
  shortTitle: 'Public Health Service Bill',
  aliases: ['PHS Bill'],
  session: '2026-27',
  type: "Private Member's Bill",
  house: 'Commons',
  sponsorId: null,
  sponsorName: null,
  stages: [],
  outcome: null,
  actTitle: null,
  sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' }],
  origin: 'campaigner',
};

export const campaignerStance: Stance = {
  id: 'stance-lucas-phs',
  personId: 3930,
  subject: { kind: 'bill', billId: campaignerBill.id },
  position: 'supports',
  date: '2026-10-01',
  note: 'Test fixture',
  sources: [{ url: 'https://example.org/bevan-test-fixture', label: 'Bevan test fixture' }],
  origin: 'campaigner',
};

/** Puts a bill and a stance of the reader's own in the database. */
export async function withOwnRecords(db: BevanDb) {
  await db.put('bills', campaignerBill);
  await db.put('stances', campaignerStance);
}
