/**
 * What a bill's card shows, from Bevan's record of the bill and Parliament's live copy when there is one: the
 * outcome first, the bill's purpose (its long title), then its stages newest first, each saying where it came
 * from. A stage Parliament lists replaces a bundled one of the same day and House; stages only the bundled
 * sources record (an announcement, a pause) stay, with their sources.
 */
import type { BillDetails } from '../../cards/requests';
import type { Source } from '../../data/schema';
import { divisionPageUrl } from './bill-divisions';
import { billPageUrl, billStagesFromLive, liveBillOutcome, outcomeWords } from './live-bill';
import type { StoredLiveBill } from './live-bills';

export interface CardStage {
  stage: string;
  outcome: string | null;
  house: string;
  date: string;
  dateEnd: string | null;
  source: Source;
  secondary: boolean;
  /** When Parliament was asked (ISO instant), for a stage from Parliament; null for a bundled or campaigner's one. */
  checkedAt: string | null;
}

export interface CardDivision {
  key: string;
  date: string;
  number: number;
  title: string | null;
  ayes: number | null;
  noes: number | null;
  source: Source;
  /** When Parliament was asked, for a division from the Commons Votes API; null for a bundled one. */
  checkedAt: string | null;
}

export interface BillCardModel {
  outcome: string | null;
  /** The long title, where the data has it. */
  purpose: string | null;
  stages: CardStage[];
  /** Commons divisions on the bill, in order: the bundled ones, and Parliament's where the bundled data has none that day. */
  divisions: CardDivision[];
  /** The bill on bills.parliament.uk, when Bevan knows its id. */
  parliamentPage: string | null;
  checkedAt: string | null;
}

/** How many of the latest stages a card shows before "earlier stages". */
export const STAGES_SHOWN = 3;

export function billCardModel(
  details: BillDetails,
  live: StoredLiveBill | null,
  now: Date,
  formatDay: (day: string) => string,
): BillCardModel {
  const { bill } = details;
  const recorded: CardStage[] = bill.stages.map((stage) => ({ ...stage, checkedAt: null }));
  const parliamentId = live?.bill.parliamentBillId ?? bill.parliamentBillId ?? null;
  if (!live) {
    return {
      outcome: bill.outcome,
      purpose: bill.longTitle ?? null,
      stages: newestFirst(recorded),
      divisions: billCardDivisions(details, null),
      parliamentPage: parliamentId ? billPageUrl(parliamentId) : null,
      checkedAt: null,
    };
  }
  const fromParliament: CardStage[] = billStagesFromLive(live.bill).map((stage) => ({
    ...stage,
    checkedAt: live.checkedAt,
  }));
  const sat = new Set(live.bill.stages.flatMap((stage) => stage.dates.map((date) => `${date} ${stage.house}`)));
  const onlyRecorded = recorded.filter((stage) => !sat.has(`${stage.date} ${stage.house}`));
  return {
    outcome: outcomeWords(liveBillOutcome(live.bill, now), formatDay),
    purpose: live.bill.longTitle ?? bill.longTitle ?? null,
    stages: newestFirst([...fromParliament, ...onlyRecorded]),
    divisions: billCardDivisions(details, live),
    parliamentPage: billPageUrl(live.bill.parliamentBillId),
    checkedAt: live.checkedAt,
  };
}

/**
 * The Commons divisions a bill's card lists: the bundled ones, and Parliament's where the bundled data has none that
 * day and number, in order. Also asked for alone, for the votes shown beside them.
 */
export function billCardDivisions(details: BillDetails, live: StoredLiveBill | null): CardDivision[] {
  const bundledDivisions: CardDivision[] = details.divisions.map((division) => ({
    key: division.id,
    date: division.date,
    number: division.number,
    title: division.title,
    ayes: division.ayes,
    noes: division.noes,
    source: division.sources[0],
    checkedAt: null,
  }));
  if (!live) return bundledDivisions;
  return [
    ...bundledDivisions,
    ...live.bill.divisions
      .filter(
        (division) =>
          !bundledDivisions.some((known) => known.date === division.date && known.number === division.number),
      )
      .map((division) => ({
        key: `live-${division.divisionId}`,
        date: division.date,
        number: division.number,
        title: division.title,
        ayes: division.ayes,
        noes: division.noes,
        source: { url: divisionPageUrl(division.divisionId), label: 'UK Parliament' },
        checkedAt: live.checkedAt,
      })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
}

function newestFirst(stages: CardStage[]): CardStage[] {
  return stages
    .map((stage, index) => ({ stage, index }))
    .sort((a, b) => b.stage.date.localeCompare(a.stage.date) || b.index - a.index)
    .map(({ stage }) => stage);
}
