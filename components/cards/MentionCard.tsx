import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CardTarget, PageNamed } from '@/utils/page/card-contract';
import { roleNamedBy } from '@/utils/matching/roles';
import type { Ask } from '@/utils/messages';
import type { LetterSubject } from '@/utils/your-mp/requests';
import { ProvenanceAsk } from '../Provenance';
import { useRequest } from '../use-request';
import { useLiveMp } from './mp/use-live-mp';
import { useLiveVotes } from './mp/use-live-votes';
import { todayIso } from '@/utils/dates';
import { billCardDivisions } from '@/utils/parliament/bills/bill-card-model';
import { AmbiguousCard } from './AmbiguousCard';
import { BillCard } from './BillCard';
import { DisputeCard } from './DisputeCard';
import { MpCard } from './MpCard';
import { CardCredits, CardFrame } from './CardFrame';
import { useDivisionVotes } from './use-division-votes';
import { useLiveBill } from './use-live-bill';
import { WriteToMpButton, type LetterContext } from './WriteToMpButton';

function Loading({ label }: { label: string }) {
  return (
    <CardFrame label={label} kicker="Bevan" credits={[]}>
      <p class="muted" role="status">
        Loading…
      </p>
    </CardFrame>
  );
}

function Problem({ label, message }: { label: string; message: string }) {
  return (
    <CardFrame label={label} kicker="Bevan" credits={[]}>
      <p class="warn" role="alert">
        {message}
      </p>
    </CardFrame>
  );
}

/** Told when a card's facts are on screen: the card UI measures the time from opening (see entrypoints/card-ui.tsx). */
export const CardShown = createContext<() => void>(() => undefined);

function useReportShown(shown: boolean) {
  const report = useContext(CardShown);
  useEffect(() => {
    if (shown) report();
  }, [shown, report]);
}

/** "Write to your MP" about a card's subject, when the card UI can open letters. */
function writeAction(ask: Ask, about: LetterSubject, letters: LetterContext | undefined) {
  if (!letters) return undefined;
  const { article, ...rest } = letters;
  return <WriteToMpButton ask={ask} about={about} article={article} letters={rest} />;
}

function PersonCard({
  ask,
  id,
  articleDate,
  letters,
  role,
  onPage,
}: {
  ask: Ask;
  id: number;
  articleDate: string | null;
  letters?: LetterContext;
  /** The post the page named them by, if it did ("the Health Secretary"). */
  role?: string | null;
  /** What else the page names: the card says how the MP is linked to it. */
  onPage?: PageNamed;
}) {
  const state = useRequest(ask, 'getPerson', { id });
  // Asked beside the bundled facts, never before them: the card paints without waiting for Parliament.
  const live = useLiveMp(ask, id);
  const votes = useLiveVotes(ask, id, articleDate ?? todayIso(), live.status === 'answered');
  useReportShown(state.status !== 'loading');
  if (state.status === 'loading') return <Loading label="MP" />;
  if (state.status === 'error') return <Problem label="MP" message={state.error.message} />;
  if (!state.data) return <Problem label="MP" message="This MP is no longer in Bevan's data." />;
  return (
    <MpCard
      // Another MP is another card: the space one card held open is not held for the next.
      key={id}
      details={state.data}
      articleDate={articleDate}
      live={live}
      votes={votes}
      actions={writeAction(ask, { kind: 'mp', id }, letters)}
      role={role}
      onPage={onPage}
    />
  );
}

function CandidatesCard({
  ask,
  ids,
  name,
  onOpenPerson,
}: {
  ask: Ask;
  ids: number[];
  name: string;
  onOpenPerson: (id: number) => void;
}) {
  const state = useRequest(ask, 'getPeople', { ids });
  useReportShown(state.status !== 'loading');
  if (state.status === 'loading') return <Loading label={name} />;
  if (state.status === 'error') return <Problem label={name} message={state.error.message} />;
  return <AmbiguousCard name={name} candidates={state.data} onOpenPerson={onOpenPerson} />;
}

