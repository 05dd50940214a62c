/**
 * The matcher as the data stands now. Every open tab asks for it: the names are built once per change of the data,
 * and each article date's packed matcher once. Campaigners' edits (`invalidate`) and data packs (which bump the data
 * revision: utils/data/data-revision.ts) make it stale.
 */
import { storedBundledVersion } from '../data/bundled';
import type { BevanDb } from '../data/db';
import { readDataRevision } from '../data/data-revision';
import { getMatcherSpec } from '../data/queries';
import { packCues, packMatcher } from '../matching/pack';
import type { MatcherSpec } from '../matching/matcher-spec';
import type { PackedCues, PackedMatcher } from './requests';

/** Most tabs read today's news: a few dates cover nearly every request. */
const DATES_KEPT = 16;

export interface MatcherCache {
  cues(): Promise<PackedCues>;
  packed(articleDate: string): Promise<PackedMatcher>;
  /** The data changed: build again when next asked. */
  invalidate(): void;
}

export function createMatcherCache(database: () => Promise<BevanDb>): MatcherCache {
  let spec: Promise<MatcherSpec> | null = null;
  let packedCues: PackedCues | null = null;
  const packedByDate = new Map<string, PackedMatcher>();
  let edits = 0;
  // The data revision the cached matcher was built from.
  let builtFromRevision = 0;
  const invalidate = () => {
    edits++;
    spec = null;
    packedByDate.clear();
  };
  const currentSpec = async (): Promise<MatcherSpec> => {
    const revision = await readDataRevision(await database());
    if (revision !== builtFromRevision) {
      builtFromRevision = revision;
      invalidate();
    }
    return (spec ??= database().then(async (db) => getMatcherSpec(db, `${await storedBundledVersion(db)}+${edits}`)));
  };
  return {
    invalidate,
    async cues() {
      const current = await currentSpec();
      if (packedCues?.version !== current.version) packedCues = packCues(current);
      return packedCues;
    },
    async packed(articleDate) {
      const current = await currentSpec();
      let packed = packedByDate.get(articleDate);
      if (!packed) {
        packed = packMatcher(current, articleDate);
        if (packedByDate.size >= DATES_KEPT) packedByDate.delete(packedByDate.keys().next().value!);
        packedByDate.set(articleDate, packed);
      }
      return packed;
    },
  };
}
