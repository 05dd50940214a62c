/**
 * The annotator's stand-in for WXT's `ContentScriptContext`, swapped in for
 * this entrypoint alone by wxt.config.ts.
 *
 * WXT's context announces each start with a DOM event and makes its own
 * listeners, timers and location watcher: about 0.4 ms on every news page,
 * measured with performance marks (0.3 ms of it the event). The annotator uses
 * one thing from it, `onInvalidated`: when Bevan is started again in a page
 * (a site switched back on), the Bevan before it stops. Both run in the
 * extension's isolated world of that page, so a global hands over.
 */
export class ContentScriptContext {
  private readonly stops: (() => void)[] = [];

  constructor(_name?: string, _options?: unknown) {
    const scope = globalThis as { bevanStopEarlier?: () => void };
    scope.bevanStopEarlier?.();
    scope.bevanStopEarlier = () => {
      for (const stop of this.stops.splice(0)) stop();
    };
  }

  /** Calls `stop` when a newer Bevan starts in this page; returns a function that forgets it. */
  onInvalidated(stop: () => void): () => void {
    this.stops.push(stop);
    return () => {
      const index = this.stops.indexOf(stop);
      if (index !== -1) this.stops.splice(index, 1);
    };
  }
}
