/**
 * A bill as Parliament's Bills API last told Bevan about it, kept in the `liveFacts` store under `bill/<id>`, and
 * the pure steps from the API's answers to it and from it to what Bevan shows: stages, the outcome, and a
 * campaigner's bill made from it. Nothing here is invented: a stage without a date is not a dated stage, and an
 * outcome the data does not give is left out.
 */
import { House, IsoDate, type Bill, type BillStage } from '../../data/schema';
import { z } from '../../data/zod';
import type { ApiBill, ApiBillStage, ApiBillSummary } from './bills-api';
import type { BillSearchHit as BillSearchHitSchema } from './requests';

/** The key of a bill's live record in the `liveFacts` store. */
export function liveBillKey(parliamentBillId: number): string {
  return `bill/${parliamentBillId}`;
}

/** The bill's page on bills.parliament.uk, and its stages page: the source of every live stage. */
export function billPageUrl(parliamentBillId: number, page: '' | 'stages' = ''): string {
  return `https://bills.parliament.uk/bills/${parliamentBillId}${page ? `/${page}` : ''}`;
}

/** A bill's id on bills.parliament.uk and in the Bills API. */
export const ParliamentBillId = z.int().check(z.positive(), z.maximum(10_000_000));

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^<>]*$/));

// Built on first use, as schema.ts's records are: the card UI loads this module for its pure functions.
export const LiveStage = z.lazy(() =>
  z.object({
    stage: Text(200),
    house: House,
    /** The days it sat, in order; empty for a stage that is only scheduled or current. */
    dates: z.array(IsoDate),
    sortOrder: z.int(),
  }),
);
export type LiveStage = z.infer<typeof LiveStage>;

/** A Commons division on the bill, from the Commons Votes API (see bill-divisions.ts). */
export const LiveDivision = z.lazy(() =>
  z.object({
    divisionId: z.int().check(z.positive()),
    date: IsoDate,
    number: z.int().check(z.nonnegative()),
    title: Text(300),
    ayes: z.int().check(z.nonnegative()),
    noes: z.int().check(z.nonnegative()),
  }),
);
export type LiveDivision = z.infer<typeof LiveDivision>;

export const LiveBill = z.lazy(() =>
  z.object({
    parliamentBillId: ParliamentBillId,
    shortTitle: Text(200),
    /** The bill's long title ("A Bill to …"): what it would do, in Parliament's words. */
    longTitle: z.nullable(Text(2000)),
    billType: z.nullable(Text(120)),
    originatingHouse: z.nullable(Text(40)),
    includedSessionCount: z.int().check(z.nonnegative()),
    isAct: z.boolean(),
    withdrawn: z.nullable(IsoDate),
    defeated: z.boolean(),
    currentStage: z.nullable(z.object({ stage: Text(200), house: House })),
    sponsors: z.array(z.object({ memberId: z.nullable(z.int()), name: Text(120) })),
    stages: z.array(LiveStage),
    /** Absent from copies stored before divisions were read. */
    divisions: z._default(z.array(LiveDivision), () => []),
  }),
);
export type LiveBill = z.infer<typeof LiveBill>;

/** Text from the API as Bevan shows it: one line, no markup; null when it has markup or nothing. */
function plain(text: string | null | undefined, max: number): string | null {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line && line.length <= max && !/[<>]/.test(line) ? line : null;
}

function isoDay(dateTime: string | null | undefined): string | null {
  const day = dateTime?.slice(0, 10) ?? '';
  return IsoDate.safeParse(day).success ? day : null;
}

function houseOf(apiHouse: string | null | undefined): z.infer<typeof House> {
  if (apiHouse === 'Commons' || apiHouse === 'Lords') return apiHouse;
  // `All` is a stage of both Houses; `Unassigned` is Royal Assent and other steps outside either chamber.
  return apiHouse === 'All' ? 'both' : 'none';
}

/** Bill types by the API's `billTypeId`, as `/api/v1/BillTypes` names them. */
const BILL_TYPES: Record<number, string> = {
  1: 'Government Bill',
  2: "Private Members' Bill (Starting in the House of Lords)",
  3: 'Consolidation Bill',
  4: 'Hybrid Bill',
  5: "Private Members' Bill (under the Ten Minute Rule)",
  6: 'Private Bill',
  7: "Private Members' Bill (Ballot Bill)",
  8: "Private Members' Bill (Presentation Bill)",
  9: 'Draft Bill',
};

