/** The committed bundled dataset, read as the extension would read it, for unit tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataset } from '@/utils/data/bundled';
import type { Dataset } from '@/utils/data/schema';

const datasetPath = path.resolve(import.meta.dirname, '../../public/data/dataset.json');

let cached: Dataset | undefined;

export function bundledDataset(): Dataset {
  cached ??= parseDataset(JSON.parse(readFileSync(datasetPath, 'utf8')));
  return structuredClone(cached);
}

let counter = 0;
/** A database name no other test uses: fake-indexeddb is shared within a test file. */
export function freshDbName(): string {
  return `bevan-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}
