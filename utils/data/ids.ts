/** Ids that code refers to by name; kept apart from schema.ts so that the content script loads no schema code. */
export const DISPUTE_ID = 'junior-doctors-dispute';
