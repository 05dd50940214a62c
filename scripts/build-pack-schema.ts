/**
 * Writes public/schema/data-pack.schema.json, the published JSON Schema of
 * data packs, from the zod schema (see scripts/pack-json-schema.ts). Run with
 * `npx tsx scripts/build-pack-schema.ts` after changing the pack format or
 * the record schemas; a unit test fails while the file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packJsonSchema } from './pack-json-schema';

export const PACK_SCHEMA_PATH = path.resolve(import.meta.dirname, '../public/schema/data-pack.schema.json');

mkdirSync(path.dirname(PACK_SCHEMA_PATH), { recursive: true });
writeFileSync(PACK_SCHEMA_PATH, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), PACK_SCHEMA_PATH)}`);
