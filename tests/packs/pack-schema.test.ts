import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../scripts/pack-json-schema';

const published = path.resolve(import.meta.dirname, '../../public/schema/data-pack.schema.json');

describe('the published JSON Schema of data packs', () => {
  it('is what the zod schema generates now (run `npx tsx scripts/build-pack-schema.ts` after changing it)', () => {
    expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual(packJsonSchema());
  });

  it('says what the refinements check, where JSON Schema can: https links, plain text, dates', () => {
    const schema = packJsonSchema() as {
      properties: {
        pack: { properties: Record<string, { pattern?: string; format?: string }> };
        stances: { items: { properties: Record<string, { pattern?: string; format?: string }> } };
      };
    };
    const pack = schema.properties.pack.properties;
    expect(pack.homepage).toMatchObject({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]://' });
    expect(pack.name.pattern).toBe('^[^<>]*$');
    expect(pack.created.format).toBe('date-time');
    expect(schema.properties.stances.items.properties.date.format).toBe('date');
    expect(JSON.stringify(schema)).not.toContain('"origin":');
  });
});
