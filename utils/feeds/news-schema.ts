/**
 * What Bevan keeps about the news: the feeds it reads, the items about the
 * dispute, each feed's last fetch, and the articles where the annotator found
 * the dispute ("pages you read"). Kept in the database's meta store, read back
 * through these schemas so that a damaged value falls back to a default.
 */
import { HttpsUrl, IsoDate } from '../data/schema';
import { z } from '../data/zod';

export const FeedSource = z.object({
  url: HttpsUrl,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  allAboutDispute: z.boolean(),
});

export const FeedSettings = z.object({
  feeds: z.array(FeedSource).check(z.maxLength(20)),
  /** Between refreshes on the alarm; the popup refreshes too when the news is older than this. */
  refreshMinutes: z.int().check(z.minimum(30), z.maximum(24 * 60)),
});
export type FeedSettings = z.infer<typeof FeedSettings>;

export const NewsItem = z.object({
  id: z.string(),
  title: z.string(),
  link: HttpsUrl,
  published: z.nullable(z.string()),
  summary: z.string(),
  feedUrl: z.string(),
  source: z.string(),
  firstSeen: z.string(),
  read: z.boolean(),
});
export type NewsItem = z.infer<typeof NewsItem>;

export const FeedProblemKind = z.enum([
  'timeout',
  'http',
  'too-large',
  'not-a-feed',
  'network',
  'malformed',
  'permission',
]);

export const FeedStatus = z.object({
  url: z.string(),
  label: z.string(),
  lastAttempt: z.nullable(z.string()),
  lastSuccess: z.nullable(z.string()),
  error: z.nullable(z.object({ kind: FeedProblemKind, message: z.string() })),
});
export type FeedStatus = z.infer<typeof FeedStatus>;

/** An article the reader opened in which Bevan found the dispute. */
export const ReadArticle = z.object({
  url: z.string().check(z.maxLength(4096)),
  title: z.string().check(z.maxLength(300)),
  site: z.string().check(z.maxLength(253)),
  /** Null when the page gave no date. */
  articleDate: z.nullable(IsoDate),
  seenAt: z.string(),
});
export type ReadArticle = z.infer<typeof ReadArticle>;

/** The popup's news, as the background gives it. */
export const NewsView = z.object({
  items: z.array(NewsItem),
  unread: z.int().check(z.nonnegative()),
  feeds: z.array(FeedStatus),
  /** When the last refresh finished, or null before the first. */
  updatedAt: z.nullable(z.string()),
  /** Older than the refresh interval (or never fetched): the popup asks for a refresh. */
  stale: z.boolean(),
});
export type NewsView = z.infer<typeof NewsView>;
