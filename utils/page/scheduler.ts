/**
 * When the annotator's slices run: in idle time, so that the page stays responsive, the first at once (most pages
 * need only one).
 */

/** Runs `work` in an idle callback, or once `timeoutMs` have passed without one. */
export const idleSchedule = (work: () => void, timeoutMs = 200) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 0);
};

/**
 * How long the first look waits after DOMContentLoaded for the page's thread to be idle. Right after it the page is
 * still laid out and painted, and the same first look took longer there: 4.0 against 2.2 ms of script, median of 44
 * saved pages, loaded alternately. Long enough for a page's first frame, short enough that a busy page is read
 * within a second.
 */
export const FIRST_LOOK_WAIT_MS = 500;

/**
 * A schedule whose first slice runs at once, in the caller's task, and the rest as `then` runs them. On most pages
 * the first slice is the only one, and an idle callback would add its own cost and a wait to it.
 */
export function firstAtOnce(then: (work: () => void) => void = idleSchedule): (work: () => void) => void {
  let started = false;
  return (work) => {
    if (started) return then(work);
    started = true;
    work();
  };
}
