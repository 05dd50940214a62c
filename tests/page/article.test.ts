import { describe, expect, it } from 'vitest';
import { hasUkPoliticalContext, readArticleDate } from '@/utils/page/article';

function documentWith(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('readArticleDate', () => {
  it('reads article:published_time', () => {
    expect(
      readArticleDate(documentWith('<meta property="article:published_time" content="2016-03-14T08:00:00Z">')),
    ).toBe('2016-03-14');
  });

  it('reads JSON-LD datePublished, also inside @graph', () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-04-11T07:00:00+01:00"}]}</script>';
    expect(readArticleDate(documentWith(ld))).toBe('2023-04-11');
  });

  it('trusts article:published_time over JSON-LD and <time>, wherever each sits in the page', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2023-04-11"}</script>';
    const meta = '<meta property="article:published_time" content="2016-03-14">';
    expect(readArticleDate(documentWith(ld + meta, '<time datetime="2024-01-03">'))).toBe('2016-03-14');
    expect(readArticleDate(documentWith(ld, '<time datetime="2024-01-03">'))).toBe('2023-04-11');
  });

  it('reads a <time datetime> when there is no metadata', () => {
    expect(readArticleDate(documentWith('', '<time datetime="2024-01-03">3 January</time>'))).toBe('2024-01-03');
  });

  it('reads a visible dateline when the page has no metadata', () => {
    expect(readArticleDate(documentWith('', '<p class="byline">By Jo Bloggs · Mon 14 Mar 2016 08.00 GMT</p>'))).toBe(
      '2016-03-14',
    );
    expect(readArticleDate(documentWith('', '<div class="article-date">Published July 25, 2025</div>'))).toBe(
      '2025-07-25',
    );
  });

  it('knows no date for a page that gives none, or only a broken or future one: never today', () => {
    expect(readArticleDate(documentWith('', '<p>Posted by a reader</p>'), '2026-11-25')).toBeNull();
    expect(
      readArticleDate(documentWith('<script type="application/ld+json">{broken</script>'), '2026-11-25'),
    ).toBeNull();
    expect(
      readArticleDate(documentWith('<meta property="article:published_time" content="2099-01-01">'), '2026-11-25'),
    ).toBeNull();
    expect(
      readArticleDate(documentWith('<meta property="article:published_time" content="yesterday">'), '2026-11-25'),
    ).toBeNull();
  });
});

describe('hasUkPoliticalContext', () => {
  it('recognises UK political reporting', () => {
    expect(hasUkPoliticalContext('The Labour MP told the Commons that the NHS needs funding.')).toBe(true);
  });

  it('does not see it on a film review or a sports report', () => {
    expect(hasUkPoliticalContext('Michael Moore’s new documentary opened in New York to strong reviews.')).toBe(false);
    expect(hasUkPoliticalContext('Hunt scored twice as the visitors won 3-1 at home.')).toBe(false);
  });

  it('counts a shadow post and the Commons, not any shadow or Wikimedia Commons', () => {
    expect(hasUkPoliticalContext('Labour’s shadow\n health secretary spoke; so did the Shadow Chancellor.')).toBe(true);
    expect(
      hasUkPoliticalContext('In the shadow of the hills, The Shadow opened; Shadow (film). Photo: Wikimedia Commons.'),
    ).toBe(false);
  });
});
