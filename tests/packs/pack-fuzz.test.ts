import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BevanDb } from '@/utils/data/db';
import { importPack, undoLastImport } from '@/utils/packs/import-pack';
import type { DataPack } from '@/utils/packs/pack-format';
import { parsePack } from '@/utils/packs/parse-pack';
import { bundledDb, contextOf, goodPackJson, snapshot } from './pack-helpers';

type Path = (string | number)[];

/** Every place in a JSON value where a mutation can land. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return here;
}

const REMOVE = Symbol('remove');

function mutated(root: unknown, changes: { path: Path; value: unknown }[]): unknown {
  const copy = structuredClone(root);
  for (const { path, value } of changes) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) {
      parent =
        parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = path[path.length - 1];
    const container = parent as Record<string | number, unknown>;
    if (value === REMOVE) delete container[last];
    else container[last] = value;
  }
  return copy;
}

/** Values that the validation has something to say about, beside whatever fast-check dreams up. */
const tricky = fc.constantFrom<unknown>(
  REMOVE,
  null,
  '',
  ' ',
  -1,
  0,
  1.5,
  99999999,
  'javascript:alert(1)',
  'data:text/html,hi',
  'http://example.org',
  'https://example.org/ok',
  '<b>bold</b>',
  '2031-01-01',
  '2023-02-30',
  '2016-03-11',
  '2025-13',
  'nhs-bill-2015-16',
  'publicly-funded-nhs-bill-2025-26',
  'fixture-lucas-nhs-bill-2015-16',
  { kind: 'dispute' },
  [],
  {},
);

const good = goodPackJson();
const goodPaths = pathsOf(good);
const mutation = fc.record({ path: fc.constantFrom(...goodPaths), value: fc.oneof(tricky, fc.jsonValue()) });
const mutatedPack = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => mutated(good, changes));

/** As the background will do it: read the text, and import it only if it was accepted. */
async function importText(db: BevanDb, text: string) {
  const parsed = parsePack(text, await contextOf(db));
  return parsed.ok ? { parsed, imported: await importPack(db, parsed.pack) } : { parsed, imported: null };
}

function expectClearErrors(errors: string[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error).toMatch(/\S/);
}

describe('pack import, fuzzed', () => {
  it('random text is accepted or refused with messages, never thrown at', () => {
    const context = {
      knownPersonIds: new Set([3930]),
      knownBillIds: new Set(['nhs-bill-2015-16']),
      today: '2026-11-25',
    };
    const nearPack = fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((rest) => JSON.stringify({ format: 'bevan-data-pack', formatVersion: 1, ...rest }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), nearPack), (text) => {
        const result = parsePack(text, context);
        if (!result.ok) expectClearErrors(result.errors);
      }),
      { numRuns: 500 },
    );
  });

  it('a mutated pack is either imported (and undoable) or refused with the database unchanged', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPack, async (json) => {
        const { parsed, imported } = await importText(db, JSON.stringify(json));
        if (parsed.ok) {
          accepted++;
          expect(imported?.ok).toBe(true);
          expect((await undoLastImport(db)).ok).toBe(true);
        } else {
          expectClearErrors(parsed.errors);
        }
        expect(await snapshot(db)).toEqual(before);
      }),
      { numRuns: 150 },
    );
    // Both branches were exercised: some mutations keep a pack valid (a new note, a removed optional field).
    expect(accepted).toBeGreaterThan(0);
    db.close();
  }, 60_000);

  it('importPack given unvalidated records either imports them or leaves the database as it was', async () => {
    const db = await bundledDb();
    const before = await snapshot(db);
    const recordPaths = goodPaths.filter(
      ([list]) => list === 'bills' || list === 'stances' || list === 'disputeEvents',
    );
    const records = fc.array(
      fc.record({ path: fc.constantFrom(...recordPaths), value: fc.oneof(tricky, fc.jsonValue()) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    await fc.assert(
      fc.asyncProperty(records, async (changes) => {
        // Straight to importPack, past parsePack: the transaction's own guarantees are under test.
        const result = await importPack(db, mutated(good, changes) as DataPack);
        if (result.ok) expect((await undoLastImport(db)).ok).toBe(true);
        else expect(result.error.message).toMatch(/\S/);
        expect(await snapshot(db)).toEqual(before);
      }),
      { numRuns: 100 },
    );
    db.close();
  }, 60_000);
});
