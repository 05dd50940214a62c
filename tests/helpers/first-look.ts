/** The first look at a page as one answer, for tests: the scanners `runsAtCues` starts from, run over a whole text. */
import { anyCaseBillScanner, cueScanner, disputeScanner } from '@/utils/matching/first-look';
import type { CompiledMatcher } from '@/utils/matching/packed-format';

/**
 * Whether a text may name an MP, a bill or the dispute: false means that
 * annotating it would find nothing, so a page can be passed over after one
 * look at its whole text (`textContent`, which joins blocks with no space
 * between them). It may say true when there is nothing (a "John Smiley" for
 * "John Smith"); it never says false when there is something. Where MPs are
 * not annotated (`allowPeople` false), only bills and the dispute count.
 */
export function mayName(matcher: CompiledMatcher, text: string, allowPeople = true): boolean {
  return (
    disputeScanner(matcher.cues, text)(0) >= 0 ||
    anyCaseBillScanner(matcher.cues, text)(0) >= 0 ||
    cueScanner(matcher.cues, text, () => allowPeople)(0, text.length) >= 0
  );
}
