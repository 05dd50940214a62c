/**
 * What Bevan must do on the demo article in any browser: find the MPs, both
 * bills and the dispute, each with its entity, and leave the text as it was.
 * Chromium's and Firefox's checks run these against their page.
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

/**
 * A script for the page: whether its text is still the fixture's (`html`). Compared up to the fixture's length, as
 * Bevan's card host, once a card has opened, is appended to the body.
 */
export function textUnchanged(html: string): string {
  return `(() => {
    const original = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
    return original.body.textContent === document.body.textContent.slice(0, original.body.textContent.length);
  })()`;
}

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
