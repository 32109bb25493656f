// Main-thread task durations of a page, from a Chromium trace recorded through the DevTools
// protocol: unlike the Long Tasks API (which sees nothing under 50 ms), it times every task, so
// bench:ui can say how far under the budget the longest one is.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time. */
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; nodeName?: string } };
}

/**
 * A main-thread task over the budget: when it began (ms, trace clock), its wall and thread times
 * (a thread waiting on others, or descheduled, shows as wall time over thread time) and what took
 * its time.
 */
export interface LongTask {
  startMs: number;
  ms: number;
  cpuMs: number;
  /** Its parts over 2 ms ("Layout 12.1", "FunctionCall(draw) 8.0"), in order. */
  parts: string[];
}

/** Trace categories with the renderer's top-level task events (RunTask) and thread names. */
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];
/** With `explain`: also the parts of each task (scripts, style, layout, paint). */
const EXPLAIN = ['devtools.timeline'];

/**
 * Starts recording; `stop()` ends it and returns every main-thread task's duration in ms, and
 * (with `explain`) the tasks over `explain` ms with their parts.
 */
export async function startTaskTrace(
  cdp: CDPSession,
  explain = 0,
): Promise<{ stop(): Promise<{ tasks: number[]; long: LongTask[]; startMs: number }> }> {
  const categories = explain ? [...CATEGORIES, ...EXPLAIN] : CATEGORIES;
  // The browser keeps the trace until the end: streamed while recording, it kept the harness
  // (on the same two cores) busy parsing events while the page was being measured.
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    traceConfig: { includedCategories: categories, recordMode: 'recordUntilFull' },
  });
  return {
    async stop() {
      const stream = new Promise<string>((resolve, reject) =>
        cdp.once('Tracing.tracingComplete', (e) =>
          e.stream ? resolve(e.stream) : reject(new Error('the trace came back without a stream')),
        ),
      );
      await cdp.send('Tracing.end');
      const events = await readTrace(cdp, await stream);
      const tasks = mainThreadTasks(events);
      return {
        tasks: tasks.map((e) => (e.dur ?? 0) / 1000),
        long: explain ? longTasks(events, tasks, explain) : [],
        // The first main-thread task of the trace: about when the scenario's own work began.
        startMs: tasks.length ? Math.min(...tasks.map((e) => e.ts)) / 1000 : 0,
      };
    },
  };
}

/** The events of a trace the browser returned as a stream. */
async function readTrace(cdp: CDPSession, handle: string): Promise<TraceEvent[]> {
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 22 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  const trace = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  return main;
}

/** The top-level tasks on renderer main threads (CrRendererMain). */
export function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const main = mainThreads(events);
  return events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      main.has(`${e.pid}:${e.tid}`),
  );
}

/** Names of events that only wrap others (their parts are listed instead). */
const WRAPPERS = /RunTask|v8\.callFunction|EventDispatch|TimerFire|OnHandleReady|Receive mojo|FireAnimationFrame|FireIdleCallback/; // prettier-ignore

/** The tasks over `overMs`, outermost only, with their parts. */
function longTasks(events: readonly TraceEvent[], tasks: TraceEvent[], overMs: number): LongTask[] {
  const main = mainThreads(events);
  const inner = events.filter(
    (e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 2000 && !WRAPPERS.test(e.name), // prettier-ignore
  );
  const long = tasks.filter((t) => (t.dur ?? 0) > overMs * 1000);
  const outer = long.filter(
    (t) => !long.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur!),
  );
  return outer.map((t) => ({
    startMs: t.ts / 1000,
    ms: t.dur! / 1000,
    cpuMs: (t.tdur ?? 0) / 1000,
    parts: inner
      .filter((e) => e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.pid === t.pid && e.tid === t.tid) // prettier-ignore
      .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur! / 1000).toFixed(1)}`), // prettier-ignore
  }));
}
