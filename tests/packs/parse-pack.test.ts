import { describe, expect, it } from 'vitest';
import { MAX_PACK_ERRORS, parsePack, type PackContext } from '@/utils/packs/parse-pack';
import { bundledDataset } from '../helpers/dataset';
import { fixtureText, goodPackJson, TODAY } from './pack-helpers';

const dataset = bundledDataset();
const context: PackContext = {
  knownPersonIds: new Set(dataset.people.map((person) => person.id)),
  knownBillIds: new Set(dataset.bills.map((bill) => bill.id)),
  today: TODAY,
};

function errorsOf(text: string): string[] {
  const result = parsePack(text, context);
  if (result.ok) throw new Error('Expected the pack to be refused');
  return result.errors;
}

describe('parsePack: the file and its format', () => {
  it('accepts the good fixture: a new bill, stances about real MPs, a dispute event', () => {
    const result = parsePack(fixtureText('good-pack.json'), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.pack.id).toBe('nhs-campaign-fixture');
    expect(result.pack.bills.map((bill) => bill.id)).toEqual(['publicly-funded-nhs-bill-2025-26']);
    expect(result.pack.stances.map((stance) => stance.personId)).toEqual([3930, 3930, 3930, 4504]);
    expect(result.pack.disputeEvents).toHaveLength(1);
  });

  it('ignores an origin written in a file: records come only from the pack', () => {
    const json = goodPackJson();
    (json.stances as Record<string, unknown>[])[0].origin = 'bundled';
    const result = parsePack(JSON.stringify(json), context);
    expect(result.ok && 'origin' in result.pack.stances[0]).toBe(false);
  });

  it('lets a pack leave out a list it has nothing for', () => {
    const { bills: _bills, disputeEvents: _events, ...json } = goodPackJson();
    json.stances = (json.stances as { subject: { kind: string } }[]).filter((stance) => stance.subject.kind !== 'bill');
    const result = parsePack(JSON.stringify(json), context);
    expect(result.ok && [result.pack.bills, result.pack.disputeEvents]).toEqual([[], []]);
  });

  it('says when the text is not JSON', () => {
    expect(errorsOf(fixtureText('not-json.json'))).toEqual([
      'The file is not valid JSON: line 8, column 19: the file ends where a value is expected.',
    ]);
    expect(errorsOf('')).toEqual(['The file is empty: a data pack is a JSON file.']);
  });

  it('says when the JSON is another format', () => {
    for (const text of [fixtureText('other-format.json'), '[]', 'null', '"bevan-data-pack"', '{"format":"other"}']) {
      expect(errorsOf(text)).toEqual([expect.stringMatching(/^This is not a Bevan data pack/)]);
    }
  });

  it('says when the pack was made for a newer Bevan, without listing fields this one does not know', () => {
    expect(errorsOf(fixtureText('newer-version.json'))).toEqual([
      'This pack was made for a newer Bevan: format version 2. Update Bevan to import it.',
    ]);
    const json = { ...goodPackJson(), formatVersion: 0 };
    expect(errorsOf(JSON.stringify(json))).toEqual(['The file: the format version must be 1']);
  });

  it('refuses a file over 5 MB, naming its size', () => {
    const json = goodPackJson();
    json.pack.description = 'x'.repeat(900);
    const padded = JSON.stringify(json).replace(/}$/, `,"padding":"${'x'.repeat(5.5 * 1024 * 1024)}"}`);
    expect(errorsOf(padded)).toEqual(['The file is 5.6 MB; a data pack can be at most 5 MB']);
  });

  it('counts the size in bytes, not characters', () => {
    // 2 million three-byte characters: 6 MB of UTF-8 in a 2-million-character string.
    const text = JSON.stringify({ format: 'bevan-data-pack', padding: '€'.repeat(2_000_000) });
    expect(errorsOf(text)).toEqual([expect.stringMatching(/^The file is 5\.8 MB/)]);
  });
});

