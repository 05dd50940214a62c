/**
 * Your MP from your postcode, in real Chromium against a stand-in for Parliament's Members API: Bevan asks first,
 * sends nothing without consent, and with it names the MP, whose card then carries the "Your MP" badge. The page never
 * sees the postcode.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemoSite, openReaderTab, type DemoSite } from '../../scripts/demo-site';
import { hoverMention } from './helpers/mentions';
import { startParliamentStandIn, type ParliamentStandIn } from './helpers/parliament-stand-in';

let standIn: ParliamentStandIn;
let site: DemoSite;

beforeAll(async () => {
  // The Members API's answer for a Godalming postcode, in its shape (the real seat and MP, as in Bevan's data).
  standIn = await startParliamentStandIn((url) =>
    url.pathname === '/api/Location/Constituency/Search'
      ? {
          body: {
            items: [
              {
                value: {
                  name: 'Godalming and Ash',
                  currentRepresentation: {
                    member: {
                      value: {
                        id: 1572,
                        nameDisplayAs: 'Sir Jeremy Hunt',
                        latestParty: { id: 4, name: 'Conservative' },
                      },
                    },
                  },
                },
              },
            ],
            totalResults: 1,
            skip: 0,
            take: 1,
          },
        }
      : undefined,
  );
  site = await openDemoSite({ standIn });
});

afterAll(async () => {
  await site?.close();
  await standIn?.close();
});

async function yourMpOnOptions(): Promise<Page> {
  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html#your-mp'));
  await options.getByLabel('Your postcode').waitFor({ timeout: 30_000 });
  return options;
}

it('without consent, saves the postcode and asks Parliament nothing: WriteToThem finds the MP', async () => {
  const options = await yourMpOnOptions();
  await options.getByLabel('Your postcode').fill('gu7 1aa');
  const consent = options.getByRole('checkbox', { name: 'Find out who my MP is from this postcode' });
  await consent.waitFor();
  expect(await consent.isChecked()).toBe(false);
  await options.getByText('Bevan asks Parliament only if you tick this.', { exact: false }).waitFor();
  await options.locator('#your-mp').getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText('Postcode GU7 1AA: letters go through WriteToThem, which finds your MP from it.').waitFor();
  expect(standIn.requests).toEqual([]);
  await options.getByRole('button', { name: 'Forget' }).click();
  await options.close();
});

it('with consent, asks the Members API for the postcode alone, says who the MP is, and their card says "Your MP"', async () => {
  const options = await yourMpOnOptions();
  await options.getByLabel('Your postcode').fill('gu7 1aa');
  await options.getByRole('checkbox', { name: 'Find out who my MP is from this postcode' }).check();
  await options.locator('#your-mp').getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByRole('status').getByText('Your MP: Sir Jeremy Hunt (Conservative), Godalming and Ash.').waitFor();
  expect(standIn.requests.map((request) => request.url)).toEqual([
    'https://members-api.parliament.uk/api/Location/Constituency/Search?searchText=GU7+1AA&skip=0&take=1',
  ]);
  expect(standIn.requests[0].headers.cookie).toBeUndefined();

  const { page, card } = await openReaderTab(site);
  await hoverMention(site.browser, page, 'Jeremy Hunt');
  const text = await card.waitForText(/Your MP/);
  expect(text).toContain('Jeremy Hunt');
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/GU7|Godalming/i);
});
