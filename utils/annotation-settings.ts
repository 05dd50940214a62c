/** How Bevan annotates pages: settings the reader changes on the options page. */
import { DEFAULT_MAX_MENTIONS_PER_ENTITY } from './annotation-defaults';
import { z } from './data/zod';

export const AnnotationSettings = z.object({
  /** Most mentions of one MP, bill or the dispute that are underlined on a page; the rest stay plain. */
  maxMentionsPerEntity: z.int().check(z.minimum(1), z.maximum(50)),
});
export type AnnotationSettings = z.infer<typeof AnnotationSettings>;

export const DEFAULT_ANNOTATION_SETTINGS: AnnotationSettings = {
  maxMentionsPerEntity: DEFAULT_MAX_MENTIONS_PER_ENTITY,
};
