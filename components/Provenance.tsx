import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Origin, Source } from '@/utils/data/schema';
import type { Ask } from '@/utils/messages';
import type { PackCredit } from '@/utils/provenance/requests';
import { SourceLink } from './SourceLink';

/** How a card asks the background for a pack's name and publisher; without it, a pack's record says only "From a data pack". */
export const ProvenanceAsk = createContext<Ask | null>(null);

/** The words for where a record came from; null for Bevan's own bundled data, which says nothing. */
export function provenanceLabel(origin: Origin, pack: PackCredit | null): string | null {
  if (origin === 'bundled') return null;
  if (origin === 'campaigner') return 'Added by you';
  if (!pack) return 'From a data pack';
  return pack.publisher ? `From ${pack.name} by ${pack.publisher}` : `From ${pack.name}`;
}

function usePackCredit(origin: Origin): PackCredit | null {
  const ask = useContext(ProvenanceAsk);
  const [credit, setCredit] = useState<PackCredit | null>(null);
  const packId = origin.startsWith('pack:') ? origin.slice('pack:'.length) : null;
  useEffect(() => {
    if (!ask || !packId) return;
    let live = true;
    void ask('getPackCredits', { ids: [packId] }).then((result) => {
      if (live && result.ok) setCredit(result.data[0] ?? null);
    });
    return () => {
      live = false;
    };
  }, [ask, packId]);
  return credit;
}

/**
 * Where a campaigner's or a pack's record came from ("Added by you", "From <pack> by <publisher>"), with its sources
 * and note, so that it is never taken for Bevan's own sourced data. Renders nothing for bundled records.
 */
export function Provenance({
  record,
  note = null,
}: {
  record: { origin: Origin; sources: Source[] };
  /** The record's own words (a stance's note, an event's details). */
  note?: string | null;
}) {
  const credit = usePackCredit(record.origin);
  const label = provenanceLabel(record.origin, credit);
  if (label === null) return null;
  return (
    <div class="bevan-provenance bevan-small">
      <span class="bevan-badge bevan-origin">{label}</span>
      {note && <span class="bevan-note"> “{note}”</span>}{' '}
      <span class="bevan-muted">{record.sources.length === 1 ? 'Source: ' : 'Sources: '}</span>
      {record.sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && ', '}
          <SourceLink source={source} />
        </span>
      ))}
    </div>
  );
}
