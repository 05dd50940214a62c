// Chromium's trace: where a long task's time goes, and Bevan's own calls, measured by the browser itself.
import type { Page } from 'playwright-core';
import { CONTENT_SCRIPT, PAGE_READER_SCRIPT } from './options';
import { ms } from './stats';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function traced<T>(tab: Page, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await tab.context().newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    return { result: await work(), events };
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}

/** The page's main thread: of the renderers' main threads, the one that ran longest. */
export function pageThread(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf),
  );
  const busy = new Map<string, number>();
  for (const event of events)
    if (event.name === 'RunTask' && mains.has(threadOf(event)))
      busy.set(threadOf(event), (busy.get(threadOf(event)) ?? 0) + (event.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((event) => threadOf(event) === main && event.ph === 'X').sort((a, b) => a.ts - b.ts);
}
const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;
/** A call into Bevan's scripts in the page: the content script, or the page reader (which draws and points too). */
export const isBevans = (event: TraceEvent) =>
  event.name === 'FunctionCall' &&
  [CONTENT_SCRIPT, PAGE_READER_SCRIPT].some((script) => !!event.args?.data?.url?.endsWith(`/${script}`));
export const within = (outer: TraceEvent, inner: TraceEvent) =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/** CPU time (ms) of the events of each name within `span`, nested ones of the same name counted once. */
export function cpuByName(thread: TraceEvent[], span: TraceEvent, parts: string[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const part of parts) {
    let end = -1;
    for (const event of thread) {
      const named = part === 'Bevan' ? isBevans(event) : event.name === part;
      if (!named || event === span || !within(span, event) || event.ts < end) continue;
      end = event.ts + (event.dur ?? 0);
      totals[part] = (totals[part] ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000;
    }
  }
  return totals;
}

const TASK_PARTS = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Bevan', 'MajorGC', 'MinorGC'];

/** The tasks over 50 ms on the page's thread. */
const tracedLongTasks = (events: TraceEvent[]) =>
  pageThread(events).filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000);

/**
 * How many tasks ran over 50 ms, and how many of them used over 50 ms of CPU: on a busy machine a task's time
 * includes waits for a core, which its CPU time does not.
 */
export function countTracedTasks(events: TraceEvent[]): string {
  const tasks = tracedLongTasks(events);
  return `${tasks.length} (${tasks.filter((task) => (task.tdur ?? 0) > 50_000).length} over 50 ms of CPU)`;
}

/** The tasks over 50 ms on the page's thread, with their CPU time and what it went on. */
export function describeTracedTasks(events: TraceEvent[]): string[] {
  const thread = pageThread(events);
  return tracedLongTasks(events).map((task) => {
    const parts = Object.entries(cpuByName(thread, task, TASK_PARTS))
      .filter(([, cpu]) => cpu >= 1)
      .map(([name, cpu]) => `${name} ${cpu.toFixed(0)}`)
      .join(', ');
    return `${ms((task.dur ?? 0) / 1000)} (CPU ${ms((task.tdur ?? 0) / 1000)}: ${parts})`;
  });
}

/**
 * Frames that repainted the whole page: a PrePaint of 5 ms or more of CPU. On the 5 MB article a change to any
 * highlight costs one (Chromium invalidates the whole page's paint for it), so their number is what drawing costs.
 */
export function wholePageRepaints(events: TraceEvent[], after: number): number[] {
  const thread = pageThread(events);
  return thread
    .filter((event) => event.name === 'PrePaint' && event.ts > after && (event.tdur ?? 0) >= 5000)
    .map((event) => (event.tdur ?? 0) / 1000);
}
