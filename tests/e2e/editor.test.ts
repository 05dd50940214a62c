/**
 * The campaigners' editor in the built extension: a bill added in the editor
 * is underlined on a page that names it and its card shows what was typed;
 * a bad pack file is refused with its problems named and the data intact; a
 * good pack is previewed, imported, exported and undone. Everything typed
 * here is test data and says so (the fixture page does too).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardReader } from '../../scripts/card-reader';
import { FIXTURES_DIR, openDemoSite, type DemoSite } from '../../scripts/demo-site';
import { drawnWords } from './helpers/drawn';
import { hoverMention, listMentions } from './helpers/mentions';

let site: DemoSite;
let editor: Page;

beforeAll(async () => {
  site = await openDemoSite();
  editor = await site.browser.context.newPage();
});

afterAll(async () => {
  await site?.close();
});

const BILL_ID = 'public-health-service-bill-2026-27';

/** The record counts the background reports, read from the editor page as the options page does. */
function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<{ data: { counts: Record<string, number> } }> } };
    };
    return (await chrome.runtime.sendMessage({ type: 'getStatus', payload: {} })).data.counts;
  });
}

describe('the editor: a bill and a stance', () => {
  it('adds a bill that is then underlined on a page naming it, its card showing what was typed', async () => {
    await editor.goto(site.browser.extensionUrl('editor.html#bills'));
    await editor.getByRole('link', { name: 'New bill' }).click();
    await editor.getByRole('heading', { name: 'New bill' }).waitFor();

    // Saving an empty form is refused with errors beside the fields, and saves nothing.
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText(/fields need changing/).waitFor();
    expect(await editor.locator('#bill-shortTitle-error').textContent()).toBe('Error: Required');
    expect(await editor.locator('#bill-shortTitle').getAttribute('aria-invalid')).toBe('true');
    const before = await counts(editor);

    await editor.getByLabel('Short title').fill('Public Health Service Bill');
    await editor.getByLabel('Session').fill('2026-27');
    await editor.getByRole('button', { name: 'Add a stage' }).click();
    await editor.getByLabel('Stage', { exact: true }).fill('Presented (test data)');
    await editor.getByLabel('Date', { exact: true }).fill('2026-10-01');
    await editor.getByLabel('Source address').fill('https://example.org/bevan-test-fixture');
    await editor.locator('#bill-outcome').fill('Test fixture: not a real bill');
    await editor.getByLabel('Address', { exact: true }).fill('https://example.org/bevan-test-fixture');
    await editor.locator('#bill-sources-0-label').fill('Bevan test fixture');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved “Public Health Service Bill”' }).waitFor();
    expect((await counts(editor)).bills).toBe(before.bills + 1);
    await editor.getByRole('link', { name: 'Public Health Service Bill', exact: true }).waitFor();

    const article = await site.browser.context.newPage();
    await article.goto(site.url('campaign-article.html'));
    const billMentions = async () =>
      (await listMentions(site.browser, article)).filter(
        (mention) => mention.kind === 'bill' && mention.id === BILL_ID,
      );
    await expect.poll(async () => (await billMentions()).length, { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => drawnWords(article, 'bill'))
      .toEqual(['Public Health Service Bill', 'Public Health Service Bill']);
    await hoverMention(site.browser, article, 'Public Health Service Bill', 'bill');
    const card = await CardReader.attach(article);
    const text = await card.waitForText(/Presented \(test data\)/);
    expect(text).toContain("Private Member's Bill · session 2026-27");
    expect(text).toContain('1 October 2026');
    expect(text).toContain('Test fixture: not a real bill');
    const links = await card.controls();
    expect(links.find((control) => control.text === 'Presented (test data)')?.href).toBe(
      'https://example.org/bevan-test-fixture',
    );
    await article.close();
  });

  it('adds a stance about that bill, choosing the MP from the keyboard', async () => {
    await editor.goto(site.browser.extensionUrl(`editor.html#bills/edit/${BILL_ID}`));
    await editor.getByRole('heading', { name: 'Edit “Public Health Service Bill”' }).waitFor();
    await editor.goto(site.browser.extensionUrl(`editor.html#stances/new?bill=${BILL_ID}`));
    await editor.getByRole('heading', { name: 'New stance' }).waitFor();
    // The bill list loads after the heading: wait for the form to settle on the bill it was opened for.
    await expect.poll(() => editor.getByLabel('Bill', { exact: true }).inputValue()).toBe(BILL_ID);
    const mp = editor.getByRole('combobox', { name: 'MP' });
    await mp.focus();
    await editor.keyboard.type('caroline luc');
    await editor.getByRole('option', { name: /Caroline Lucas/ }).waitFor();
    await editor.keyboard.press('ArrowDown');
    await editor.keyboard.press('Enter');
    await editor.getByText('MNIS id 3930').waitFor();
    await editor.getByLabel('Position').selectOption('supports');
    await editor.getByLabel('Date', { exact: true }).fill('2026-10-01');
    await editor.getByLabel('Note (optional)').fill('Test fixture: an invented stance');
    await editor.getByLabel('Address', { exact: true }).fill('https://example.org/bevan-test-fixture');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved the stance of Caroline Lucas' }).waitFor();
    await editor
      .getByRole('link', { name: 'Caroline Lucas supports Public Health Service Bill', exact: true })
      .waitFor();
  });
});

describe('the editor: data packs', () => {
  it('refuses a bad pack file, saying each problem in plain words, and changes nothing', async () => {
    await editor.goto(site.browser.extensionUrl('editor.html#packs'));
    await editor.getByText('No data packs installed.').waitFor();
    const before = await counts(editor);
    await editor.locator('#pack-file').setInputFiles(path.join(FIXTURES_DIR, 'packs/unknown-references.json'));
    const problems = editor.locator('.bevan-pack-problems');
    await problems.waitFor();
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await problems.textContent()).toContain(
      '“unknown-references.json” cannot be imported. Nothing was changed.',
    );
    expect(await problems.locator('li').allTextContents()).toEqual([
      "Bill 1: the sponsor's MP id 99999998 matches no MP in Bevan's data",
      'Stance 1: no bill "no-such-bill-2015-16" in Bevan\'s data or in this pack',
      "Stance 4: the MP's id 99999999 matches no MP in Bevan's data",
    ]);

    // A date written the wrong way, and a number given as text: one message for each, naming the record.
    const pack = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'packs/good-pack.json'), 'utf8'));
    pack.bills[0].stages[0].date = '15/10/2025';
    pack.stances[3].personId = '4504';
    await editor.locator('#pack-file').setInputFiles({
      name: 'mistakes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack, null, 2)),
    });
    await problems.getByText('“mistakes.json” cannot be imported.').waitFor();
    expect(await problems.locator('li').allTextContents()).toEqual([
      'Bill 1, stage 1: the date must be written YYYY-MM-DD',
      "Stance 4: the MP's id must be a number, not text",
    ]);

    // Not JSON: where it goes wrong, by line and column.
    await editor.locator('#pack-file').setInputFiles(path.join(FIXTURES_DIR, 'packs/not-json.json'));
    await problems.getByText('“not-json.json” cannot be imported.').waitFor();
    expect(await problems.locator('li').allTextContents()).toEqual([
      'The file is not valid JSON: line 8, column 19: the file ends where a value is expected.',
    ]);
    expect(await problems.textContent()).not.toMatch(/bills\.0|Invalid input|Unexpected/);
    expect(await counts(editor)).toEqual(before);
    expect(await editor.getByText('No data packs installed.').count()).toBe(1);
    expect(await editor.getByText('No import to undo.').count()).toBe(1);
  });

  it('previews a good pack, imports it, and undoes the import', async () => {
    await editor.goto(site.browser.extensionUrl('editor.html#packs'));
    await editor.getByText('No data packs installed.').waitFor();
    const before = await counts(editor);
    await editor.locator('#pack-file').setInputFiles(path.join(FIXTURES_DIR, 'packs/good-pack.json'));
    const preview = editor.getByRole('region', { name: 'Preview of “good-pack.json”' });
    await preview.waitFor();
    expect(await preview.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Adds: 1 bill, 4 stances and 1 dispute event',
    ]);
    await preview.getByText('Bill: Publicly Funded NHS Bill 2025-26').waitFor();
    await preview.getByText('Stance: Caroline Lucas supports National Health Service Bill 2015-16').waitFor();
    expect(await counts(editor)).toEqual(before);

    await editor.getByRole('button', { name: 'Import this pack' }).click();
    await editor.getByText('Imported “NHS campaign group (test fixture)”: 6 added.').waitFor();
    const installed = editor.getByRole('region', { name: 'Installed packs' });
    await installed.getByText('NHS campaign group (test fixture)').waitFor();
    await installed.getByText(/6 records · imported just now · from a file/).waitFor();
    expect(await counts(editor)).toMatchObject({
      bills: before.bills + 1,
      stances: before.stances + 4,
      disputeEvents: before.disputeEvents + 1,
    });

    // The pack's records are listed, read-only, under their pack's name.
    const list = await site.browser.context.newPage();
    await list.goto(site.browser.extensionUrl('editor.html#bills'));
    await list.getByLabel('Whose').selectOption('packs');
    await list.getByText('1 bill.').waitFor();
    await list.getByText('Pack: NHS campaign group (test fixture)').waitFor();
    await list.close();

    await editor.getByRole('button', { name: 'Undo this import' }).click();
    await editor.getByText(/Undone: the import of “NHS campaign group \(test fixture\)”\. 6 records removed/).waitFor();
    await installed.getByText('No data packs installed.').waitFor();
    expect(await counts(editor)).toEqual(before);
  });

  it("exports the reader's own records as a pack file", async () => {
    await editor.goto(site.browser.extensionUrl('editor.html#packs'));
    const exportForm = editor.getByRole('region', { name: 'Export your records' });
    await exportForm.getByLabel('Pack name').fill('Test campaign (test data)');
    await expect.poll(() => exportForm.getByLabel('Pack id').inputValue()).toBe('test-campaign-test-data');
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      exportForm.getByRole('button', { name: 'Export as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('test-campaign-test-data.json');
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(pack).toMatchObject({
      format: 'bevan-data-pack',
      formatVersion: 1,
      pack: { id: 'test-campaign-test-data' },
    });
    expect(pack.bills.map((bill: { id: string }) => bill.id)).toEqual([BILL_ID]);
    expect(pack.stances).toHaveLength(1);
    await exportForm.getByText('Saved test-campaign-test-data.json: 1 bill and 1 stance.').waitFor();
  });
});
