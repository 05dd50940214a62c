/** How many mentions of one entity are underlined on a page unless the reader chose otherwise (see annotation-settings.ts). */
export const DEFAULT_MAX_MENTIONS_PER_ENTITY = 5;
