/**
 * The requests behind the popup's news and "pages you read" (issue 5), merged
 * into the one request table in utils/messages.ts.
 */
export const feedRequests = {} as const;
