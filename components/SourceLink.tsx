import type { Source } from '@/utils/data/schema';
import { safeHttpsUrl } from '@/utils/urls';

/** A source as a link when its address is https, else as plain text: data never becomes markup or a script link. */
export function SourceLink({ source, children }: { source: Source; children?: preact.ComponentChildren }) {
  const href = safeHttpsUrl(source.url);
  const label = children ?? source.label;
  if (!href) return <span class="bevan-muted">{label} (source address unavailable)</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={source.label}>
      {label}
    </a>
  );
}
