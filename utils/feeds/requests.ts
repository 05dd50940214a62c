/**
 * The requests behind the popup's news and "pages you read" (issue 5), merged
 * into the one request table in utils/messages.ts. The reading history is the
 * reader's own: only Bevan's pages may read it. The content script may only
 * add the page it is on.
 */
import { IsoDate } from '../data/schema';
import { z } from '../data/zod';
import { FeedSettings, NewsView, ReadArticle } from './news-schema';

export const feedRequests = {
  getNews: { request: z.object({}), response: NewsView, privileged: true },
  refreshNews: { request: z.object({}), response: NewsView, privileged: true },
  /** Links of the items the reader opened, or all of them. */
  markNewsRead: {
    request: z.object({
      links: z.union([z.literal('all'), z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(500))]),
    }),
    response: NewsView,
    privileged: true,
  },
  getFeedSettings: { request: z.object({}), response: FeedSettings, privileged: true },
  setFeedSettings: { request: FeedSettings, response: FeedSettings, privileged: true },
  getReadingHistory: { request: z.object({}), response: z.array(ReadArticle), privileged: true },
  clearReadingHistory: { request: z.object({}), response: z.array(ReadArticle), privileged: true },
  /** The dispute card's "Recent news": opens the popup (or, where the browser will not, the popup as a tab). */
  openNews: { request: z.object({}), response: z.object({ opened: z.boolean() }), privileged: false },
  /** The annotator found the dispute on this page. The address is the sender's own, never taken from the request. */
  recordDisputeArticle: {
    request: z.object({ title: z.string().check(z.maxLength(1000)), articleDate: z.nullable(IsoDate) }),
    response: z.object({ recorded: z.boolean() }),
    privileged: false,
  },
} as const;
