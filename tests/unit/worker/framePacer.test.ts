// The pacer of page updates against a fake clock with 60 Hz frames: updates come after a frame,
// no more often than the interval, and the interval follows how long updates hold the frames up.
import { describe, expect, it } from 'vitest';
import {
  MAX_FLUSH_MS,
  MIN_FLUSH_MS,
  UPDATE_SHARE,
  framePacer,
  nextInterval,
  type FrameClock,
} from '../../../src/worker/framePacer';

const FRAME = 1000 / 60;

/**
 * A main thread: timers and frames run in time order; a frame comes every FRAME ms, or as soon as
 * the thread is free again when a task ran past it; idle callbacks run when nothing else is due.
 * A task's `cost` advances the clock.
 */
function fakeThread() {
  let t = 0;
  let nextFrame = FRAME;
  let id = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  let frames = new Map<number, (time: number) => void>();
  let idles: (() => void)[] = [];
  const clock: FrameClock = {
    now: () => t,
    frame: (cb) => (frames.set(++id, cb), id),
    cancelFrame: (i) => void frames.delete(i),
    idle: (cb) => void idles.push(cb),
    timer: (cb, ms) => (timers.set(++id, { at: t + ms, cb }), id) as never,
    cancelTimer: (i) => void timers.delete(i as unknown as number),
  };
  /** Runs everything due until `until`. */
  const runUntil = (until: number): void => {
    for (;;) {
      const due = [...timers].sort((a, b) => a[1].at - b[1].at)[0];
      const frameAt = frames.size ? Math.max(nextFrame, t) : Infinity;
      const at = Math.min(due ? due[1].at : Infinity, frameAt);
      // Idle: nothing else is due now.
      if (idles.length && at > t) {
        const now = idles;
        idles = [];
        for (const cb of now) cb();
        continue;
      }
      if (at > until) break;
      t = Math.max(t, at);
      if (due && due[1].at <= frameAt) {
        timers.delete(due[0]);
        due[1].cb();
      } else {
        const now = frames;
        frames = new Map();
        const time = t;
        for (const cb of now.values()) cb(time);
        while (nextFrame <= t) nextFrame += FRAME;
      }
    }
    t = Math.max(t, until);
    while (nextFrame <= t) nextFrame += FRAME;
  };
  return { clock, runUntil, advance: (ms: number) => (t += ms), now: () => t };
}

/** Requests a flush every 10 ms for `ms`; each flush holds the thread for `cost` ms. */
function drive(cost: number, ms: number, idle = true) {
  const th = fakeThread();
  const pacer = framePacer(idle ? th.clock : { ...th.clock, idle: null });
  const flushes: number[] = [];
  const flush = (): void => {
    flushes.push(th.now());
    th.advance(cost);
  };
  for (let at = 0; at < ms; at += 10) {
    th.runUntil(at);
    pacer(flush);
  }
  th.runUntil(ms);
  return { flushes, pacer };
}

describe('nextInterval', () => {
  it('makes the delay UPDATE_SHARE of the interval, within bounds', () => {
    expect(nextInterval(MIN_FLUSH_MS, 30)).toBeCloseTo(30 / UPDATE_SHARE);
    expect(nextInterval(MIN_FLUSH_MS, 1)).toBe(MIN_FLUSH_MS);
    expect(nextInterval(MIN_FLUSH_MS, 1000)).toBe(MAX_FLUSH_MS);
  });

  it('lengthens at once and shortens a quarter of the way per update', () => {
    expect(nextInterval(300, 0)).toBe(300 - (300 - MIN_FLUSH_MS) / 4);
    expect(nextInterval(150, 45)).toBeCloseTo(300);
  });
});

describe('framePacer', () => {
  it('flushes after frames, every MIN_FLUSH_MS when updates are cheap', () => {
    const { flushes, pacer } = drive(1, 2000);
    expect(pacer.interval()).toBe(MIN_FLUSH_MS);
    const gaps = flushes.slice(1).map((f, i) => f - flushes[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_FLUSH_MS);
    expect(Math.max(...gaps)).toBeLessThan(MIN_FLUSH_MS + 3 * FRAME);
    expect(flushes.length).toBeGreaterThan(15);
  });

  it('spaces costly updates so they take about UPDATE_SHARE of the time', () => {
    const cost = 40;
    const { flushes, pacer } = drive(cost, 4000);
    expect(pacer.interval()).toBeGreaterThan(200);
    const late = flushes.filter((f) => f > 2000);
    const share = (late.length * cost) / 2000;
    expect(share).toBeLessThan(UPDATE_SHARE * 1.3);
    expect(share).toBeGreaterThan(UPDATE_SHARE * 0.6);
  });

  it('never waits longer than MAX_FLUSH_MS (plus a frame) however costly the updates', () => {
    const { flushes, pacer } = drive(200, 6000);
    expect(pacer.interval()).toBe(MAX_FLUSH_MS);
    const gaps = flushes
      .slice(-5)
      .map((f, i, a) => (i ? f - a[i - 1]! : 0))
      .slice(1);
    for (const g of gaps) expect(g).toBeLessThan(MAX_FLUSH_MS + 200 + 2 * FRAME);
  });

  it('keeps the shortest interval where the browser has no idle callbacks', () => {
    const { flushes, pacer } = drive(40, 2000, false);
    expect(pacer.interval()).toBe(MIN_FLUSH_MS);
    expect(flushes.length).toBeGreaterThan(12);
  });

  it('flushes once for many requests, and on a timer when no frame comes', () => {
    const th = fakeThread();
    const pacer = framePacer({ ...th.clock, frame: () => 0 });
    let n = 0;
    pacer(() => n++);
    pacer(() => n++);
    th.runUntil(240);
    expect(n).toBe(0);
    th.runUntil(260);
    expect(n).toBe(1);
  });
});
