const WIDTH = 120;
const HEIGHT = 8;

/**
 * A small bar of two parts (Ayes against Noes; divisions voted in against the rest). Drawn only: the numbers are in
 * the text beside it, so it is hidden from screen readers. Colours come from the card's theme, light or dark.
 */
export function SplitBar({ first, second, secondFill }: { first: number; second: number; secondFill: string }) {
  const total = first + second;
  if (total <= 0) return null;
  const firstWidth = (first / total) * WIDTH;
  return (
    <svg class="vote-bar" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <rect x={0} y={0} width={firstWidth} height={HEIGHT} style={{ fill: 'var(--accent)' }} />
      <rect x={firstWidth} y={0} width={WIDTH - firstWidth} height={HEIGHT} style={{ fill: secondFill }} />
    </svg>
  );
}
