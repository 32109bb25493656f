// When the page applies the worker's events: after an animation frame, and no more often than the
// machine can afford. Each update (the store's change, React's render, the charts' drawing, and
// the browser's style, layout and paint of the result) keeps the main thread busy; the pacer
// measures for how long (until the thread is next idle) and spaces the updates so that they take
// about UPDATE_SHARE of it. A fast machine gets ten updates a second; a slow classroom laptop
// fewer, and its page keeps animating and answering clicks while training.

/** Runs `flush` later, once for many calls. */
export type Scheduler = (flush: () => void) => void;

/** Shortest interval between two updates, in ms: what the eye follows. */
export const MIN_FLUSH_MS = 100;
/** Longest: even the slowest machine sees a few updates a second. */
export const MAX_FLUSH_MS = 400;
/** The share of the main thread's time that updates may take while training. */
export const UPDATE_SHARE = 0.15;
/** A hidden page has no frames: a timer flushes after this much waiting. */
const NO_FRAME_MS = 250;

/**
 * The next interval after an update that kept the main thread busy for `busyMs`: long enough that
 * this is UPDATE_SHARE of it, within the bounds. A longer interval is taken at once; a shorter one
 * is approached by a quarter of the way per update, so one quick update does not undo the pace.
 */
export function nextInterval(interval: number, busyMs: number): number {
  const want = Math.min(MAX_FLUSH_MS, Math.max(MIN_FLUSH_MS, busyMs / UPDATE_SHARE));
  return want >= interval ? want : interval + (want - interval) / 4;
}

/** The browser's clock, frames, idle callbacks and timers; a fake in unit tests. */
export interface FrameClock {
  now(): number;
  frame(callback: (time: number) => void): number;
  cancelFrame(id: number): void;
  /** Calls back when the main thread is next idle; null where the browser cannot tell (Safari). */
  idle: ((callback: () => void) => void) | null;
  timer(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  cancelTimer(id: ReturnType<typeof setTimeout>): void;
}

const browserClock: FrameClock = {
  now: () => performance.now(),
  frame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
  idle:
    typeof requestIdleCallback === 'function'
      ? (cb) => void requestIdleCallback(cb, { timeout: 2000 })
      : null,
  timer: (cb, ms) => setTimeout(cb, ms),
  cancelTimer: (id) => clearTimeout(id),
};

export interface FramePacer extends Scheduler {
  /** The current interval between updates, in ms. */
  interval(): number;
}

/**
 * The page's scheduler: `flush` runs in a task of its own just after an animation frame, at least
 * interval() after the last flush. Not inside the frame's callback: there, the update and the
 * browser's rendering of it made one long task; after the frame they are two. The time from the
 * flush to the thread's next idle moment (React's render, the charts' drawings and the frames
 * showing them all come first) sets the next interval; without idle callbacks it stays the
 * shortest.
 */
export function framePacer(clock: FrameClock = browserClock): FramePacer {
  let last = -Infinity;
  let pending = false;
  let interval = MIN_FLUSH_MS;

  const measure = (start: number): void => {
    clock.idle?.(() => {
      interval = nextInterval(interval, clock.now() - start);
    });
  };

  const schedule: Scheduler = (flush) => {
    if (pending) return;
    pending = true;
    let frame = 0;
    const run = (): void => {
      if (!pending) return;
      pending = false;
      clock.cancelTimer(timer);
      clock.cancelFrame(frame);
      last = clock.now();
      flush();
      measure(last);
    };
    const wait = Math.max(0, last + interval - clock.now());
    const onFrame = (): void => {
      frame = clock.frame(() => clock.timer(run, 0));
    };
    // Wait out the interval, then flush after the next frame; without frames, flush anyway.
    const timer = clock.timer(run, wait + NO_FRAME_MS);
    if (wait > 0) clock.timer(onFrame, wait);
    else onFrame();
  };
  return Object.assign(schedule, { interval: () => interval });
}
