/**
 * The switch for live facts from Parliament, on the options page, and the stand-in that the live-facts tests use:
 * the background reaches it over real HTTPS under Parliament's own host names, and nothing else is answered by it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBevan, type BevanBrowser } from '../../scripts/chromium';
import { startParliamentStandIn, type ParliamentStandIn } from './helpers/parliament-stand-in';

let standIn: ParliamentStandIn;
let browser: BevanBrowser;

beforeAll(async () => {
  standIn = await startParliamentStandIn((url) =>
    url.pathname === '/api/Members/172'
      ? { body: { value: { id: 172, nameDisplayAs: 'Ms Diane Abbott' } } }
      : undefined,
  );
  browser = await launchBevan({ standIn });
});

afterAll(async () => {
  await browser?.close();
  await standIn?.close();
});

it('the background reaches the stand-in as members-api.parliament.uk over HTTPS', async () => {
  const answer = await browser.serviceWorker.evaluate(async () => {
    const response = await fetch('https://members-api.parliament.uk/api/Members/172', { credentials: 'omit' });
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(answer).toEqual({ status: 200, body: { value: { id: 172, nameDisplayAs: 'Ms Diane Abbott' } } });
  expect(standIn.requests.map((request) => request.url)).toEqual(['https://members-api.parliament.uk/api/Members/172']);
});

it('checks Parliament by default, and the reader can turn it off, which is kept', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  const section = options.getByRole('region', { name: 'Live facts from Parliament' });
  const checkbox = section.getByRole('checkbox', { name: 'Check Parliament for updates' });
  // The first answer waits for the bundled data to load on install.
  await expect.poll(() => checkbox.isChecked(), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(() => section.getByRole('row').allInnerTexts())
    .toEqual(['MP facts\tNot yet', 'Votes\tNot yet', 'Bills\tNot yet']);
  await checkbox.uncheck();
  await section.getByText(/Bevan will not contact Parliament/).waitFor();
  await options.reload();
  await expect
    .poll(() => section.getByRole('checkbox', { name: 'Check Parliament for updates' }).isChecked(), {
      timeout: 10_000,
    })
    .toBe(false);
  await options.close();
});
