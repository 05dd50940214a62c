/**
 * Opens the database and makes sure it holds the bundled dataset shipped with
 * this version of the extension. The worker starts often (on the first
 * message after each idle spell), so it first reads only the dataset's
 * version file; the 3.5 MB dataset is read and validated only when that
 * version is not the one stored.
 */
import { DB_NAME, openBevanDb, type BevanDb } from './db';
import { loadBundledDataset, parseDataset, storedBundledVersion } from './bundled';

export interface BundledFiles {
  /** public/data/dataset-version.json */
  versionUrl: string;
  /** public/data/dataset.json */
  datasetUrl: string;
}

async function readJson(url: string, fetchFile: typeof fetch): Promise<unknown> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`Could not read the bundled ${url} (${response.status}).`);
  return response.json();
}

export async function openWithBundledData(
  files: BundledFiles,
  fetchFile: typeof fetch = fetch,
  dbName = DB_NAME,
): Promise<BevanDb> {
  const db = await openBevanDb(dbName);
  const shipped = (await readJson(files.versionUrl, fetchFile)) as { version?: unknown } | null;
  if (shipped?.version !== (await storedBundledVersion(db))) {
    await loadBundledDataset(db, parseDataset(await readJson(files.datasetUrl, fetchFile)));
  }
  return db;
}
