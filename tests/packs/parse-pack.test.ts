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
    expect(errorsOf(fixtureText('not-json.json'))).toEqual([expect.stringMatching(/^Not JSON: /)]);
    expect(errorsOf('')).toEqual([expect.stringMatching(/^Not JSON: /)]);
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
    expect(errorsOf(JSON.stringify(json))).toEqual([expect.stringMatching(/^formatVersion: /)]);
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
      'pack.homepage: Must be an https:// address',
      'bills.0.sources.0.url: Must be an https:// address',
      'stances.0.sources.0.url: Must be an https:// address',
      'disputeEvents.0.sources.0.url: Must be an https:// address',
    ]);
  });

  it('refuses HTML in text fields', () => {
    expect(errorsOf(fixtureText('html-in-text.json'))).toEqual([
      'bills.0.shortTitle: Plain text only: no < or > characters',
      'stances.1.note: Plain text only: no < or > characters',
      'disputeEvents.0.title: Plain text only: no < or > characters',
    ]);
  });

  it('refuses ids used twice in one list', () => {
    expect(errorsOf(fixtureText('duplicate-ids.json'))).toEqual([
      'bills.1.id: "publicly-funded-nhs-bill-2025-26" is also the id of bills.0',
      'stances.4.id: "fixture-lucas-nhs-bill-2015-16" is also the id of stances.0',
    ]);
  });

  it('refuses MPs and bills that are in neither Bevan’s data nor the pack', () => {
    expect(errorsOf(fixtureText('unknown-references.json'))).toEqual([
      "bills.0.sponsorId: no MP with id 99999998 in Bevan's data",
      'stances.0.subject.billId: no bill "no-such-bill-2015-16" in Bevan\'s data or in this pack',
      "stances.3.personId: no MP with id 99999999 in Bevan's data",
    ]);
  });

  it('accepts a stance about a bill that is only in the pack, or only in the database', () => {
    const withoutPackBill = { ...context, knownBillIds: new Set<string>() };
    const errors = parsePack(fixtureText('good-pack.json'), withoutPackBill);
    // The bundled bills are unknown here; the pack's own bill is still found.
    expect(errors.ok ? [] : errors.errors).toEqual([
      'stances.0.subject.billId: no bill "nhs-bill-2015-16" in Bevan\'s data or in this pack',
      'stances.1.subject.billId: no bill "nhs-bill-2014-15" in Bevan\'s data or in this pack',
    ]);
  });

  it('refuses dates in the future and ranges that end before they start', () => {
    expect(errorsOf(fixtureText('future-dates.json'))).toEqual([
      'pack.created: 2031-01-01T00:00:00Z is in the future (today is 2026-11-25)',
      'bills.0.stages.0.dateEnd: ends on 2025-10-01, before it starts on 2025-10-15',
      'stances.0.date: 2031-01-01 is in the future (today is 2026-11-25)',
      'disputeEvents.0.start: 2031-02 is in the future (today is 2026-11-25)',
    ]);
  });

  it('takes a month-only date as past once its month has begun', () => {
    const json = goodPackJson();
    (json.disputeEvents as { start: string }[])[0].start = TODAY.slice(0, 7);
    expect(parsePack(JSON.stringify(json), context).ok).toBe(true);
  });

  it('refuses impossible dates', () => {
    expect(errorsOf(fixtureText('impossible-dates.json'))).toEqual([
      'pack.created: Invalid ISO datetime',
      'bills.0.stages.0.date: Not a real calendar date',
      'stances.1.date: Not a real calendar date',
    ]);
  });

  it('refuses a pack id that cannot be an origin', () => {
    const json = goodPackJson();
    json.pack.id = 'Campaign Group!';
    expect(errorsOf(JSON.stringify(json))).toEqual(['pack.id: Use up to 64 lower-case letters, digits and hyphens']);
  });

  it(`caps the messages at ${MAX_PACK_ERRORS}, the last saying how many more there are`, () => {
    const json = goodPackJson();
    const stance = (json.stances as Record<string, unknown>[])[0];
    json.stances = Array.from({ length: 50 }, (_, index) => ({ ...stance, id: `s${index}`, personId: 99999999 }));
    const errors = errorsOf(JSON.stringify(json));
    expect(errors).toHaveLength(MAX_PACK_ERRORS);
    expect(errors[0]).toBe("stances.0.personId: no MP with id 99999999 in Bevan's data");
    expect(errors.at(-1)).toBe('…and 31 more problems');
  });
});
