/**
 * What Bevan must do on the demo article in any browser: find the MPs, both
 * bills and the dispute, each with its entity, and leave the page as it was.
 * Chromium's and Firefox's checks run these against their page; both read the
 * mentions through the `listMentions` message (see ./mentions.ts), as any tool
 * may, since Bevan adds nothing to the page to find them by.
 */
import { expect } from 'vitest';

export interface FoundMention {
  text: string;
  kind: string;
  id: string;
}

/** The words and entity of each mention in a `listMentions` answer. */
export function foundMentions(answer: { mentions?: FoundMention[] } | null | undefined): FoundMention[] {
  return (answer?.mentions ?? []).map(({ text, kind, id }) => ({ text, kind, id }));
}

/**
 * A script for the page: whether its body is still exactly the fixture's (`html`), text and markup. Bevan's card
 * host, once a card has opened, is a child of the root element, outside the body, so nothing may differ.
 */
export function textUnchanged(html: string): string {
  return `(() => {
    const original = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
    return original.body.textContent === document.body.textContent && original.body.innerHTML === document.body.innerHTML;
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
