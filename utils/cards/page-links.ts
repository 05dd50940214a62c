/**
 * How an MP is linked to the other things the page names (issue 24: a card leads with why the MP is in the article):
 * a bill on the page they sponsored, a stance campaigners recorded on it or on the dispute, and a health post they
 * held at the article's date when the page is about the dispute. Only what the data says, each with its source.
 */
import type { PersonDetails } from './requests';
import type { Source } from '../data/schema';
import { formatDate } from '../dates';
import type { PageNamed } from '../page/card-contract';

export interface PageLink {
  key: string;
  words: string;
  source: Source;
}

const STANCE_WORDS = {
  supports: 'supporting',
  opposes: 'opposing',
  mixed: 'mixed on',
  other: 'speaking on',
} as const;

/** The dispute is the Department of Health's: its secretaries of state, shadows, ministers and the health committee. */
const HEALTH_POST = /^(?:health-secretary|shadow-health-secretary|health-committee-chair)$|-(?:dh|dhsc)$/;

const DISPUTE_WORDS = 'the resident doctors’ dispute';

export function pageLinks(details: PersonDetails, onPage: PageNamed, articleDate: string | null): PageLink[] {
  const links: PageLink[] = [];
  const billText = new Map(onPage.bills.map((bill) => [bill.id, bill.text]));
  for (const bill of details.sponsoredBills) {
    if (!billText.has(bill.id) || !bill.sources[0]) continue;
    links.push({ key: `sponsor:${bill.id}`, words: `Sponsored the ${bill.shortTitle}`, source: bill.sources[0] });
  }
  for (const stance of details.stances) {
    const subject =
      stance.subject.kind === 'bill' ? billText.get(stance.subject.billId) : onPage.dispute ? DISPUTE_WORDS : undefined;
    if (!subject || !stance.sources[0]) continue;
    links.push({
      key: `stance:${stance.id}`,
      words: `Recorded by campaigners as ${STANCE_WORDS[stance.position]} ${stance.subject.kind === 'bill' ? 'the ' : ''}${subject} (${formatDate(stance.date)})`,
      source: stance.sources[0],
    });
  }
  if (onPage.dispute && articleDate) {
    for (const post of details.posts ?? []) {
      const held = post.start <= articleDate && (post.end === null || articleDate <= post.end);
      if (!held || !HEALTH_POST.test(post.role) || !post.sources[0]) continue;
      links.push({
        key: `post:${post.id}`,
        words: `${post.title} on ${formatDate(articleDate)}, during ${DISPUTE_WORDS}`,
        source: post.sources[0],
      });
    }
  }
  return links;
}
