/** Scrolling the 5 MB article: the time between frames of a scripted scroll. */
import type { Page } from 'playwright-core';
import { median, ms, percentile } from './stats';

/** How long a scripted scroll of the 5 MB article lasts, and how far it moves each frame. */
const SCROLL_MS = 3000;
const SCROLL_STEP_PX = 20;

/** A scripted scroll: `scrollBy` in each animation frame, and the time between frames from their timestamps. */
export async function scrollFrames(tab: Page): Promise<number[]> {
  // The reader's pointer rests on the article, as when scrolling with a wheel: Bevan then hit-tests as it scrolls.
  await tab.mouse.move(600, 450);
  return tab.evaluate(
    ([duration, step]) =>
      new Promise<number[]>((resolve) => {
        window.scrollTo(0, 0);
        const gaps: number[] = [];
        let first = 0;
        let last = 0;
        const frame = (now: number) => {
          if (last) gaps.push(now - last);
          else first = now;
          last = now;
          if (now - first >= duration) return resolve(gaps);
          window.scrollBy(0, step);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [SCROLL_MS, SCROLL_STEP_PX] as const,
  );
}

/** The frame gaps of several scrolls together: their p95, and a line describing them. */
export const scrollOf = (loads: { scrollGaps: number[] }[]) => {
  const gaps = loads.flatMap((load) => load.scrollGaps);
  return {
    p95: percentile(gaps, 95),
    text: `p95 ${ms(percentile(gaps, 95))}, median ${ms(median(gaps))}, ${gaps.filter((gap) => gap > 20).length} of ${gaps.length} frames over 20 ms`,
  };
};
