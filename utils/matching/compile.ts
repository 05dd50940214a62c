/** Both halves of matching at once, for tests and tools that hold the spec: the background's packing, the page's unpacking. */
import { unpackMatcher } from './find';
import type { MatcherSpec } from './matcher-spec';
import { packMatcher } from './pack';
import type { CompiledMatcher } from './packed-format';

/** Both halves at once, for tests and tools that hold the spec. */
export function compileMatcher(spec: MatcherSpec, articleDate: string): CompiledMatcher {
  return unpackMatcher(packMatcher(spec, articleDate));
}
