/**
 * Scoring for `npm run accuracy`: the labelled cases (scripts/accuracy-corpus.ts)
 * against what Bevan found on each page, and precision and recall per kind at the
 * levels issue 20 sets: MPs per case (entity level), MP name forms (form
 * level), bills per case, and the dispute per case. Nothing here reads a
 * browser; scripts/accuracy.ts runs Bevan and hands its findings over.
 */
import type { CaseFindings, FoundMention, LabelledCase, LabelledMp } from './accuracy-corpus';

export interface Tally {
  /** Labels counted (for forms: forms). */
  expected: number;
  /** What Bevan found, at the same level (none for forms: a form is only ever missed). */
  found: number | null;
  correct: number;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precisionOf = (tally: Tally) => (tally.found === null ? null : ratio(tally.correct, tally.found));
export const recallOf = (tally: Tally) => ratio(tally.correct, tally.expected);

export type ScoredKind = 'mps' | 'forms' | 'bills' | 'dispute';
export const SCORED_KINDS: readonly ScoredKind[] = ['mps', 'forms', 'bills', 'dispute'];

export interface Problem {
  case: string;
  kind: ScoredKind;
  what: 'miss' | 'extra';
  /** The entity, by name or id. */
  entity: string;
  /** The words on the page, and the words around them. */
  words: string;
  context: string;
}

export interface CorpusScore {
  cases: number;
  tallies: Record<ScoredKind, Tally>;
  problems: Problem[];
  /** Bills labelled without a key that Bevan's data does not have: listed, not counted. */
  unknownBills: { case: string; title: string }[];
  /** Negatives (pages that name nothing) on which Bevan found something, by kind. */
  negativeFinds: { case: string; mention: FoundMention }[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+/i;
/** A name without a title before it or a possessive after it: "Mr Hunt's" and "Hunt" are one form of one name. */
const nameCore = (text: string) =>
  squash(text)
    .replace(TITLE, '')
    .replace(/['’]s?$/, '')
    .toLowerCase();

/** Every place `form` is written in `text`, any run of white space matching any other. */
export function occurrences(text: string, form: string): { start: number; end: number }[] {
  const pattern = new RegExp(
    squash(form)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** "…words before [words] words after…" around a place in the body's text. */
export function contextAt(text: string, start: number, end: number, around = 50): string {
  const before = squash(text.slice(Math.max(0, start - around), start));
  const after = squash(text.slice(end, end + around));
  return `…${before} [${squash(text.slice(start, end))}] ${after}…`;
}

/** Whether a found MP id names the labelled MP: the same id, or an ambiguous one whose card lists that MP too. */
const namesMp = (found: string, labelled: string) =>
  found === labelled || (!labelled.includes(',') && found.split(',').includes(labelled));

/**
 * Whether each of an MP's labelled forms is marked as that MP at one of its places: the same name (titles and
 * possessives aside) marked there. A place inside a longer form of the same MP ("Hunt's" in "Jeremy Hunt's") is that
 * form's; a form written only inside longer ones is found where its characters are marked as the MP, as the labels
 * are by span.
 */
function formsMarked(
  mp: LabelledMp,
  ofMp: readonly FoundMention[],
  bodyText: string,
): { form: string; marked: boolean; at?: { start: number; end: number } }[] {
  const placesOf = new Map(mp.forms.map((form) => [form, occurrences(bodyText, form)]));
  return mp.forms.map((form) => {
    const all = placesOf.get(form)!;
    const own = all.filter(
      (place) =>
        !mp.forms.some(
          (other) =>
            other.length > form.length &&
            placesOf.get(other)!.some((outer) => outer.start <= place.start && place.end <= outer.end),
        ),
    );
    const places = own.length ? own : all;
    const marked = places.some((place) =>
      ofMp.some(
        (mention) =>
          mention.start < place.end &&
          place.start < mention.end &&
          (!own.length || nameCore(mention.text) === nameCore(bodyText.slice(place.start, place.end))),
      ),
    );
    return { form, marked, at: places[0] };
  });
}

/** Scores one corpus: what Bevan found on each case's page against its labels. */
export function scoreCorpus(cases: readonly LabelledCase[], findings: ReadonlyMap<string, CaseFindings>): CorpusScore {
  const tallies: Record<ScoredKind, Tally> = {
    mps: { expected: 0, found: 0, correct: 0 },
    forms: { expected: 0, found: null, correct: 0 },
    bills: { expected: 0, found: 0, correct: 0 },
    dispute: { expected: 0, found: 0, correct: 0 },
  };
  const problems: Problem[] = [];
  const unknownBills: CorpusScore['unknownBills'] = [];
  const negativeFinds: CorpusScore['negativeFinds'] = [];
  const add = (tally: Tally, expected: number, found: number, correct: number) => {
    tally.expected += expected;
    tally.found = (tally.found ?? 0) + found;
    tally.correct += correct;
  };
  for (const labelled of cases) {
    const found = findings.get(labelled.name);
    if (!found) throw new Error(`Case ${labelled.name} was not read`);
    const { bodyText, mentions } = found;
    const problem = (kind: ScoredKind, what: Problem['what'], entity: string, words: string, context: string) =>
      problems.push({ case: labelled.name, kind, what, entity, words, context });
    /** The first place a label's forms are written, for a miss's context. */
    const firstContext = (forms: string[]) => {
      for (const form of forms) {
        const [at] = occurrences(bodyText, form);
        if (at) return contextAt(bodyText, at.start, at.end);
      }
      return '(not on the page)';
    };
    if (labelled.negative) for (const mention of mentions) negativeFinds.push({ case: labelled.name, mention });

    // MPs: each labelled MP is found when Bevan names it anywhere on the page; each MP Bevan names is an extra when
    // no label names it.
    const mps = mentions.filter((mention) => mention.kind === 'mp');
    const foundMpIds = [...new Set(mps.map((mention) => mention.id))];
    const mpsFound = labelled.mps.filter((mp) => foundMpIds.some((id) => namesMp(id, mp.id)));
    const extraMpIds = foundMpIds.filter((id) => !labelled.mps.some((mp) => namesMp(id, mp.id)));
    add(tallies.mps, labelled.mps.length, mpsFound.length + extraMpIds.length, mpsFound.length);
    for (const mp of labelled.mps.filter((mp) => !mpsFound.includes(mp))) {
      problem('mps', 'miss', `${mp.name} (${mp.id})`, mp.forms.join(' | '), firstContext(mp.forms));
    }
    for (const id of extraMpIds) {
      const first = mps.find((mention) => mention.id === id)!;
      problem('mps', 'extra', id, first.text, first.context);
    }

    // Name forms: a form is found when, at one of its places, Bevan marks the same name (titles and possessives
    // aside) as that MP's. "Hunt's" inside "Jeremy Hunt's" is not found by a mention of "Jeremy Hunt".
    for (const mp of labelled.mps) {
      const ofMp = mps.filter((mention) => namesMp(mention.id, mp.id));
      for (const { form, marked, at } of formsMarked(mp, ofMp, bodyText)) {
        tallies.forms.expected++;
        if (marked) tallies.forms.correct++;
        else problem('forms', 'miss', mp.name, form, at ? contextAt(bodyText, at.start, at.end) : '(not on the page)');
      }
    }

    // Bills, per case: each bill of Bevan's data that the page names, against the bills Bevan names there.
    const bills = mentions.filter((mention) => mention.kind === 'bill');
    const foundBillIds = [...new Set(bills.map((mention) => mention.id))];
    const knownBills = labelled.bills.filter((bill) => bill.id !== null);
    for (const bill of labelled.bills.filter((bill) => bill.id === null)) {
      unknownBills.push({ case: labelled.name, title: bill.title });
    }
    const billsFound = knownBills.filter((bill) => foundBillIds.includes(bill.id!));
    const extraBillIds = foundBillIds.filter((id) => !labelled.bills.some((bill) => bill.id === id));
    add(tallies.bills, knownBills.length, billsFound.length + extraBillIds.length, billsFound.length);
    for (const bill of knownBills.filter((bill) => !billsFound.includes(bill))) {
      problem('bills', 'miss', bill.id!, bill.forms.join(' | '), firstContext(bill.forms));
    }
    for (const id of extraBillIds) {
      const first = bills.find((mention) => mention.id === id)!;
      problem('bills', 'extra', id, first.text, first.context);
    }

    // The dispute, per case: named anywhere on the page or not.
    const disputes = mentions.filter((mention) => mention.kind === 'dispute');
    const disputeFound = disputes.length > 0;
    add(tallies.dispute, Number(labelled.dispute), Number(disputeFound), Number(labelled.dispute && disputeFound));
    if (labelled.dispute && !disputeFound) {
      problem('dispute', 'miss', 'the dispute', labelled.disputeForms.join(' | '), firstContext(labelled.disputeForms));
    }
    if (!labelled.dispute && disputeFound)
      problem('dispute', 'extra', 'the dispute', disputes[0].text, disputes[0].context);
  }
  return { cases: cases.length, tallies, problems, unknownBills, negativeFinds };
}

/** Issue 20's targets on the real corpus (null: none set). */
export const TARGETS: Record<ScoredKind, { precision: number | null; recall: number }> = {
  mps: { precision: 0.99, recall: 0.97 },
  forms: { precision: null, recall: 0.95 },
  bills: { precision: 0.95, recall: 0.95 },
  dispute: { precision: 1, recall: 0.95 },
};

const KIND_NAMES: Record<ScoredKind, string> = {
  mps: 'MPs (entity, per case)',
  forms: 'MP name forms (form)',
  bills: 'bills (per case)',
  dispute: 'dispute (case)',
};

const figure = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** The table of both corpora side by side, with the targets and whether the real corpus meets them. */
export function formatTable(real: CorpusScore | null, own: CorpusScore): string {
  const cells = (score: CorpusScore | null, kind: ScoredKind) => {
    if (!score) return ['absent', ''];
    const tally = score.tallies[kind];
    return [
      `${figure(precisionOf(tally))} ${figure(recallOf(tally))}`,
      `${tally.correct}/${tally.found ?? '—'}/${tally.expected}`,
    ];
  };
  const target = (kind: ScoredKind) => {
    const { precision, recall } = TARGETS[kind];
    return `${precision === null ? '—' : `≥${precision}`} ${`≥${recall}`}`;
  };
  const met = (kind: ScoredKind) => {
    if (!real) return '';
    const tally = real.tallies[kind];
    const precision = precisionOf(tally);
    const { precision: wanted, recall } = TARGETS[kind];
    return (wanted === null || (precision ?? 0) >= wanted) && recallOf(tally) >= recall ? 'met' : 'not met';
  };
  const rows = [
    ['kind (level)', 'real P  R', 'right/found/labelled', 'own P  R', 'right/found/labelled', 'target P  R', ''],
    ...SCORED_KINDS.map((kind) => [
      KIND_NAMES[kind],
      ...cells(real, kind),
      ...cells(own, kind),
      target(kind),
      met(kind),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Every miss and extra, each with its context; bills Bevan does not know; what was found on negatives. */
export function formatProblems(label: string, score: CorpusScore): string {
  const lines = [`${label}: ${score.problems.length} misses and extras`];
  for (const kind of SCORED_KINDS) {
    const ofKind = score.problems.filter((problem) => problem.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`  ${KIND_NAMES[kind]}:`);
    for (const problem of ofKind) {
      lines.push(
        `    ${problem.case} ${problem.what.toUpperCase().padEnd(5)} ${problem.entity}: "${problem.words}"  ${problem.context}`,
      );
    }
  }
  if (score.unknownBills.length) {
    lines.push(
      `  bills not in Bevan's data (not counted): ` +
        score.unknownBills.map((bill) => `${bill.case} ${bill.title}`).join('; '),
    );
  }
  lines.push(
    `  found on negatives: ${
      score.negativeFinds.length
        ? score.negativeFinds
            .map(({ case: name, mention }) => `${name} ${mention.kind} ${mention.id} "${mention.text}"`)
            .join('; ')
        : 'nothing'
    }`,
  );
  return lines.join('\n');
}
