import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NewsSitesList } from '@/components/options/NewsSitesList';
import { NEWS_SITES } from '@/utils/sites/sites';

describe('the options page’s list of news sites', () => {
  it('shows every default site, in alphabetical order', () => {
    const container = document.createElement('div');
    render(<NewsSitesList />, container);
    const listed = [...container.querySelectorAll('li')].map((item) => item.textContent);
    expect(listed).toEqual([...NEWS_SITES].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(listed).toContain('the-independent.com');
    expect(listed).toContain('msn.com/en-gb/news');
  });

  it('says why the browser asks again when a new version adds sites', () => {
    const container = document.createElement('div');
    render(<NewsSitesList sites={['bbc.co.uk', 'gbnews.com']} />, container);
    expect(container.textContent).toContain('runs on these 2 UK news and politics sites');
    expect(container.textContent).toMatch(/Chrome turns Bevan off until you do/);
  });
});
