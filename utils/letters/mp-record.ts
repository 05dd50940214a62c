/**
 * `{mp_record}`: what Bevan's data records of the reader's own MP on a letter's subject, as dated and sourced lines
 * (their votes in a bill's divisions, their NHS voting summaries, the stances campaigners recorded). Facts only:
 * the opinion is left to the writer. Pure; gather-mp-record.ts reads the facts from the database.
 */
import { plainReading, tally } from '../cards/vote-reading';
import type { NhsPolicy, Stance, VotingRecord } from '../data/schema';
import { formatDate } from '../dates';

export interface RecordedDivisionVote {
  date: string;
  title: string;
  /** "Aye", "No", "No vote recorded", … as the card says it. */
  words: string;
  url: string;
}

export interface MpRecordFacts {
  divisionVotes: RecordedDivisionVote[];
  votingRecords: VotingRecord[];
  policies: NhsPolicy[];
  stances: Stance[];
  /** What a stance is about, in words ("the doctors’ dispute", a bill's short title). */
  stanceSubject: (stance: Stance) => string;
}

const POSITION_WORDS: Record<Stance['position'], string> = {
  supports: 'supporting',
  opposes: 'opposing',
  mixed: 'mixed on',
  other: 'taking a position on',
};

const NOTHING = 'Bevan’s data records no votes or stances of yours on this.';

/** A voting summary's reading, addressed to the MP: "you voted for in 6 of 8 votes…". */
function yourReading(record: VotingRecord): string {
  const reading = plainReading(tally(record), 'mp');
  return reading.startsWith('Voted ') ? `you voted ${reading.slice('Voted '.length)}` : reading;
}

export function mpRecordText(facts: MpRecordFacts): string {
  const policyById = new Map(facts.policies.map((policy) => [policy.id, policy]));
  const lines = [
    ...facts.divisionVotes.map(
      (vote) => `- ${vote.title}, ${formatDate(vote.date)}: ${vote.words} (UK Parliament: ${vote.url})`,
    ),
    ...facts.votingRecords.map((record) => {
      const policy = policyById.get(record.policyId);
      const years = record.fromYear === record.toYear ? `${record.fromYear}` : `${record.fromYear}–${record.toYear}`;
      const about = policy ? `On ${policy.description}` : `On policy ${record.policyId}`;
      return `- ${about}, ${years}: ${yourReading(record)} (TheyWorkForYou: ${record.sources[0].url})`;
    }),
    ...facts.stances.map(
      (stance) =>
        `- Recorded by campaigners as ${POSITION_WORDS[stance.position]} ${facts.stanceSubject(stance)}, ${formatDate(stance.date)} (${stance.sources[0].url})`,
    ),
  ];
  return lines.length ? lines.join('\n') : NOTHING;
}