function BillDetailsCard({
  ask,
  id,
  onOpenPerson,
  letters,
  onPage,
}: {
  ask: Ask;
  id: string;
  onOpenPerson: (id: number) => void;
  letters?: LetterContext;
  /** What else the page names: the MPs whose votes in the bill's divisions the card shows. */
  onPage?: PageNamed;
}) {
  const state = useRequest(ask, 'getBill', { id });
  const live = useLiveBill(ask, id);
  // The divisions the card lists, once Parliament's check of the bill (which may add some) is over.
  const details = state.status === 'ok' ? state.data : null;
  const divisions = details && !live.checking ? billCardDivisions(details, live.stored) : null;
  const sponsorId = details?.sponsor?.id;
  const divisionVotes = useDivisionVotes(ask, divisions, [
    ...(sponsorId === undefined ? [] : [sponsorId]),
    ...(onPage?.mps.map((mp) => mp.id) ?? []),
  ]);
  useReportShown(state.status !== 'loading');
  if (state.status === 'loading') return <Loading label="Bill" />;
  if (state.status === 'error') return <Problem label="Bill" message={state.error.message} />;
  if (!state.data) return <Problem label="Bill" message="This bill is no longer in Bevan's data." />;
  return (
    // Parliament's licence covers Bevan's own bills, and any bill's stages checked with Parliament; a campaigner's or
    // a pack's bill otherwise says where it came from instead.
    <CardCredits.Provider
      value={state.data.bill.origin === 'bundled' ? ['parliament', 'votes'] : live.stored ? ['parliament'] : []}
    >
      <BillCard
        details={state.data}
        live={live}
        onOpenPerson={onOpenPerson}
        actions={writeAction(ask, { kind: 'bill', id }, letters)}
        divisionVotes={divisionVotes}
      />
    </CardCredits.Provider>
  );
}

function DisputeDetailsCard({
  ask,
  articleDate,
  letters,
}: {
  ask: Ask;
  articleDate: string | null;
  letters?: LetterContext;
}) {
  const state = useRequest(ask, 'getDisputeTimeline', {});
  useReportShown(state.status !== 'loading');
  if (state.status === 'loading') return <Loading label="Dispute" />;
  if (state.status === 'error') return <Problem label="Dispute" message={state.error.message} />;
  return (
    <DisputeCard
      events={state.data}
      articleDate={articleDate}
      actions={writeAction(ask, { kind: 'dispute' }, letters)}
      onOpenNews={() => void ask('openNews', {})}
    />
  );
}

/** The MNIS ids an MP mention's target names: several for a name MPs shared. */
const personIdsOf = (target: Pick<CardTarget, 'id'>) => target.id.split(',').map(Number);

/**
 * Asks for the facts the card for `target` shows first, as the card itself does (an `ask` that keeps its answers, as
 * the card UI's does, then has them at hand when the card opens): the card UI asks while the hover intent runs.
 */
export function askCardFacts(ask: Ask, target: Pick<CardTarget, 'kind' | 'id'>): void {
  if (target.kind === 'dispute') void ask('getDisputeTimeline', {});
  else if (target.kind === 'bill') void ask('getBill', { id: target.id });
  else {
    const ids = personIdsOf(target);
    void (ids.length > 1 ? ask('getPeople', { ids }) : ask('getPerson', { id: ids[0] }));
  }
}

/** The card for one mention; a sponsor or a candidate opens in the same place. */
export function MentionCard(props: MentionCardProps) {
  return (
    <ProvenanceAsk.Provider value={props.ask}>
      <MentionCardFor {...props} />
    </ProvenanceAsk.Provider>
  );
}

interface MentionCardProps {
  ask: Ask;
  target: CardTarget;
  articleDate: string | null;
  letters?: LetterContext;
}

function MentionCardFor({ ask, target, articleDate, letters }: MentionCardProps) {
  const [personId, setPersonId] = useState<number | null>(null);
  if (personId !== null) {
    return <PersonCard ask={ask} id={personId} articleDate={articleDate} letters={letters} onPage={target.onPage} />;
  }
  if (target.kind === 'dispute') return <DisputeDetailsCard ask={ask} articleDate={articleDate} letters={letters} />;
  if (target.kind === 'bill') {
    return (
      <BillDetailsCard ask={ask} id={target.id} onOpenPerson={setPersonId} letters={letters} onPage={target.onPage} />
    );
  }
  const ids = personIdsOf(target);
  if (ids.length > 1) return <CandidatesCard ask={ask} ids={ids} name={target.text} onOpenPerson={setPersonId} />;
  return (
    <PersonCard
      ask={ask}
      id={ids[0]}
      articleDate={articleDate}
      letters={letters}
      role={roleNamedBy(target.text)}
      onPage={target.onPage}
    />
  );
}
