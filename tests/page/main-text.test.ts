import { describe, expect, it } from 'vitest';
import { inMainText, mainTextOf, mainTextSample } from '@/utils/page/main-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const prose = (words: string) =>
  `<p>${words}, which the committee heard on Tuesday, was the longest sitting this year, and members said so.</p>`;

describe('mainTextOf: where the article is', () => {
  it('finds the article among navigation, a sidebar of teasers and a footer, without <article>', () => {
    const body = page(`
      <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
      <div id="story-body">${prose('The first paragraph')}${prose('The second paragraph')}${prose('The third')}</div>
      <div class="rail">
        <p><a href="/a">Harper's Bazaar names the best dressed guests at the gala</a></p>
        <p><a href="/b">After Fox called Arizona, the race tightened in the desert states</a></p>
      </div>
      <footer><p>Copyright, all rights reserved, and the terms and conditions of this website apply.</p></footer>`);
    const main = mainTextOf(body);
    expect(main?.map((element) => element.id)).toEqual(['story-body']);
    const teaser = body.querySelector('.rail a')!.firstChild!;
    expect(inMainText(main, teaser)).toBe(false);
    expect(inMainText(main, body.querySelector('#story-body p')!.firstChild!)).toBe(true);
  });

  it('keeps an article split into sibling boxes whole', () => {
    const body = page(`
      <main><div class="part" id="one">${prose('One')}${prose('Two')}</div>
      <div class="ad-slot"><p>Advertisement</p></div>
      <div class="part" id="two">${prose('Three')}${prose('Four')}</div></main>
      <aside>${prose('An aside about something else')}</aside>`);
    expect(mainTextOf(body)?.map((element) => element.id)).toEqual(['one', 'two']);
  });

  it('finds prose written without paragraphs (text and line breaks in a box)', () => {
    const body = page(`
      <div id="menu"><span>Home</span> <span>About</span></div>
      <div id="text">A long stretch of prose written straight into a box, as old pages do.<br>
      And a second line of it, which runs on for a while so that it is plainly the article.<br>
      And a third line, which says that the article goes on, and on, and on.</div>`);
    expect(mainTextOf(body)?.map((element) => element.id)).toEqual(['text']);
  });

  it('says there is none on a page without prose: everywhere then counts', () => {
    const body = page('<ul><li><a href="/">Home</a></li></ul><h1>Short</h1>');
    expect(mainTextOf(body)).toBeNull();
    expect(inMainText(null, body.querySelector('h1')!.firstChild!)).toBe(true);
  });

  it('finds it on a huge page from the paragraphs in its first characters, not from all of them', () => {
    const body = page(`
      <div><div id="story">${prose('The first paragraph')}${prose('The second paragraph')}</div></div>
      <div><div id="archive">${prose('Old')}${prose('Older')}${prose('Oldest')}${prose('Ancient')}</div></div>`);
    // Read whole, the archive's four paragraphs outscore the story's two.
    expect(mainTextOf(body)?.map((element) => element.id)).toEqual(['archive']);
    // Scored from the first two paragraphs' characters, as a 5 MB page is from its first 200,000.
    const firstTwo = [...body.querySelectorAll('#story p')].reduce((sum, p) => sum + p.textContent!.length, 0);
    expect(mainTextOf(body, firstTwo)?.map((element) => element.id)).toEqual(['story']);
  });

  it('reads the main text for searching as its elements join it, up to a bound on a huge page', () => {
    const body = page(
      `<div id="one"><p>First <b>para</b>graph.</p><p>Second.</p></div><div id="two"><p>Third.</p></div>`,
    );
    const [one, two] = [body.querySelector('#one')!, body.querySelector('#two')!];
    expect(mainTextSample([one, two])).toEqual(['First paragraph.Second.', 'Third.']);
    // Reading stops once the bound is passed: the node that passes it is the last read.
    expect(mainTextSample([one, two], 10)).toEqual(['First para']);
    expect(mainTextSample([one, two], 16)).toEqual(['First paragraph.']);
  });
});
