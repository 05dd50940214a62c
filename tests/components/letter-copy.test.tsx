/** Copying the letter in Bevan's own frame: the reader is always told whether it was copied. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterCopy } from '@/components/your-mp/LetterCopy';
import type { Ask } from '@/utils/messages';

const LETTER = { address: 'exampleton.mp@example.org', subject: 'A test letter', body: 'Dear Alex Fictional,' };
const ask = (async () => ({ ok: true, data: LETTER })) as unknown as Ask;

afterEach(() => vi.unstubAllGlobals());

async function shown(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(<LetterCopy ask={ask} />, container);
  await vi.waitFor(() => expect(container.textContent).toContain('Copy address'));
  return container;
}

const status = (container: HTMLElement) => container.querySelector('[role="status"]')!.textContent;

describe('copying the letter', () => {
  it('falls back to the copy command when the clipboard API never answers, and says it was copied', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => new Promise<void>(() => undefined) } });
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    const container = await shown();
    container.querySelector('button')!.click();
    await vi.waitFor(() => expect(status(container)).toBe('Copied exampleton.mp@example.org.'), { timeout: 5_000 });
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('says so when neither way may copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    const container = await shown();
    container.querySelectorAll('button')[1].click();
    await vi.waitFor(() =>
      expect(status(container)).toBe(
        'Your browser did not let Bevan copy here: select the address and copy it yourself.',
      ),
    );
  });
});
