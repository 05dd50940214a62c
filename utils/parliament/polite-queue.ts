/**
 * Politeness towards one host: one request at a time, and no more than a budget of requests in any minute. A request
 * over the budget waits for the minute to pass rather than being refused: live facts refine a card that has already
 * painted, so late is better than never, and the host is spared.
 */

export interface PoliteQueueOptions {
  perMinute: number;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface PoliteQueue {
  /** Runs `task` when the host is free and the budget allows; tasks run in the order they were given. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

const MINUTE_MS = 60_000;

export function createPoliteQueue(options: PoliteQueueOptions): PoliteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  /** When each request of the last minute started. */
  const started: number[] = [];

  async function waitForBudget(): Promise<void> {
    for (;;) {
      const now = options.now();
      while (started.length && started[0] <= now - MINUTE_MS) started.shift();
      if (started.length < options.perMinute) {
        started.push(now);
        return;
      }
      await options.sleep(started[0] + MINUTE_MS - now);
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(async () => {
        await waitForBudget();
        return task();
      });
      // The next task waits for this one to settle, whether it worked or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