function liveStageOf(stage: ApiBillStage): LiveStage | null {
  const name = plain(stage.description, 200);
  if (!name) return null;
  const dates = stage.stageSittings
    .map((sitting) => isoDay(sitting.date))
    .filter((date): date is string => date !== null)
    .sort();
  return { stage: name, house: houseOf(stage.house), dates: [...new Set(dates)], sortOrder: stage.sortOrder };
}

/**
 * A bill and its stages, as the API gave them, in Bevan's terms; null when the answer names no usable bill
 * (a title with markup, a stage list for another bill).
 */
export function liveBillFromApi(bill: ApiBill, stages: readonly ApiBillStage[]): LiveBill | null {
  const shortTitle = plain(bill.shortTitle, 200);
  if (!shortTitle) return null;
  const current = bill.currentStage ? plain(bill.currentStage.description, 200) : null;
  return {
    parliamentBillId: bill.billId,
    shortTitle,
    longTitle: plain(bill.longTitle, 2000),
    billType: bill.billTypeId ? (BILL_TYPES[bill.billTypeId] ?? null) : null,
    originatingHouse: plain(bill.originatingHouse, 40),
    includedSessionCount: bill.includedSessionIds.length,
    isAct: bill.isAct,
    withdrawn: isoDay(bill.billWithdrawn),
    defeated: bill.isDefeated,
    currentStage: current ? { stage: current, house: houseOf(bill.currentStage?.house) } : null,
    sponsors: (bill.sponsors ?? []).flatMap((sponsor) => {
      const name = plain(sponsor.member?.name ?? sponsor.organisation?.name, 120);
      return name ? [{ memberId: sponsor.member?.memberId ?? null, name }] : [];
    }),
    stages: stages
      .map(liveStageOf)
      .filter((stage): stage is LiveStage => stage !== null)
      .sort((a, b) => a.sortOrder - b.sortOrder),
    divisions: [],
  };
}

/**
 * The first sitting day of each session since 2010 (the State Opening, or the first meeting after an election), so
 * that a bill's session can be named from the day it was introduced. The short 2019 session has no name in
 * Bevan's form (`YYYY-YY`), so a bill from it is left for the campaigner to name.
 */
const SESSION_STARTS: readonly [start: string, session: string | null][] = [
  ['2010-05-18', '2010-12'],
  ['2012-05-09', '2012-13'],
  ['2013-05-08', '2013-14'],
  ['2014-06-04', '2014-15'],
  ['2015-05-18', '2015-16'],
  ['2016-05-18', '2016-17'],
  ['2017-06-13', '2017-19'],
  ['2019-10-14', null],
  ['2019-12-17', '2019-21'],
  ['2021-05-11', '2021-22'],
  ['2022-05-10', '2022-23'],
  ['2023-11-07', '2023-24'],
  ['2024-07-09', '2024-26'],
  ['2026-05-13', '2026-27'],
];

/** The session a day fell in, e.g. "2024-26"; null before 2010 or in the unnamed 2019 session. */
export function sessionOf(day: string): string | null {
  let session: string | null = null;
  for (const [start, name] of SESSION_STARTS) if (start <= day) session = name;
  return session;
}

/** Every day the bill sat, in order. */
export function sittingDays(live: LiveBill): string[] {
  return live.stages.flatMap((stage) => stage.dates).sort();
}

/** The session the bill was introduced in, named from its first sitting day. */
export function liveBillSession(live: LiveBill): string | null {
  const first = sittingDays(live)[0];
  return first ? sessionOf(first) : null;
}

export type LiveBillOutcome =
  | { kind: 'act'; actTitle: string | null; assentDate: string | null }
  | { kind: 'withdrawn'; date: string }
  | { kind: 'defeated' }
  /** The session it was in ended without it passing, and it was not carried over. */
  | { kind: 'fell'; session: string }
  | { kind: 'before-parliament'; currentStage: LiveBill['currentStage'] };

/** Where the bill stands, from Parliament's data alone. */
export function liveBillOutcome(live: LiveBill, now: Date): LiveBillOutcome {
  if (live.isAct) {
    const assent = live.stages.find((stage) => /royal assent/i.test(stage.stage));
    return {
      kind: 'act',
      actTitle: /\bAct \d{4}$/.test(live.shortTitle) ? live.shortTitle : null,
      assentDate: assent?.dates[0] ?? null,
    };
  }
  if (live.withdrawn) return { kind: 'withdrawn', date: live.withdrawn };
  if (live.defeated) return { kind: 'defeated' };
  const last = sittingDays(live).at(-1);
  const lastSession = last ? sessionOf(last) : null;
  const sessionNow = sessionOf(now.toISOString().slice(0, 10));
  if (last && lastSession && sessionNow && lastSession !== sessionNow && live.includedSessionCount <= 1) {
    return { kind: 'fell', session: lastSession };
  }
  return { kind: 'before-parliament', currentStage: live.currentStage };
}

