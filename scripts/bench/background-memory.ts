/**
 * The background's memory after 200 cards: the service worker's JavaScript heap, after a garbage collection, once
 * the bundled data is in and again after answering what 200 cards ask (each card's own requests, sent from an
 * extension page as the card UI sends them). Read over Chromium's DevTools port, since a worker has no memory API.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { launchBevan } from '../chromium';
import type { SummaryRow } from './stats';

const CARDS = 200;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Sends DevTools commands to one target. */
async function devtools(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve) => waiting.set(id, resolve as (result: unknown) => void));
    },
    close: () => socket.close(),
  };
}

export interface BackgroundMemory {
  startBytes: number;
  afterBytes: number;
}

export async function measureBackgroundMemory(): Promise<BackgroundMemory> {
  const port = await freePort();
  const browser = await launchBevan({ debuggingPort: port });
  try {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      url: string;
      webSocketDebuggerUrl: string;
    }[];
    const worker = targets.find(
      (target) => target.type === 'service_worker' && target.url.includes(browser.extensionId),
    );
    if (!worker) throw new Error('the service worker is not among the DevTools targets');
    const session = await devtools(worker.webSocketDebuggerUrl);
    const heap = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    };

    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    const dataset = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8'),
    ) as { people: { id: number }[]; bills: { id: string }[] };
    const ask = (type: string, payload: unknown) =>
      page.evaluate(
        ([type, payload]) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
            }
          ).chrome.runtime.sendMessage({ type, payload }),
        [type, payload] as const,
      );
    // Once this is answered the bundled data is in.
    if (!(await ask('getStatus', {})).ok) throw new Error('the background did not answer');
    const startBytes = await heap();
    for (let card = 0; card < CARDS; card++) {
      // As readers meet them: mostly MPs, some bills, now and then the dispute.
      if (card % 10 === 9) await ask('getDisputeTimeline', {});
      else if (card % 5 === 4) await ask('getBill', { id: dataset.bills[card % dataset.bills.length].id });
      else await ask('getPerson', { id: dataset.people[card % dataset.people.length].id });
    }
    const afterBytes = await heap();
    session.close();
    return { startBytes, afterBytes };
  } finally {
    await browser.close();
  }
}

export function backgroundMemorySummary(memory: BackgroundMemory): SummaryRow {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `background heap after ${CARDS} cards`,
    `${mb(memory.afterBytes)} (${mb(memory.startBytes)} with the data loaded, before any card)`,
  ];
}
