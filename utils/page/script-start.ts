/**
 * When a Bevan script in a page began to run. Imported first, so that the time
 * spent evaluating Bevan's own modules counts in the script time it publishes.
 * Each script in the page (the content script, the page reader) has its own.
 */
export const scriptStart = performance.now();