describe('parsePack: the records', () => {
  it('refuses javascript:, data: and http: links, naming each field', () => {
    expect(errorsOf(fixtureText('unsafe-urls.json'))).toEqual([
      "The pack's details: the homepage must start with https://",
      'Bill 1, source 1: the address must start with https://',
      'Stance 1, source 1: the address must start with https://',
      'Dispute event 1, source 1: the address must start with https://',
    ]);
  });

  it('refuses HTML in text fields', () => {
    expect(errorsOf(fixtureText('html-in-text.json'))).toEqual([
      'Bill 1: the short title must be plain text, without < or >',
      'Stance 2: the note must be plain text, without < or >',
      'Dispute event 1: the title must be plain text, without < or >',
    ]);
  });

  it('refuses ids used twice in one list', () => {
    expect(errorsOf(fixtureText('duplicate-ids.json'))).toEqual([
      'Bill 2: its id "publicly-funded-nhs-bill-2025-26" is also the id of bill 1',
      'Stance 5: its id "fixture-lucas-nhs-bill-2015-16" is also the id of stance 1',
    ]);
  });

  it('refuses MPs and bills that are in neither Bevan’s data nor the pack', () => {
    expect(errorsOf(fixtureText('unknown-references.json'))).toEqual([
      "Bill 1: the sponsor's MP id 99999998 matches no MP in Bevan's data",
      'Stance 1: no bill "no-such-bill-2015-16" in Bevan\'s data or in this pack',
      "Stance 4: the MP's id 99999999 matches no MP in Bevan's data",
    ]);
  });

  it('accepts a stance about a bill that is only in the pack, or only in the database', () => {
    const withoutPackBill = { ...context, knownBillIds: new Set<string>() };
    const errors = parsePack(fixtureText('good-pack.json'), withoutPackBill);
    // The bundled bills are unknown here; the pack's own bill is still found.
    expect(errors.ok ? [] : errors.errors).toEqual([
      'Stance 1: no bill "nhs-bill-2015-16" in Bevan\'s data or in this pack',
      'Stance 2: no bill "nhs-bill-2014-15" in Bevan\'s data or in this pack',
    ]);
  });

  it('refuses a stance or a pack dated in the future, and ranges that end before they start', () => {
    expect(errorsOf(fixtureText('future-dates.json'))).toEqual([
      "The pack's details: the date it was made 2031-01-01T00:00:00Z is in the future (today is 2026-11-25)",
      'Bill 1, stage 1: the end date 2025-10-01 is before the start, 2025-10-15',
      'Stance 1: the date 2031-01-01 is in the future (today is 2026-11-25)',
    ]);
  });

  it('accepts announced events: a strike or a bill stage dated after today', () => {
    const json = goodPackJson();
    (json.disputeEvents as { start: string; end: string | null }[])[0].start = '2027-01-05';
    (json.disputeEvents as { start: string; end: string | null }[])[0].end = '2027-01-09';
    (json.bills as { stages: { date: string }[] }[])[0].stages[0].date = '2027-02-01';
    expect(parsePack(JSON.stringify(json), context).ok).toBe(true);
  });

  it('takes a month-only date as past once its month has begun', () => {
    const json = goodPackJson();
    (json.disputeEvents as { start: string }[])[0].start = TODAY.slice(0, 7);
    expect(parsePack(JSON.stringify(json), context).ok).toBe(true);
  });

  it('refuses impossible dates', () => {
    expect(errorsOf(fixtureText('impossible-dates.json'))).toEqual([
      "The pack's details: the date it was made must be a date and time written like 2026-11-25T19:00:00Z",
      'Bill 1, stage 1: the date is not a real calendar date',
      'Stance 2: the date is not a real calendar date',
    ]);
  });

  it('refuses a pack id that cannot be an origin', () => {
    const json = goodPackJson();
    json.pack.id = 'Campaign Group!';
    expect(errorsOf(JSON.stringify(json))).toEqual([
      "The pack's details: the id must be up to 64 lower-case letters, digits and hyphens",
    ]);
  });

  it(`caps the messages at ${MAX_PACK_ERRORS}, the last saying how many more there are`, () => {
    const json = goodPackJson();
    const stance = (json.stances as Record<string, unknown>[])[0];
    json.stances = Array.from({ length: 50 }, (_, index) => ({ ...stance, id: `s${index}`, personId: 99999999 }));
    const errors = errorsOf(JSON.stringify(json));
    expect(errors).toHaveLength(MAX_PACK_ERRORS);
    expect(errors[0]).toBe("Stance 1: the MP's id 99999999 matches no MP in Bevan's data");
    expect(errors.at(-1)).toBe('…and 31 more problems');
  });
});
