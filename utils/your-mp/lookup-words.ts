/** What looking up the reader's postcode found, in words for Bevan's own pages (never a web page). */
import type { PostcodeLookupView } from './requests';

export function lookupWords(lookup: PostcodeLookupView): string {
  const writeToThem = 'Letters go through WriteToThem, which finds your MP.';
  switch (lookup.outcome) {
    case 'found':
      return lookup.member
        ? `Your MP: ${lookup.member.name}${lookup.member.party ? ` (${lookup.member.party})` : ''}, ${lookup.constituency}.`
        : `Your constituency is ${lookup.constituency}; Parliament lists no MP for it now.`;
    case 'none':
      return `Parliament found no constituency for that postcode. ${writeToThem}`;
    case 'failed':
      return `Bevan could not look up your MP: ${lookup.words} ${writeToThem}`;
  }
}
