/**
 * Stage 4, parties: one spelling per party. The GE file's names are the
 * reference; parlparse's abbreviations are expanded to them, and the GE
 * file's blanks (the Speaker, independents) are filled from its own flags.
 */
import { fail, type BuildReport } from './report';
import type { Row, Sources } from './sources';
import { plain } from './text';

// parlparse abbreviations, expanded to the GE file's own spellings.
const PARLPARSE_PARTIES: Record<string, string> = {
  Con: 'Conservative',
  Lab: 'Labour',
  LDem: 'Liberal Democrat',
  SNP: 'Scottish National Party',
  PC: 'Plaid Cymru',
  DUP: 'Democratic Unionist Party',
  SDLP: 'Social Democratic & Labour Party',
  SF: 'Sinn Féin',
  UKIP: 'UK Independence Party',
  Green: 'Green Party',
  Alliance: 'Alliance',
  Ind: 'Independent',
  Res: 'Respect',
  SPK: 'Speaker',
};

export type Parties = {
  /** A GE winner's party, or null when the file gives none and none can be derived. */
  geParty: (row: Row<'geWinners'>) => string | null;
  /** A parlparse abbreviation spelled out, or undefined when unknown. */
  parlparseParty: (abbreviation: string) => string | undefined;
};

export function parties(sources: Pick<Sources, 'geWinners'>, report: BuildReport): Parties {
  const geSpellings = new Set(sources.geWinners.map((row) => plain(row.party)).filter((p) => p !== ''));
  for (const [abbrev, name] of Object.entries(PARLPARSE_PARTIES)) {
    // Independent, Respect and Speaker have no spelling in the GE file (it leaves those blank).
    if (!['Ind', 'Res', 'SPK'].includes(abbrev) && !geSpellings.has(name)) {
      fail(`parlparse party ${abbrev} → "${name}" is not spelled that way in the GE file`);
    }
  }
  return { geParty: (row) => geParty(row, report), parlparseParty: (abbreviation) => PARLPARSE_PARTIES[abbreviation] };
}

/**
 * The GE file leaves `party` empty for the Speaker and for independents; its
 * own `is_speaker` flag and `result_summary` ("Ind gain from Lab") say which.
 * Labour and Co-operative members are written "Labour (Co-op)", as the
 * Members API writes them.
 */
function geParty(row: Row<'geWinners'>, report: BuildReport): string | null {
  let party = plain(row.party);
  if (party === '') {
    if (row.is_speaker === 'true') party = 'Speaker';
    else if (/^Ind\b/.test(row.result_summary)) party = 'Independent';
    else return null;
    report.count(`GE party from ${party === 'Speaker' ? 'is_speaker' : 'result_summary'}`);
  }
  return row.adjunct_party === 'Co-operative' ? `${party} (Co-op)` : party;
}
