/** The editor's small pure modules: its routes, field errors, preview words and times. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type EditorRoute } from '@/utils/editor/editor-route';
import { fieldErrorsFromIssues, fieldErrorsFromMessage, fieldOf } from '@/utils/editor/field-errors';
import { describeCounts, describeImport, splitProblem } from '@/utils/editor/preview-summary';
import { describeOrigin, describeStance } from '@/utils/editor/record-titles';

describe('editor routes', () => {
  const routes: [string, EditorRoute][] = [
    ['#bills', { section: 'bills', view: 'list' }],
    ['#events/new', { section: 'events', view: 'new' }],
    ['#stances/new?bill=nhs-bill-2015-16', { section: 'stances', view: 'new', billId: 'nhs-bill-2015-16' }],
    ['#stances/edit/stance%2F1%20x', { section: 'stances', view: 'edit', id: 'stance/1 x' }],
    ['#packs', { section: 'packs' }],
  ];
  it('reads and writes each route the same way', () => {
    for (const [hash, route] of routes) {
      expect(parseRoute(hash)).toEqual(route);
      expect(routeHash(route)).toBe(hash);
    }
  });

  it('falls back to the bills list for an address it does not know', () => {
    expect(parseRoute('')).toEqual({ section: 'bills', view: 'list' });
    expect(parseRoute('#nonsense/edit/x')).toEqual({ section: 'bills', view: 'list' });
    expect(parseRoute('#bills/edit/%E0%A4%A')).toEqual({ section: 'bills', view: 'list' });
    expect(parseRoute('#bills/new?bill=x')).toEqual({ section: 'bills', view: 'new' });
  });
});

describe('field errors', () => {
  it('puts each issue on the field its path names, the first one only', () => {
    expect(
      fieldErrorsFromIssues([
        { path: ['stages', 0, 'date'], message: 'Not a real calendar date' },
        { path: ['stages', 0, 'date'], message: 'second' },
        { path: ['aliases', 3], message: 'Plain text only' },
        { path: [], message: 'Whole thing' },
      ]),
    ).toEqual({ 'stages.0.date': 'Not a real calendar date', aliases: 'Line 4: Plain text only', form: 'Whole thing' });
    expect(fieldOf(['sources', 1, 'url'])).toBe('sources.1.url');
  });

  it("places a refused save's message beside the fields it names, the rest above the form", () => {
    const known = (field: string) => ['sponsorId', 'subject.billId'].includes(field);
    expect(
      fieldErrorsFromMessage(
        'record.sponsorId: no MP with id 4 in the dataset; record.id: "x" belongs to the bundled data',
        known,
      ),
    ).toEqual({ sponsorId: 'no MP with id 4 in the dataset', form: 'record.id: "x" belongs to the bundled data' });
    expect(fieldErrorsFromMessage("Bevan's background is not answering (gone).", known)).toEqual({
      form: "Bevan's background is not answering (gone).",
    });
  });
});

describe('the words of packs and lists', () => {
  it('counts records as a sentence', () => {
    expect(describeCounts({ bills: 1, stances: 4, disputeEvents: 1 })).toBe('1 bill, 4 stances and 1 dispute event');
    expect(describeCounts({ stances: 2 })).toBe('2 stances');
    expect(describeCounts({})).toBe('nothing');
  });

  it('sums up an import, leaving out what did not happen', () => {
    expect(
      describeImport({ packName: 'Test pack', added: 6, updated: 0, removed: 1, unchanged: 0, conflicts: 2 }),
    ).toBe('Imported “Test pack”: 6 added, 1 removed, 2 not imported (their ids are taken).');
  });

  it("splits a refused pack's problem into its path and message", () => {
    expect(splitProblem('stances.3.personId: no MP with id 9')).toEqual({
      path: 'stances.3.personId',
      message: 'no MP with id 9',
    });
    expect(splitProblem('Not JSON: Unexpected token')).toEqual({ path: null, message: 'Not JSON: Unexpected token' });
  });

  it('names stances and origins as a reader would', () => {
    const stance = { personId: 3930, subject: { kind: 'dispute' as const }, position: 'mixed' as const };
    expect(describeStance(stance, 'Caroline Lucas', null)).toBe(
      "Caroline Lucas has mixed views on the junior doctors' dispute",
    );
    expect(describeStance({ ...stance, subject: { kind: 'bill', billId: 'b-1' } }, null, null)).toBe(
      'MP 3930 has mixed views on b-1',
    );
    expect(describeOrigin('pack:nhs', new Map([['nhs', 'NHS group']]))).toBe('Pack: NHS group');
    expect(describeOrigin('campaigner')).toBe('Yours');
  });
});
