/**
 * Stage 3, constituencies: one spelling per seat name. The GE file spells some
 * seats with odd capitals ("Stoke-On-Trent Central"). Where the same name
 * appears with other capitals elsewhere, use the current (Members API)
 * spelling, else the GE 2024 one, else parlparse's. Only case differences are
 * merged; nothing else about a name is changed.
 */
import { GE_2024 } from './constants';
import type { BuildReport } from './report';
import type { Sources } from './sources';
import { plain } from './text';

/** Returns the seat-name speller; each name it changes is counted in `report.respelled`. */
export function constituencies(
  sources: Pick<Sources, 'currentMps' | 'geWinners' | 'parlparse'>,
  report: BuildReport,
): (raw: string) => string {
  const preferredSpelling = new Map<string, string>();
  const prefer = (name: string) => {
    const key = name.toLowerCase();
    if (!preferredSpelling.has(key)) preferredSpelling.set(key, name);
  };
  sources.currentMps.forEach((row) => prefer(plain(row.pcon_name)));
  sources.geWinners.filter((row) => row.election_date === GE_2024).forEach((row) => prefer(plain(row.constituency)));
  sources.parlparse.forEach((row) => prefer(plain(row.constituency)));
  return (raw) => {
    const name = plain(raw);
    const spelling = preferredSpelling.get(name.toLowerCase()) ?? name;
    if (spelling !== name) {
      const change = `${name} → ${spelling}`;
      report.respelled.set(change, (report.respelled.get(change) ?? 0) + 1);
    }
    return spelling;
  };
}
