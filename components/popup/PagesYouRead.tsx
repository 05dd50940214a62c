import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/utils/dates';
import type { ReadArticle } from '@/utils/feeds/news-schema';
import type { Ask } from '@/utils/messages';

const SHOWN = 5;

/** Articles where Bevan found the dispute, kept on this computer only, with a way to clear them. */
export function PagesYouRead({ ask }: { ask: Ask }) {
  const [pages, setPages] = useState<ReadArticle[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void ask('getReadingHistory', {}).then((result) =>
      result.ok ? setPages(result.data) : setProblem(result.error.message),
    );
  }, [ask]);

  async function clear() {
    const result = await ask('clearReadingHistory', {});
    if (result.ok) setPages(result.data);
    else setProblem(result.error.message);
  }

  if (problem) {
    return (
      <p class="bevan-error" role="alert">
        {problem}
      </p>
    );
  }
  if (!pages) return <p class="bevan-muted">Loading…</p>;
  if (pages.length === 0) {
    return <p class="bevan-muted">Articles you read that mention the dispute will be listed here.</p>;
  }
  return (
    <>
      <ul class="bevan-list">
        {pages.slice(0, SHOWN).map((page) => (
          <li key={page.url}>
            <a href={page.url} target="_blank" rel="noopener noreferrer">
              {page.title}
            </a>
            <div class="bevan-small bevan-muted">
              {page.site} · {page.articleDate ? formatDate(page.articleDate) : 'date unknown'}
            </div>
          </li>
        ))}
      </ul>
      <div class="bevan-actions">
        <button type="button" class="bevan-button bevan-button-secondary" onClick={clear}>
          Clear this list
        </button>
        <span class="bevan-small bevan-muted">Kept on this computer only.</span>
      </div>
    </>
  );
}
