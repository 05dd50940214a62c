/** What a badge says about a fact the sources do not fully confirm, and the tooltip that explains it. */
const BADGES = {
  unverified: {
    label: 'Not verified',
    explain:
      "Bevan's sources do not confirm every detail of this: the date may be known only to the month, or the only source is a weak one.",
  },
  announced: {
    label: 'Announced',
    explain: 'Still to come: this date was announced, and may yet change.',
  },
  'second-hand': {
    label: 'Second-hand',
    explain: 'The only source for this is a report of it, not the original record.',
  },
} as const;

export type TrustKind = keyof typeof BADGES;

/** A small labelled badge with space around it, so that it never runs into the words beside it. */
export function TrustBadge({ kind }: { kind: TrustKind }) {
  const { label, explain } = BADGES[kind];
  return (
    <span class="bevan-badge bevan-trust" title={explain}>
      {label}
    </span>
  );
}
