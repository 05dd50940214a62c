/**
 * What Bevan must find on the demo article in any browser: the MPs, both
 * bills and the dispute, each with its entity. Chromium's and Firefox's
 * checks hold the mentions they read from the page to it.
 */
import { expect } from 'vitest';

export interface FoundMention {
  text: string | null;
  kind: string | null;
  id: string | null;
}

/** The script that reads them, run in the page. */
export const READ_MENTIONS = `[...document.querySelectorAll('bevan-mention')].map((element) => ({
  text: element.textContent,
  kind: element.getAttribute('data-entity-kind'),
  id: element.getAttribute('data-entity-id'),
}))`;

export function expectDemoMentions(found: FoundMention[]): void {
  expect(found).toContainEqual({ text: 'Jeremy Hunt', kind: 'mp', id: '1572' });
  expect(found).toContainEqual({ text: 'Caroline Lucas', kind: 'mp', id: '3930' });
  expect(found).toContainEqual({ text: 'NHS Reinstatement Bill', kind: 'bill', id: 'nhs-bill-2015-16' });
  expect(found).toContainEqual({
    text: 'Health and Social Care Act 2012',
    kind: 'bill',
    id: 'health-and-social-care-bill-2010-12',
  });
  expect(found.some((mention) => mention.kind === 'dispute' && mention.id === 'junior-doctors-dispute')).toBe(true);
}
