import { useEffect, useState } from 'preact/hooks';
import type { ListedMention } from '@/utils/tab-events';
import { groupMentions } from '@/utils/popup/page-mentions';

export interface OnThisPageProps {
  tabId: number | null;
  /** The tab's mentions, or null when Bevan is not reading it. */
  listMentions: (tabId: number) => Promise<ListedMention[] | null>;
  /** Asks the tab to scroll to the entity's first mention and open its card. */
  showMention: (tabId: number, mention: Pick<ListedMention, 'kind' | 'id'>) => void;
}

const KIND_WORDS: Record<ListedMention['kind'], string> = { mp: 'MP', bill: 'Bill', dispute: 'Dispute' };

/** What Bevan found on the page the reader is on, each a button that takes them to it. */
export function OnThisPage({ tabId, listMentions, showMention }: OnThisPageProps) {
  const [mentions, setMentions] = useState<ListedMention[] | null | 'loading'>('loading');
  useEffect(() => {
    if (tabId === null) setMentions(null);
    else void listMentions(tabId).then(setMentions);
  }, [tabId, listMentions]);

  if (mentions === 'loading') return <p class="bevan-muted">Looking at this page…</p>;
  if (!mentions) return <p class="bevan-muted">Bevan is not reading this page.</p>;
  if (!mentions.length) return <p class="bevan-muted">No MPs, NHS bills or mentions of the dispute on this page.</p>;
  const entities = groupMentions(mentions);
  return (
    <ul class="bevan-list">
      {entities.map((entity) => (
        <li key={`${entity.kind}:${entity.id}`}>
          <button type="button" class="bevan-link-button" onClick={() => showMention(tabId!, entity)}>
            {entity.name}
          </button>{' '}
          <span class="bevan-small bevan-muted">
            {KIND_WORDS[entity.kind]} · {entity.count === 1 ? 'once' : `${entity.count} times`}
          </span>
        </li>
      ))}
    </ul>
  );
}
