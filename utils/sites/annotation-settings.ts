/** How Bevan annotates pages: settings the reader changes on the options page. */
import { z } from '../data/zod';
import { MENTIONS_PER_ENTITY } from './mention-cap';

export const AnnotationSettings = z.object({
  /** Most mentions of one MP, bill or the dispute that are underlined on a page; the rest stay plain. */
  maxMentionsPerEntity: z.int().check(z.minimum(MENTIONS_PER_ENTITY.min), z.maximum(MENTIONS_PER_ENTITY.max)),
});
export type AnnotationSettings = z.infer<typeof AnnotationSettings>;

/** Unless the reader chose otherwise, five mentions of each. */
export const DEFAULT_ANNOTATION_SETTINGS: AnnotationSettings = { maxMentionsPerEntity: 5 };
