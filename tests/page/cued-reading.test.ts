/** The first look's text (`pageText`) and reading around the places found in it (`runsAtCues`). */
import { describe, expect, it } from 'vitest';
import { annotateRun } from '@/utils/page/annotate';
import { createPageState } from '@/utils/page/page-state';
import { loadedMatcher } from '@/utils/page/page-reader';
import { compileMatcher } from '@/utils/matching/compile';
import { NEEDS_MATCHER, pageText, runsAtCues } from '@/utils/page/cued-reading';

const spec = {
  version: 'test',
  people: [{ id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] as [string, null][] }],
  bills: [{ id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' }],
};
const matcher = compileMatcher(spec, '2026-01-01');
const options = { matcher, allowPeople: true, maxPerEntity: 1000 };

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/**
 * Reads `root` as the content script does, finding mentions in each run as it comes: their text, and the runs
 * read (a run with no place in it is read only if the reading lost its place and went on block by block).
 */
function readAtCues(root: HTMLElement, stepCharacters = 200_000, state = createPageState()) {
  const loaded = loadedMatcher(matcher);
  const reading = { cues: matcher.cues, matcher: () => loaded, allowPeople: () => true, state, stepCharacters };
  const found: string[] = [];
  const read: string[] = [];
  for (const run of runsAtCues(root, pageText(root), reading)) {
    if (!run || run === NEEDS_MATCHER) continue;
    read.push(run.map((node) => node.data).join(''));
    for (const mention of annotateRun(run, options, state)) found.push(mention.text);
  }
  return { found, read, state };
}

describe("the first look's text", () => {
  it('leaves out long scripts, styles and code directly below the root, and keeps everything else in order', () => {
    const long = (text: string) => text.padEnd(5000, ' ');
    const root = page(
      `<script>${long('{"author":"Wes Streeting"}')}</script><p>One <b>two</b></p><!-- a comment -->` +
        `<style>${long('p{}')}</style>three<pre>${long('code')}</pre><script>short</script>` +
        `<div>four<script>${long('nested')}</script></div>`,
    );
    expect(pageText(root)).toBe(`One twothreeshortfour${long('nested')}`);
  });

  it('is the text itself where nothing is left out', () => {
    const root = page('<p>One <i>two</i></p><!-- x -->three');
    expect(pageText(root)).toBe(root.textContent);
    expect(pageText(document.createTextNode('alone'))).toBe('alone');
  });
});

describe('reading around the places a mention may begin', () => {
  it("finds a name after a page's scripts, and never one inside them", () => {
    const json = JSON.stringify({ headline: 'Wes Streeting on the NHS Reinstatement Bill', filler: 'x'.repeat(5000) });
    const root = page(
      `<script type="application/json">${json}</script><p>First paragraph.</p><style>.a{}</style>` +
        `<p>Health questions for <a href="#">Wes</a> Streeting today.</p><script>var a = "Wes Streeting";</script>` +
        '<p>The NHS Reinstatement Bill</p>',
    );
    // The long script is left out of the text searched; the short one is searched, and its places passed over.
    expect(pageText(root)).not.toContain('headline');
    const { found, read, state } = readAtCues(root);
    expect(found).toEqual(['Wes Streeting', 'NHS Reinstatement Bill']);
    expect(read).not.toContain('First paragraph.');
    for (const mention of state.found.inPageOrder()) {
      expect(mention.range.startContainer.parentElement!.closest('script, style')).toBeNull();
    }
  });

  it('reads, once the page has named an MP in full, the runs before it that hold their surname alone', () => {
    const root = page(
      '<h1>Pay offer is final, says Streeting</h1><p>Nothing else here names anyone.</p>' +
        '<p>The health secretary, Wes Streeting, told MPs that the offer would not be improved, whatever came.</p>' +
        '<p>Later, Streeting left.</p>',
    );
    // In the document: a surname before the full name counts only where the page's main text names the MP.
    document.body.replaceChildren(root);
    const { found, read } = readAtCues(root);
    expect(found).toEqual(['Wes Streeting', 'Streeting', 'Streeting']);
    expect(read).toEqual([
      'The health secretary, Wes Streeting, told MPs that the offer would not be improved, whatever came.',
      'Later, Streeting left.',
      'Pay offer is final, says Streeting',
    ]);
  });

  it('reads no run where a first name and the start of a surname lead to no one', () => {
    // "Wes Str…" is where a name may begin, but "Wes Strong" is nobody's: only Wes Streeting's run is read.
    const root = page('<p>Wes Strong wrote this.</p><p>Then <i>Wes</i> Streeting said</p><p>Wes Strong again.</p>');
    const { found, read } = readAtCues(root);
    expect(found).toEqual(['Wes Streeting']);
    expect(read).toEqual(['Then Wes Streeting said']);
  });

  it('keeps its place in the text across the runs it read, whatever the step', () => {
    const long = `"Wes Streeting, NHS Reinstatement Bill ${'x'.repeat(3000)}"`;
    const html =
      `<script>${long}</script>Wes Streeting said<script>"x"</script><p>and Wes Streeting</p><style>${long}</style>` +
      '<p>Nothing here.</p>' +
      `<div><p>then the NHS Reinstatement Bill</p><script>${long}</script>Wes Streeting</div>`;
    for (const step of [1, 3, 7, 40, 200_000]) {
      const { found, read } = readAtCues(page(html), step);
      expect(read).not.toContain('Nothing here.');
      expect(found).toEqual(['Wes Streeting', 'Wes Streeting', 'NHS Reinstatement Bill', 'Wes Streeting']);
    }
  });
});
