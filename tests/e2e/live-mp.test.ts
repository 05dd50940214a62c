/**
 * MP cards with live facts from Parliament's Members API, served by a local HTTPS stand-in under the API's own host
 * name: the card paints from the bundled data at once, then refines in place; a server that is down or answers
 * nonsense leaves the facts Bevan has, and the card says so.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CardReader } from '../../scripts/card-reader';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { hoverMention, waitForReading } from './helpers/mentions';
import { DIVISIONS_COUNTED, MCMAHON, POULTER, membersAnswer, votesAnswer } from './helpers/live-members';
import { startParliamentStandIn, type ParliamentStandIn, type StandInRoute } from './helpers/parliament-stand-in';

let standIn: ParliamentStandIn;
let site: DemoSite;

const serveMembers: StandInRoute = async (url) => {
  // Jim McMahon's answers come slowly, so that the test sees the card before they arrive.
  if (url.pathname.startsWith(`/api/Members/${MCMAHON.id}`)) await new Promise((resolve) => setTimeout(resolve, 2_000));
  return url.host === 'commonsvotes-api.parliament.uk' ? votesAnswer(url) : membersAnswer(url, [POULTER, MCMAHON]);
};

beforeAll(async () => {
  standIn = await startParliamentStandIn(serveMembers);
  site = await openDemoSite({ standIn });
});

afterAll(async () => {
  await site?.close();
  await standIn?.close();
});

async function openCard(fixture: string, name: string): Promise<CardReader> {
  const page = await site.browser.context.newPage();
  await page.goto(site.url(fixture));
  await waitForReading(page, 30_000);
  await hoverMention(site.browser, page, name);
  return CardReader.attach(page);
}

const askedFor = (id: number) =>
  standIn.requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname.startsWith(`/api/Members/${id}`));

it("shows an MP's party on each side of a change mid-Parliament, checked with Parliament and without a hedge", async () => {
  const before = await (
    await openCard('live-mp-before-change.html', 'Dan Poulter')
  ).waitForText(/Checked with Parliament on/);
  expect(before).toContain('On 1 March 2024: Conservative, Central Suffolk and North Ipswich');
  expect(before).toContain('Former MP; left the Commons on 30 May 2024');
  expect(before).not.toContain('cannot confirm');

  const after = await (
    await openCard('live-mp-after-change.html', 'Dan Poulter')
  ).waitForText(/Checked with Parliament on/);
  expect(after).toContain('On 10 May 2024: Labour, Central Suffolk and North Ipswich');
  // Asked once, on the first card: the second was answered from the stored facts.
  expect(askedFor(POULTER.id).map((url) => url.pathname)).toEqual(['/api/Members/3932', '/api/Members/3932/Biography']);
  expect(askedFor(POULTER.id).every((url) => url.host === 'members-api.parliament.uk')).toBe(true);
});

it('shows a by-election winner in the seat from the by-election, refining the bundled card in place', async () => {
  const card = await openCard('live-mp-by-election.html', 'Jim McMahon');
  // First paint, from the bundled data, which lacks the by-election: before Parliament has answered.
  const first = await card.waitForText(/Checking with Parliament for the latest facts/);
  expect(first).toContain('On 1 March 2016: not an MP at this date, according to the data');
  const painted = await card.box();

  const refined = await card.waitForText(/Checked with Parliament on/);
  expect(refined).toContain('On 1 March 2016: Labour (Co-op), Oldham West and Royton');
  expect(refined).toContain('Now: Labour (Co-op), Oldham West, Chadderton and Royton');
  // How often he voted: the API's counts for the months before the article, which its records begin in 2016.
  const counted = await card.waitForText(/How often they vote.*Voted in/);
  expect(counted).toContain(`Voted in ${DIVISIONS_COUNTED.member} of ${DIVISIONS_COUNTED.all} Commons divisions (84%)`);
  expect(counted).toContain(
    'From 1 January 2016 to 29 February 2016 (Parliament’s record of votes begins in January 2016)',
  );
  const counts = standIn.requests
    .map((request) => new URL(request.url))
    .filter(
      (url) =>
        url.pathname === '/data/divisions.json/searchTotalResults' &&
        url.searchParams.get('queryParameters.startDate') === '2016-01-01',
    );
  expect(counts.map((url) => url.searchParams.get('queryParameters.memberId'))).toEqual([null, '4569']);
  const link = (await card.controls()).find((control) => control.text === 'Parliament’s record');
  expect(link?.href).toBe('https://members.parliament.uk/member/4569/career');
  // In place: the card did not move, and did not shrink under the pointer.
  const now = await card.box();
  expect(now?.top).toBe(painted?.top);
  expect(now!.bottom).toBeGreaterThanOrEqual(painted!.bottom);
});

it('says the Speaker presides and does not vote in the NHS divisions nearest the date, with their totals', async () => {
  const card = await openCard('live-mp-speaker.html', 'Sir Lindsay Hoyle');
  const text = await card.waitForText(
    /NHS divisions nearest this date.*Presiding: does not vote.*Presiding: does not vote.*Presiding: does not vote/,
  );
  expect(text).toContain('14 July 2021: Health and Care Bill — Second Reading');
  expect(text).toContain('Ayes 356, Noes 219');
  expect(text).not.toMatch(/absent/i);
  expect(text).toContain('In the chair (the Speaker or a deputy), who do not vote: no share of votes to count.');
  // The divisions list him under "Speaker": no party's figures are set beside his.
  expect(text).not.toMatch(/MPs: Ayes|MPs in the NHS division/);
  const links = (await card.controls()).filter((control) => control.href?.startsWith('https://votes.parliament.uk/'));
  expect(links).toHaveLength(3);
});

// After this, the votes service is left alone for a few minutes, as after any failure: the tests that ask for votes
// come before it.
it('with Parliament down, shows the bundled facts with their hedge and says why', async () => {
  standIn.setDown(true);
  try {
    const text = await (await openCard('demo-article.html', 'Jeremy Hunt')).waitForText(/Showing Bevan’s own data/);
    expect(text).toContain('Conservative, South West Surrey');
    expect(text).toContain('the data cannot confirm they still sat on this date');
    expect(text).toContain("Parliament's MP facts service could not be reached: you may be offline.");
  } finally {
    standIn.setDown(false);
  }
});

it('keeps the stored facts when Parliament answers with a malformed body', async () => {
  // The facts stored by the first test, made older than a week so that the card asks again.
  const stored = await site.browser.serviceWorker.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bevan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = (mode: IDBTransactionMode) => db.transaction('liveFacts', mode).objectStore('liveFacts');
    const record = await new Promise<{ fetchedAt: string; data: unknown }>((resolve) => {
      const request = store('readonly').get(key);
      request.onsuccess = () => resolve(request.result as { fetchedAt: string; data: unknown });
    });
    await new Promise((resolve) => {
      store('readwrite').put({ ...record, fetchedAt: '2026-01-01T00:00:00.000Z' }).onsuccess = resolve;
    });
    db.close();
    return record.data;
  }, `member/${POULTER.id}`);
  standIn.route((url) =>
    url.pathname === `/api/Members/${POULTER.id}/Biography`
      ? { body: { value: { representations: 'Central Suffolk and North Ipswich' } } }
      : serveMembers(url),
  );
  const asked = askedFor(POULTER.id).length;

  const text = await (await openCard('live-mp-after-change.html', 'Dan Poulter')).waitForText(/does not recognise/);
  expect(askedFor(POULTER.id).length).toBe(asked + 2);
  expect(text).toContain('On 10 May 2024: Labour, Central Suffolk and North Ipswich');
  expect(text).toContain('Checked with Parliament on 1 January 2026.');
  expect(text).toContain('answered in a form Bevan does not recognise, so the facts Bevan has are kept');
  const kept = await site.browser.serviceWorker.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('bevan');
      request.onsuccess = () => resolve(request.result);
    });
    const record = await new Promise<{ data: unknown }>((resolve) => {
      const request = db.transaction('liveFacts').objectStore('liveFacts').get(key);
      request.onsuccess = () => resolve(request.result as { data: unknown });
    });
    db.close();
    return record.data;
  }, `member/${POULTER.id}`);
  expect(kept).toEqual(stored);
});

it('with checking turned off, sends Parliament nothing, and the card says it shows Bevan’s own data', async () => {
  const options = await site.browser.context.newPage();
  await options.goto(site.browser.extensionUrl('options.html'));
  const checkbox = options.getByRole('checkbox', { name: 'Check Parliament for updates' });
  await expect.poll(() => checkbox.isChecked(), { timeout: 30_000 }).toBe(true);
  await checkbox.uncheck();
  await options.getByText(/Bevan will not contact Parliament/).waitFor();
  await options.close();
  const asked = standIn.requests.length;

  const text = await (
    await openCard('demo-article.html', 'Caroline Lucas')
  ).waitForText(/Not checked with Parliament\. Checking Parliament for updates is turned off/);
  expect(text).toContain('Showing Bevan’s own data. Checking Parliament for updates is turned off in Bevan’s options.');
  expect(text).toContain('Green Party, Brighton, Pavilion');
  expect(standIn.requests).toHaveLength(asked);
});
