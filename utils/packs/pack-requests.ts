/**
 * The requests behind the campaigners' editor and data packs (issue 6),
 * merged into the one request table in utils/messages.ts. Every request that
 * reads or changes campaigner data is privileged: Bevan's own pages only.
 */
export const packRequests = {} as const;
