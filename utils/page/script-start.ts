/**
 * When the content script began to run. Imported first, so that the time spent
 * evaluating Bevan's own modules counts in the script time it publishes.
 */
export const scriptStart = performance.now();
