import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { WriteToMpButton, type LetterContext } from '@/components/cards/WriteToMpButton';
import { MpCard } from '@/components/cards/MpCard';
import { loadBundledDataset } from '@/utils/data/bundled';
import { openBevanDb } from '@/utils/data/db';
import { getPersonDetails } from '@/utils/data/queries';
import type { Ask } from '@/utils/messages';
import type { Result } from '@/utils/result';
import type { WriteOutcome } from '@/utils/your-mp/requests';
import { bundledDataset, freshDbName } from '../helpers/dataset';

const EMAIL = { address: 'huntj@parliament.uk', subject: 'The dispute', body: 'Dear Sir Jeremy Hunt,' };

/** The background as the button sees it: `writeToMp` answers `result`; `getLetter`, the email just opened. */
function answering(result: Result<WriteOutcome>): { ask: Ask; asked: unknown[] } {
  const asked: unknown[] = [];
  const ask = (async (type: string, payload: unknown) => {
    asked.push({ type, payload });
    return type === 'getLetter' ? { ok: true, data: EMAIL } : result;
  }) as Ask;
  return { ask, asked };
}

function letterContext() {
  const listeners = new Set<(via: 'writetothem' | 'email') => void>();
  const holds: boolean[] = [];
  const context: Omit<LetterContext, 'article'> = {
    setupUrl: 'chrome-extension://bevan/your-mp.html',
    onLetterOpened(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hold: (held) => void holds.push(held),
  };
  return {
    context,
    holds,
    openLetter: (via: 'writetothem' | 'email') => listeners.forEach((listener) => listener(via)),
  };
}

async function press(container: HTMLElement) {
  await act(async () => {
    container.querySelector<HTMLButtonElement>('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const article = { title: 'Doctors strike', url: 'https://inews.co.uk/a' };

describe('WriteToMpButton', () => {
  it("asks the background to open a letter about the card's subject, says it is opening, and offers to copy it", async () => {
    const { ask, asked } = answering({ ok: true, data: { outcome: 'opened', via: 'email' } });
    const container = document.createElement('div');
    // Without a card around it (the popup, a page of Bevan's own), the letter to copy is shown in place.
    render(<WriteToMpButton ask={ask} about={{ kind: 'bill', id: 'nhs-bill-2015-16' }} article={article} />, container);
    await press(container);
    expect(asked).toEqual([
      { type: 'writeToMp', payload: { about: { kind: 'bill', id: 'nhs-bill-2015-16' }, article } },
      { type: 'getLetter', payload: {} },
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Opening your email app…/);
    expect(container.textContent).not.toMatch(/letter (has )?opened|opened in your/);
    expect(container.textContent).toContain('If no email app opened, copy the letter to huntj@parliament.uk:');
    const buttons = [...container.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Write to your MP', 'Copy address', 'Copy letter']);
  });

  it('in a card, offers the letter to copy in Bevan’s own frame, never in the page', async () => {
    const { ask, asked } = answering({ ok: true, data: { outcome: 'opened', via: 'email' } });
    const { context, holds } = letterContext();
    const container = document.createElement('div');
    render(<WriteToMpButton ask={ask} about={{ kind: 'dispute' }} article={article} letters={context} />, container);
    await press(container);
    expect(asked.map((request) => (request as { type: string }).type)).toEqual(['writeToMp']);
    const frame = container.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('chrome-extension://bevan/your-mp.html?letter');
    expect(frame?.getAttribute('allow')).toBe('clipboard-write');
    expect(container.textContent).not.toContain('huntj');
    expect(holds).toEqual([true]);
  });

  it("shows Bevan's own setup page in a frame when the reader's MP is not set, holding the card open", async () => {
    const { ask } = answering({ ok: true, data: { outcome: 'needs-setup' } });
    const { context, holds, openLetter } = letterContext();
    const container = document.createElement('div');
    render(<WriteToMpButton ask={ask} about={{ kind: 'dispute' }} article={article} letters={context} />, container);
    await press(container);
    const frame = container.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('chrome-extension://bevan/your-mp.html?continue');
    expect(frame?.getAttribute('title')).toBe('Choose your MP');
    expect(container.querySelector('input')).toBeNull();
    expect(holds).toEqual([true]);

    await act(() => openLetter('writetothem'));
    expect(container.querySelector('iframe')).toBeNull();
    expect(container.textContent).toMatch(/Opening WriteToThem in a new tab/);
    expect(holds).toEqual([true, false]);
  });

  it('shows why a letter could not open, and lets the reader try again', async () => {
    const { ask } = answering({
      ok: false,
      error: { code: 'not-found', message: 'Bevan has no email address for your MP.' },
    });
    const container = document.createElement('div');
    render(<WriteToMpButton ask={ask} about={{ kind: 'mp', id: 1572 }} article={null} />, container);
    await press(container);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Bevan has no email address for your MP.');
    expect(container.querySelector('button')?.disabled).toBe(false);
  });
});

describe('the "Your MP" badge', () => {
  it("marks the reader's own MP on their card, and no one else's", async () => {
    const db = await openBevanDb(freshDbName());
    await loadBundledDataset(db, bundledDataset());
    const details = (await getPersonDetails(db, 1572))!;
    const mine = document.createElement('div');
    render(<MpCard details={{ ...details, yourMp: true }} articleDate="2024-09-01" />, mine);
    // The badge's words come from its stylesheet (see MpCard): the page cannot find them with window.find.
    expect(mine.querySelector('h2')?.textContent).toBe('Sir Jeremy Hunt');
    expect(mine.querySelector('h2 .your-mp')?.getAttribute('data-label')).toBe('Your MP');
    const theirs = document.createElement('div');
    render(<MpCard details={details} articleDate="2024-09-01" />, theirs);
    expect(theirs.querySelector('.your-mp')).toBeNull();
  });
});
