import type { Source } from '@/utils/data/schema';
import { publisherName } from '@/utils/sources/publisher';
import { safeHttpsUrl } from '@/utils/urls';

/**
 * A source as a link when its address is https, else as plain text: data never becomes markup or a script link.
 * Named by its publisher ("BBC News"), never by its stored label, which may be a researcher's note.
 */
export function SourceLink({ source, children }: { source: Source; children?: preact.ComponentChildren }) {
  const href = safeHttpsUrl(source.url);
  const publisher = publisherName(source.url);
  const label = children ?? publisher;
  if (!href) return <span class="bevan-muted">{label} (source address unavailable)</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={`Source: ${publisher}`}>
      {label}
    </a>
  );
}
