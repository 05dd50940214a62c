import { describe, expect, it } from 'vitest';
import { NO_SITE_SETTINGS, runsOn, siteHost, siteState, switchSite } from '@/utils/sites/site-settings';

describe('site settings', () => {
  it('runs on default news sites and their subdomains until switched off', () => {
    expect(siteState('bbc.co.uk', NO_SITE_SETTINGS)).toBe('default');
    expect(siteState('news.bbc.co.uk', NO_SITE_SETTINGS)).toBe('default');
    const off = switchSite(NO_SITE_SETTINGS, 'bbc.co.uk', false);
    expect(runsOn(siteState('bbc.co.uk', off))).toBe(false);
    expect(runsOn(siteState('bbc.co.uk', switchSite(off, 'bbc.co.uk', true)))).toBe(true);
  });

  it('runs on another site only once switched on, and stops when switched off', () => {
    expect(siteState('nhsforall.org.uk', NO_SITE_SETTINGS)).toBe('off');
    const on = switchSite(NO_SITE_SETTINGS, 'nhsforall.org.uk', true);
    expect(siteState('nhsforall.org.uk', on)).toBe('added');
    expect(switchSite(on, 'nhsforall.org.uk', false)).toEqual(NO_SITE_SETTINGS);
  });

  it('never lists a site twice', () => {
    const twice = switchSite(switchSite(NO_SITE_SETTINGS, 'example.org', true), 'example.org', true);
    expect(twice.added).toEqual(['example.org']);
  });

  it('knows the host of web pages only', () => {
    expect(siteHost('https://www.theguardian.com/society/nhs')).toBe('theguardian.com');
    expect(siteHost('chrome://extensions')).toBeNull();
    expect(siteHost('file:///home/article.html')).toBeNull();
    expect(siteHost('not a url')).toBeNull();
  });
});
