/**
 * When the annotator's slices run: in idle time, so that the page stays responsive, the first at once (most pages
 * need only one).
 */

/** Runs `work` in an idle callback (soon, at the latest). */
export const idleSchedule = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 200 });
  else setTimeout(work, 0);
};

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
