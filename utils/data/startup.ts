/**
 * Opens the database and makes sure it holds the bundled dataset shipped with
 * this version of the extension. The file is read from the extension package;
 * the version is compared before the (slower) full validation, so an
 * up-to-date database costs one JSON parse at start-up.
 */
import { openBevanDb, type BevanDb } from './db';
import { loadBundledDataset, parseDataset, storedBundledVersion } from './bundled';

export async function openWithBundledData(datasetUrl: string, fetchFile: typeof fetch = fetch): Promise<BevanDb> {
  const db = await openBevanDb();
  const response = await fetchFile(datasetUrl);
  if (!response.ok) throw new Error(`Could not read the bundled dataset (${response.status}).`);
  const raw: unknown = await response.json();
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (version !== (await storedBundledVersion(db))) await loadBundledDataset(db, parseDataset(raw));
  return db;
}
