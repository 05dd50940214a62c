/**
 * Where Bevan runs: the default news sites (sites.ts), minus those the
 * reader switched off, plus other sites the reader switched on (each with its
 * own host permission, asked for at the time).
 */
import { z } from '../data/zod';
import { isNewsSite } from './sites';

const Host = z.string().check(z.regex(/^[a-z0-9.-]+$/, 'Not a host name'), z.maxLength(253));

export const SiteSettings = z.object({
  /** Sites outside the default list that the reader switched on. */
  added: z.array(Host),
  /** Default sites the reader switched off. */
  removed: z.array(Host),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const NO_SITE_SETTINGS: SiteSettings = { added: [], removed: [] };

export type SiteState = 'default' | 'default-off' | 'added' | 'off';

/** The host of an http(s) page, without a leading "www."; null for pages Bevan never runs on. */
export function siteHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The path of a page, for the default sites that Bevan runs on only in part (MSN's UK news). */
export function sitePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

export function siteState(host: string, settings: SiteSettings, path = '/'): SiteState {
  if (isNewsSite(host, path)) return settings.removed.includes(host) ? 'default-off' : 'default';
  return settings.added.includes(host) ? 'added' : 'off';
}

export function runsOn(state: SiteState): boolean {
  return state === 'default' || state === 'added';
}

/** Settings after switching a site on or off. */
export function switchSite(settings: SiteSettings, host: string, on: boolean, path = '/'): SiteSettings {
  const without = (list: string[]) => list.filter((entry) => entry !== host);
  if (isNewsSite(host, path))
    return { added: settings.added, removed: on ? without(settings.removed) : [...without(settings.removed), host] };
  return { added: on ? [...without(settings.added), host] : without(settings.added), removed: settings.removed };
}

/** Match patterns for a switched-on site: the host, and its www. form. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://www.${host}/*`];
}
