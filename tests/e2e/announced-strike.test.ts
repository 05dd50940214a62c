/**
 * An announced strike, as a campaigner records it and a reader then meets it, in real Chromium: the editor takes a
 * strike dated after today, and the popup's "Next strike" shows it, marked "announced".
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDateSpan, todayIso } from '@/utils/dates';
import { openDemoSite, type DemoSite } from '../../scripts/demo-site';

let site: DemoSite;

beforeAll(async () => {
  site = await openDemoSite();
});

afterAll(async () => {
  await site?.close();
});

/** The day `days` after today, YYYY-MM-DD. */
const daysFromNow = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

it('records a strike announced for after today, and the popup shows it as the next strike, announced', async () => {
  const start = daysFromNow(12);
  const end = daysFromNow(16);
  const editor = await site.browser.context.newPage();
  await editor.goto(site.browser.extensionUrl('editor.html#events/new'));
  await editor.getByRole('heading', { name: 'New dispute event' }).waitFor();
  await editor.getByLabel('What happened').fill('Test fixture: BMA announces a five-day strike');
  await editor.getByLabel('Kind').selectOption('strike');
  await editor.getByLabel('From').fill(start);
  await editor.getByLabel('Until (optional)').fill(end);
  await editor.getByLabel('Address', { exact: true }).fill('https://example.org/bevan-test-fixture');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor
    .getByRole('status')
    .filter({ hasText: 'Saved “Test fixture: BMA announces a five-day strike”' })
    .waitFor();
  expect(await editor.getByRole('alert').count()).toBe(0);

  const popup = await site.browser.context.newPage();
  await popup.goto(site.browser.extensionUrl('popup.html'));
  const next = popup.locator('.bevan-strike').filter({ has: popup.getByRole('heading', { name: 'Next strike' }) });
  await next.waitFor();
  const text = (await next.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('Test fixture: BMA announces a five-day strike');
  expect(text).toContain(formatDateSpan(start, end));
  const badge = next.locator('.bevan-trust', { hasText: 'Announced' });
  expect(await badge.getAttribute('title')).toBe('Still to come: this date was announced, and may yet change.');
  expect(await popup.getByText('No strike dates after today').count()).toBe(0);
});
