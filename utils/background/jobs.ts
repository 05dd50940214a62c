/**
 * Work the background repeats on a timer (refreshing news feeds, subscribed
 * data packs). MV3 service workers sleep: an alarm, not setInterval, wakes
 * them. Each job names its alarm, how often it runs, and what it does.
 */
import { browser } from 'wxt/browser';

export interface BackgroundJob {
  alarm: string;
  /** Minutes between runs; read at start-up, so a changed setting applies from the next start (or `reschedule`). */
  periodMinutes(): Promise<number>;
  run(): Promise<void>;
  /** Anything to do each time the service worker starts. */
  start?(): Promise<void>;
}

export async function scheduleJob(job: BackgroundJob): Promise<void> {
  const periodInMinutes = await job.periodMinutes();
  const existing = await browser.alarms.get(job.alarm);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(job.alarm, { periodInMinutes, delayInMinutes: existing ? periodInMinutes : 1 });
}

/** Schedules every job and runs each when its alarm fires; a failing run is logged, never thrown. */
export function startJobs(jobs: readonly BackgroundJob[]): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    const job = jobs.find((candidate) => candidate.alarm === alarm.name);
    job?.run().catch((error: unknown) => console.error(`Bevan: ${job.alarm} failed`, error));
  });
  for (const job of jobs) {
    scheduleJob(job).catch((error: unknown) => console.error(`Bevan: could not schedule ${job.alarm}`, error));
    job.start?.().catch((error: unknown) => console.error(`Bevan: ${job.alarm} could not start`, error));
  }
}
