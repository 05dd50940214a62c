import type { VoteTally } from '@/utils/cards/vote-reading';

const WIDTH = 120;
const HEIGHT = 8;

/**
 * A small stacked bar of one tally: for, against, abstained, no vote. Drawn only: the same numbers are in the text
 * beside it, so it is hidden from screen readers. Colours come from the card's theme, light or dark.
 */
export function VoteBar({ votes }: { votes: VoteTally }) {
  if (votes.total <= 0) return null;
  const parts = [
    { value: votes.for, fill: 'var(--accent)' },
    { value: votes.against, fill: 'var(--text)' },
    { value: votes.abstained, fill: 'var(--muted)' },
    { value: votes.noVote, fill: 'var(--border)' },
  ];
  let x = 0;
  return (
    <svg class="vote-bar" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      {parts.map((part, index) => {
        const width = (part.value / votes.total) * WIDTH;
        const rect = <rect key={index} x={x} y={0} width={width} height={HEIGHT} style={{ fill: part.fill }} />;
        x += width;
        return rect;
      })}
    </svg>
  );
}
