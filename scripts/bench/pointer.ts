/** Hit-testing: what each pointer move over the 5 MB article costs Bevan and the browser. */
import type { Page } from 'playwright-core';
import { listMentions } from '../../tests/e2e/helpers/mentions';
import type { BevanBrowser } from '../chromium';
import { probeCode, twoFrames, type Probe } from './page';
import { median, met, ms, percentile, spread, sum, type SummaryRow } from './stats';
import { cpuByName, isBevans, pageThread, traced, within, type TraceEvent } from './trace';

/** What a hit test may spend its time on, inside Bevan's call. */
const POINTER_PARTS = ['HitTest', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'MajorGC', 'MinorGC'];
/** The depths of the page (fractions of its height) the pointer moves at. */
const DEPTHS = [0.1, 0.3, 0.5, 0.7, 0.9];

export interface PointerCosts {
  /** Bevan's script per pointer move: its pointermove listener and its hit test in the next frame (wall, CPU). */
  bevanMs: number[];
  bevanCpuMs: number[];
  /** The browser's own hit tests for the same move (to find the event's target and hover), Bevan's left out. */
  browserMs: number[];
  moves: number;
  /** What Bevan's calls in the slowest tenth of moves went on (CPU ms, summed). */
  slowest: string;
  /** In the page, without Bevan's code: the parts of its hit test, timed one call at a time. */
  probe: { caret: number[]; element: number[]; caretAndBoxes: number[]; boxes: number[] };
}

/**
 * Pointer moves over the 5 MB article, dispatched by the DevTools protocol as a mouse would, at five depths of the
 * page: half over mentions, half anywhere. Bevan's share is read from Chromium's trace: its content script's calls
 * in the window after each move.
 */
export async function measurePointer(tab: Page, bevan: BevanBrowser): Promise<PointerCosts> {
  const { events, points } = await movePointer(tab, bevan);
  const costs = costsFromTrace(events);
  return { ...costs, probe: await probePointing(tab, points) };
}

/** Moves the pointer, traced, and returns the trace and the points moved to at each depth. */
async function movePointer(tab: Page, bevan: BevanBrowser) {
  const cdp = await tab.context().newCDPSession(tab);
  const points: [number, number][][] = [];
  const { events } = await traced(tab, async () => {
    for (const depth of DEPTHS) {
      await tab.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), depth);
      await twoFrames(tab);
      const onScreen = (await listMentions(bevan, tab)).filter(
        (mention) => mention.rect.y > 0 && mention.rect.y + mention.rect.height < 900,
      );
      const here: [number, number][] = [];
      for (let index = 0; index < 20; index++) {
        const mention = onScreen[index % Math.max(onScreen.length, 1)];
        here.push(
          index % 2 === 0 && mention
            ? [mention.rect.x + mention.rect.width / 2, mention.rect.y + mention.rect.height / 2]
            : [40 + ((index * 211) % 1100), 20 + ((index * 137) % 860)],
        );
      }
      for (const [x, y] of here) {
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
        await twoFrames(tab);
      }
      points.push(here);
    }
  });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 0, y: 0 });
  await cdp.detach();
  return { events, points };
}

/** Bevan's and the browser's time after each move, and what the slowest tenth of moves went on. */
function costsFromTrace(events: TraceEvent[]): Omit<PointerCosts, 'probe'> {
  const thread = pageThread(events);
  const moves = thread.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'pointermove');
  const bevanCalls = thread.filter(isBevans);
  const hitTests = thread.filter(
    (event) => event.name === 'HitTest' && !bevanCalls.some((call) => within(call, event)),
  );
  const costs = { bevanMs: [] as number[], bevanCpuMs: [] as number[], browserMs: [] as number[] };
  const callsByMove: TraceEvent[][] = [];
  moves.forEach((move, index) => {
    // Up to the next move, and not past 100 ms: the scroll to the next depth comes later than that.
    const end = Math.min(moves[index + 1]?.ts ?? Infinity, move.ts + 100_000);
    const inWindow = (event: TraceEvent) => event.ts >= move.ts && event.ts < end;
    const calls = bevanCalls.filter(inWindow);
    callsByMove.push(calls);
    costs.bevanMs.push(sum(calls.map((call) => call.dur ?? 0)) / 1000);
    costs.bevanCpuMs.push(sum(calls.map((call) => call.tdur ?? call.dur ?? 0)) / 1000);
    costs.browserMs.push(sum(hitTests.filter(inWindow).map((event) => event.dur ?? 0)) / 1000);
  });
  const slowCalls = callsByMove
    .map((calls, index) => ({ calls, ms: costs.bevanMs[index] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.ceil(moves.length / 10))
    .flatMap(({ calls }) => calls);
  const slowParts: Record<string, number> = {};
  for (const call of slowCalls)
    for (const [part, cpu] of Object.entries(cpuByName(thread, call, POINTER_PARTS)))
      slowParts[part] = (slowParts[part] ?? 0) + cpu;
  const slowCpu = sum(slowCalls.map((call) => call.tdur ?? call.dur ?? 0)) / 1000;
  const inside = Object.entries(slowParts).map(([part, cpu]) => `${part} ${ms(cpu)}`);
  const slowest = `${ms(sum(slowCalls.map((call) => call.dur ?? 0)) / 1000)} in ${slowCalls.length} calls (CPU ${ms(slowCpu)}), of which traced inside them: ${inside.join(', ') || 'nothing'}`;
  return { ...costs, moves: moves.length, slowest };
}

/** The same points again, without tracing, timed in the page: what each part of a hit test costs on this page. */
async function probePointing(tab: Page, points: [number, number][][]): Promise<PointerCosts['probe']> {
  await tab.evaluate(probeCode);
  const probes = [];
  for (const [index, depth] of DEPTHS.entries()) {
    await tab.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), depth);
    await twoFrames(tab);
    probes.push(
      await tab.evaluate(
        (here) => (globalThis as unknown as { bevanProbe: Probe }).bevanProbe.pointing(here),
        points[index],
      ),
    );
  }
  return {
    caret: probes.flatMap((probe) => probe.caret),
    element: probes.flatMap((probe) => probe.element),
    caretAndBoxes: probes.flatMap((probe) => probe.caretAndBoxes),
    boxes: probes.flatMap((probe) => probe.boxes),
  };
}

export function pointerSummary(pointer: PointerCosts): SummaryRow[] {
  const pointerP95 = percentile(pointer.bevanMs, 95);
  const pointerCpuP95 = percentile(pointer.bevanCpuMs, 95);
  return [
    [
      '5 MB article, Bevan per pointer move',
      `p95 ${ms(pointerP95)} (CPU ${ms(pointerCpuP95)}), median ${ms(median(pointer.bevanMs))}, over ${pointer.bevanMs.length} moves (target p95 ≤ 0.5 ms: ${met(pointerP95 <= 0.5)})`,
    ],
    [
      '5 MB article, the browser per move',
      `its own hit tests p95 ${ms(percentile(pointer.browserMs, 95))}, median ${ms(median(pointer.browserMs))}; in the page, one call each: caretPositionFromPoint ${spread(pointer.probe.caret)}; elementFromPoint ${spread(pointer.probe.element)}; caret + a range's boxes ${spread(pointer.probe.caretAndBoxes)}; a range's boxes alone ${spread(pointer.probe.boxes)}`,
    ],
    ["5 MB article, Bevan's slowest tenth of moves", pointer.slowest],
  ];
}
