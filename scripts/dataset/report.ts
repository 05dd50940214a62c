/**
 * The build report: everything the pipeline changes, drops or cannot decide is
 * recorded here by the stage that did it, and printed at the end (see
 * print-report.ts), so that nothing happens silently. One report is made per
 * build and passed through every stage.
 */

export class BuildError extends Error {}

/** Stops the build: the sources are missing, malformed or contradict each other. */
export function fail(message: string): never {
  throw new BuildError(message);
}

export class BuildReport {
  /** What was left out and why, in the order the stages met it. */
  readonly dropped: string[] = [];
  /** Decisions worth a reader's eye (a value resolved, shortened or chosen between two). */
  readonly notes: string[] = [];
  /** Counters, keyed by what they count. */
  readonly tally = new Map<string, number>();
  /** Constituency names whose capitals were changed, with how often ("A → B" → n). */
  readonly respelled = new Map<string, number>();
  /** Per-stage listings, one line each: bill stage labels split into stage and outcome, divisions, dispute events. */
  readonly stageSplits: string[] = [];
  readonly divisions: string[] = [];
  readonly disputeEvents: string[] = [];
  /** GE 2010 winners that parlparse does not have, taken from the GE file instead. */
  missing2010 = 0;

  drop(what: string, why: string): void {
    this.dropped.push(`${what}: ${why}`);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  count(key: string, by = 1): void {
    this.tally.set(key, (this.tally.get(key) ?? 0) + by);
  }
}

/** Zod issues as a readable list, naming the record (its id) where the path points into `data`. */
export function formatIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  data?: unknown,
): string {
  return (
    issues
      .slice(0, 50)
      .map((issue) => {
        const where = issue.path.map(String).join('.');
        // Name the record (its id) as well as the array position.
        let record = '';
        if (data && typeof data === 'object' && issue.path.length >= 2) {
          const list: unknown = (data as Record<string, unknown>)[String(issue.path[0])];
          const item: unknown = Array.isArray(list) ? list[Number(issue.path[1])] : undefined;
          if (item && typeof item === 'object' && 'id' in item) record = ` (id ${String(item.id)})`;
        }
        return `  - ${where}${record}: ${issue.message}`;
      })
      .join('\n') + (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '')
  );
}