/** Finished bills (Royal Assent, withdrawn, defeated, fell) are not fetched again. */
export function isFinished(live: LiveBill, now: Date): boolean {
  return liveBillOutcome(live, now).kind !== 'before-parliament';
}

/** The outcome in a reader's words, for the card and for a campaigner's bill. */
export function outcomeWords(outcome: LiveBillOutcome, formatDay: (day: string) => string): string {
  switch (outcome.kind) {
    case 'act':
      return [
        'Became law',
        outcome.actTitle ? `: ${outcome.actTitle}` : '',
        outcome.assentDate ? ` (Royal Assent ${formatDay(outcome.assentDate)})` : '',
      ].join('');
    case 'withdrawn':
      return `Withdrawn on ${formatDay(outcome.date)}`;
    case 'defeated':
      return 'Defeated in Parliament';
    case 'fell':
      return `Did not become law: the ${outcome.session} session ended without it passing`;
    case 'before-parliament':
      return outcome.currentStage
        ? `Before Parliament: now at ${outcome.currentStage.stage}${houseSuffix(outcome.currentStage.house)}`
        : 'Before Parliament';
  }
}

function houseSuffix(house: z.infer<typeof House>): string {
  return house === 'Commons' || house === 'Lords' ? ` in the ${house}` : '';
}

/** The dated stages as Bevan's bill stages, each sourced to the bill's stages page on bills.parliament.uk. */
export function billStagesFromLive(live: LiveBill): BillStage[] {
  const source = { url: billPageUrl(live.parliamentBillId, 'stages'), label: 'UK Parliament' };
  return live.stages.flatMap((stage) =>
    stage.dates.length
      ? [
          {
            stage: stage.stage,
            outcome: null,
            house: stage.house,
            date: stage.dates[0],
            dateEnd: stage.dates.length > 1 ? stage.dates[stage.dates.length - 1] : null,
            source,
            secondary: false,
          },
        ]
      : [],
  );
}

/** What a search lists: the title, the session and where it is now (the request adds the Bevan bill made from it). */
export type BillSearchHit = Omit<z.infer<typeof BillSearchHitSchema>, 'existingBillId'>;

export function searchHitFromApi(bill: ApiBillSummary): BillSearchHit | null {
  const shortTitle = plain(bill.shortTitle, 200);
  if (!shortTitle) return null;
  const current = bill.currentStage ? liveStageOf(bill.currentStage) : null;
  return {
    parliamentBillId: bill.billId,
    shortTitle,
    session: current?.dates[0] ? sessionOf(current.dates[0]) : null,
    currentStage: current?.stage ?? null,
    house: plain(bill.currentHouse, 40),
    isAct: bill.isAct,
    withdrawn: Boolean(bill.billWithdrawn),
  };
}

export type CampaignerBillProblem = { kind: 'no-session' };

/**
 * A campaigner's bill made from Parliament's: its title, session, sponsor, dated stages and outcome, sourced to
 * its page on bills.parliament.uk. `sponsorInBevan` says whether the first sponsor is an MP in Bevan's data (the
 * bill then links to their card).
 */
export function campaignerBillFromLive(
  live: LiveBill,
  options: { id: string; sponsorInBevan: boolean; aliases: string[]; now: Date; formatDay: (day: string) => string },
): { ok: true; bill: Bill } | { ok: false; problem: CampaignerBillProblem } {
  const session = liveBillSession(live);
  if (!session) return { ok: false, problem: { kind: 'no-session' } };
  const sponsor = live.sponsors[0] ?? null;
  const outcome = liveBillOutcome(live, options.now);
  return {
    ok: true,
    bill: {
      id: options.id,
      shortTitle: live.shortTitle,
      aliases: options.aliases,
      session,
      type: live.billType ?? 'Bill',
      house: live.originatingHouse ?? 'Commons',
      sponsorId: sponsor && options.sponsorInBevan ? sponsor.memberId : null,
      sponsorName: sponsor?.name ?? null,
      stages: billStagesFromLive(live),
      outcome: outcomeWords(outcome, options.formatDay).slice(0, 400),
      actTitle: outcome.kind === 'act' ? outcome.actTitle : null,
      sources: [{ url: billPageUrl(live.parliamentBillId), label: 'UK Parliament' }],
      parliamentBillId: live.parliamentBillId,
      ...(live.longTitle && live.longTitle.length <= 1000 ? { longTitle: live.longTitle } : {}),
      origin: 'campaigner',
    },
  };
}
