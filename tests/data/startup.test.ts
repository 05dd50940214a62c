import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWithBundledData } from '@/utils/data/startup';
import { freshDbName } from '../helpers/dataset';

const PUBLIC = path.resolve(import.meta.dirname, '../../public');
const files = { versionUrl: '/data/dataset-version.json', datasetUrl: '/data/dataset.json' };

/** Serves public/ as the extension package would, counting what is read. */
function packageFiles() {
  const reads: string[] = [];
  const fetchFile = (async (url: string) => {
    reads.push(url);
    return new Response(readFileSync(path.join(PUBLIC, url)), { status: 200 });
  }) as typeof fetch;
  return { reads, fetchFile };
}

describe('opening the database at start-up', () => {
  it('loads the bundled dataset the first time, then reads only its version file', async () => {
    const name = freshDbName();
    const first = packageFiles();
    const db = await openWithBundledData(files, first.fetchFile, name);
    expect(first.reads).toEqual([files.versionUrl, files.datasetUrl]);
    expect(await db.count('people')).toBe(1451);
    db.close();

    const again = packageFiles();
    (await openWithBundledData(files, again.fetchFile, name)).close();
    expect(again.reads).toEqual([files.versionUrl]);
  });

  it('says clearly when the bundled files cannot be read', async () => {
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(openWithBundledData(files, missing, freshDbName())).rejects.toThrow(/Could not read the bundled/);
  });
});
