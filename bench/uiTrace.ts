// Main-thread task durations of a page, from a Chromium trace recorded through the DevTools
// protocol: unlike the Long Tasks API (which sees nothing under 50 ms), it times every task, so
// bench:ui can say how far under the budget the longest one is.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace categories with the renderer's top-level task events (RunTask) and thread names. */
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];

/** Starts recording; `stop()` ends it and returns every main-thread task's duration in ms. */
export async function startTaskTrace(cdp: CDPSession): Promise<{ stop(): Promise<number[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve())); // prettier-ignore
      await cdp.send('Tracing.end');
      await done;
      return mainThreadTasks(events);
    },
  };
}

/** Durations (ms) of the top-level tasks on renderer main threads (CrRendererMain). */
export function mainThreadTasks(events: readonly TraceEvent[]): number[] {
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        main.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => (e.dur ?? 0) / 1000);
}
