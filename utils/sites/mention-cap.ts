/**
 * The bounds of the reader's cap on underlined mentions of one MP, bill or the dispute per page: the settings schema,
 * the options form and the content script's own check of its start-up answer (which loads no zod) share them.
 */
export const MENTIONS_PER_ENTITY = { min: 1, max: 50 } as const;
