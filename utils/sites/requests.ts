/**
 * The requests behind the sites Bevan runs on and the per-page cap on marked mentions. Changing either is
 * privileged: only Bevan's own pages may.
 */
import { z } from '../data/zod';
import { AnnotationSettings } from './annotation-settings';
import { SiteSettings } from './site-settings';

export const SiteStatus = z.object({
  /** Null for pages Bevan never runs on (browser pages, files). */
  host: z.nullable(z.string()),
  state: z.enum(['default', 'default-off', 'added', 'off']),
  runs: z.boolean(),
});
export type SiteStatus = z.infer<typeof SiteStatus>;

export const siteRequests = {
  getAnnotationSettings: { request: z.object({}), response: AnnotationSettings, privileged: false },
  setAnnotationSettings: { request: AnnotationSettings, response: AnnotationSettings, privileged: true },
  getSiteStatus: {
    request: z.object({ url: z.string().check(z.maxLength(4096)) }),
    response: SiteStatus,
    privileged: false,
  },
  /** The sites the reader switched on or off, for the options page's list (which sites a reader reads: theirs alone). */
  getSiteSettings: { request: z.object({}), response: SiteSettings, privileged: true },
  setSiteEnabled: {
    request: z.object({ url: z.string().check(z.maxLength(4096)), enabled: z.boolean(), tabId: z.nullable(z.int()) }),
    response: SiteStatus,
    privileged: true,
  },
} as const;
