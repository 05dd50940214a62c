/** The hand-written feeds in tests/fixtures/feeds, by file name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FEEDS_DIR = path.resolve(import.meta.dirname, '../fixtures/feeds');

export function feedFixture(name: string): string {
  return readFileSync(path.join(FEEDS_DIR, name), 'utf8');
}
