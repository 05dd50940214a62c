/**
 * Puts news into Bevan's database as a refresh would have left it, from one
 * of Bevan's own pages (they share the service worker's IndexedDB). The items
 * are test data and say so; the test machine cannot reach the real feeds.
 */
import type { Page } from 'playwright-core';

export interface SeededNews {
  items: { title: string; link: string; published: string; source: string; read: boolean }[];
  status: { url: string; label: string; error: { kind: string; message: string } | null }[];
  updatedAt: string;
}

const NEWS_KEYS = ['news.items', 'news.status', 'news.updatedAt'];

/** Writes values into the meta store (null deletes the key), from a page of Bevan's own. */
async function writeMeta(extensionPage: Page, entries: [string, unknown][]): Promise<void> {
  await extensionPage.evaluate(async (entries) => {
    // The background creates the database: wait until it answers, so that opening it here never creates an empty one.
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
    };
    await chrome.runtime.sendMessage({ type: 'getStatus', payload: {} });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bevan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('meta', 'readwrite');
    const meta = transaction.objectStore('meta');
    for (const [key, value] of entries) {
      if (value === null) meta.delete(key);
      else meta.put(value, key);
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, entries);
}

export async function seedNews(extensionPage: Page, { items, status, updatedAt }: SeededNews): Promise<void> {
  const storedItems = items.map((item) => ({
    id: item.link,
    title: item.title,
    link: item.link,
    published: item.published,
    summary: '',
    feedUrl: status[0].url,
    source: item.source,
    firstSeen: updatedAt,
    read: item.read,
  }));
  const storedStatus = status.map((entry) => ({
    ...entry,
    lastAttempt: updatedAt,
    lastSuccess: entry.error ? null : updatedAt,
  }));
  await writeMeta(extensionPage, [
    [NEWS_KEYS[0], storedItems],
    [NEWS_KEYS[1], storedStatus],
    [NEWS_KEYS[2], updatedAt],
  ]);
}

/** Forgets the stored news, as on a first run. */
export async function clearNews(extensionPage: Page): Promise<void> {
  await writeMeta(
    extensionPage,
    NEWS_KEYS.map((key) => [key, null]),
  );
}
