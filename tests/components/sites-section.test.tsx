import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SitesSection } from '@/components/options/SitesSection';
import type { Ask } from '@/utils/messages';
import { switchSite, type SiteSettings } from '@/utils/sites/site-settings';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** The background's answers for the sites, kept in memory as the real handlers keep them in the database. */
function background(start: SiteSettings) {
  let settings = start;
  const asked: unknown[] = [];
  const ask = (async (type: string, payload: { url: string; enabled: boolean }) => {
    asked.push({ type, payload });
    if (type === 'getSiteSettings') return { ok: true, data: settings };
    const url = new URL(payload.url);
    settings = switchSite(settings, url.hostname, payload.enabled, url.pathname);
    return { ok: true, data: { host: url.hostname, state: 'default', runs: payload.enabled } };
  }) as unknown as Ask;
  return { ask, asked };
}

async function mount(ask: Ask, granted = true) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<SitesSection ask={ask} requestAccess={async () => granted} />, container);
    await wait(10);
  });
  return container;
}

const checkbox = (container: HTMLElement, site: string) =>
  [...container.querySelectorAll('label')].find((label) => label.textContent?.trim() === site)!.querySelector('input')!;

describe('the options page’s Sites', () => {
  it('lists the news sites with their switches, the ones switched off unticked and named', async () => {
    const { ask } = background({ added: ['example.org'], removed: ['bbc.co.uk'] });
    const container = await mount(ask);
    expect(checkbox(container, 'bbc.co.uk').checked).toBe(false);
    expect(checkbox(container, 'theguardian.com').checked).toBe(true);
    expect(container.textContent).toContain('You switched Bevan off on one of them: bbc.co.uk.');
    const others = container.querySelector('[aria-label="Other sites you switched on"]');
    expect(others?.textContent).toContain('example.org');
  });

  it('switches a news site off and on again, and another site off', async () => {
    const { ask, asked } = background({ added: ['example.org'], removed: [] });
    const container = await mount(ask);
    await act(async () => {
      checkbox(container, 'theguardian.com').click();
      await wait(10);
    });
    expect(asked).toContainEqual({
      type: 'setSiteEnabled',
      payload: { url: 'https://theguardian.com/', enabled: false, tabId: null },
    });
    expect(checkbox(container, 'theguardian.com').checked).toBe(false);
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Switched off on theguardian.com: Bevan leaves its pages alone.',
    );
    await act(async () => {
      container.querySelector<HTMLButtonElement>('[aria-label="Switch off on example.org"]')!.click();
      await wait(10);
    });
    expect(container.textContent).toContain('None yet.');
  });

  it('switches another site on only with the reader’s permission', async () => {
    const { ask, asked } = background({ added: [], removed: [] });
    const container = await mount(ask, false);
    const input = container.querySelector<HTMLInputElement>('#site-address')!;
    await act(async () => {
      input.value = 'https://www.example.co.uk/news';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await wait();
    });
    await act(async () => {
      container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await wait(10);
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Bevan needs your permission to read example.co.uk.',
    );
    expect(asked.filter((request) => (request as { type: string }).type === 'setSiteEnabled')).toEqual([]);
  });
});
