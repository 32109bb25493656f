// Tests of the sequence task's series: the generators against their formulas (Mackey–Glass against
// an independent Euler integration), noise and seeds, and the windows: indices, targets, the
// train/test split, scaling by the training part only, the error messages and the scores.

import { describe, expect, it } from 'vitest';
import {
  generateSeries,
  mackeyGlass,
  makeWindows,
  mse,
  persistenceMse,
  unscale,
  type GeneratedSeries,
} from '../../../../workers/ml/sequence/series';

const mean = (v: ArrayLike<number>): number => Array.from(v).reduce((s, x) => s + x, 0) / v.length;
const std = (v: ArrayLike<number>): number => {
  const m = mean(v);
  return Math.sqrt(Array.from(v).reduce((s, x) => s + (x - m) ** 2, 0) / v.length);
};
/** 0, 1, …, 9. */
const ramp = Float64Array.from({ length: 10 }, (_, t) => t);
/** Values at indices ≡ r (mod 12). */
const month = (v: Float64Array, r: number): number[] =>
  Array.from(v).filter((_, t) => t % 12 === r);

/**
 * Mackey–Glass by forward Euler with `perUnit` steps per time unit, the delayed value read exactly
 * from the grid (17·perUnit steps back): written apart from the module's Runge–Kutta.
 */
function eulerMackeyGlass(length: number, transient: number, perUnit: number): number[] {
  const dt = 1 / perUnit;
  const lag = 17 * perUnit;
  const steps = (transient + length - 1) * perUnit;
  const x = new Float64Array(steps + 1);
  x[0] = 1.2;
  for (let n = 0; n < steps; n++) {
    const d = n < lag ? 1.2 : x[n - lag]!;
    x[n + 1] = x[n]! + dt * ((0.2 * d) / (1 + d ** 10) - 0.1 * x[n]!);
  }
  return Array.from({ length }, (_, i) => x[(transient + i) * perUnit]!);
}

describe('generateSeries', () => {
  it('draws the sine sin(2πt/20)', () => {
    const s = generateSeries('sine', 40, 0, 1);
    expect(s.length).toBe(40);
    expect(s[0]).toBe(0);
    expect(s[3]).toBeCloseTo(0.8090169943749475, 14); // sin(3π/10) = (1 + √5)/4
    expect(s[5]).toBeCloseTo(1, 14);
    expect(s[15]).toBeCloseTo(-1, 14);
    expect(s[25]).toBeCloseTo(1, 14);
  });

  it('draws the damped oscillation exp(−t/150)·sin(2πt/25)', () => {
    const s = generateSeries('damped', 200, 0, 1);
    expect(s[0]).toBe(0);
    expect(s[5]).toBeCloseTo(0.9198771750289997, 14);
    expect(s[10]).toBeCloseTo(0.5498772092181804, 14);
    expect(s[30]).toBeCloseTo(0.7786592178060526, 14);
    expect(s[100]).toBeCloseTo(0, 14);
  });

  it('draws Mackey–Glass within (0.2, 1.5), aperiodic, the same for every seed', () => {
    const s = generateSeries('mackey-glass', 2000, 0, 1);
    expect(Math.min(...s)).toBeGreaterThan(0.2);
    expect(Math.max(...s)).toBeLessThan(1.5);
    // About 68 local maxima of heights from 0.97 to 1.32, hardly two alike; a periodic orbit
    // would repeat a few heights, and would return within 0.05 of itself after its period.
    const peaks: number[] = [];
    for (let t = 1; t < 1999; t++) if (s[t]! > s[t - 1]! && s[t]! > s[t + 1]!) peaks.push(s[t]!);
    expect(peaks.length).toBeGreaterThan(40);
    expect(Math.max(...peaks) - Math.min(...peaks)).toBeGreaterThan(0.25);
    expect(new Set(peaks.map((p) => p.toFixed(3))).size).toBeGreaterThanOrEqual(25);
    for (let period = 1; period <= 200; period++) {
      let far = 0;
      for (let t = 0; t + period < 2000; t++) far = Math.max(far, Math.abs(s[t + period]! - s[t]!));
      expect(far).toBeGreaterThan(0.05);
    }
    expect(Array.from(generateSeries('mackey-glass', 100, 0, 2))).toEqual(
      Array.from(s.slice(0, 100)),
    );
  });

  it('integrates Mackey–Glass as an independent Euler integration does', () => {
    // Euler's error is first order in dt: Richardson's 2·E(dt/2) − E(dt) cancels it, leaving O(dt²)
    // ≈ 1e-5 here; the module's RK4 error at dt = 0.1 is far smaller. Early samples only (a
    // transient of 50 units): chaos would amplify any difference later. A delay off by one RK step
    // (0.1 units) moves these samples by up to 4.5e-3; the half step without interpolation, 1.5e-3.
    const rk = mackeyGlass(20, 50);
    const coarse = eulerMackeyGlass(20, 50, 100);
    const fine = eulerMackeyGlass(20, 50, 200);
    for (let i = 0; i < 20; i++) {
      expect(Math.abs(rk[i]! - coarse[i]!)).toBeLessThan(2e-3);
      expect(Math.abs(rk[i]! - (2 * fine[i]! - coarse[i]!))).toBeLessThan(5e-5);
    }
    // The default transient is 300 time units: sample 0 of the series is x(300).
    expect(mackeyGlass(1)[0]).toBe(mackeyGlass(1, 300)[0]);
    expect(generateSeries('mackey-glass', 40, 0, 1)[0]).toBe(mackeyGlass(41, 299)[1]);
  });

  it('draws the seasonal temperature: a yearly cycle, a trend and AR(1) weather, seeded', () => {
    const a = generateSeries('seasonal', 2000, 0, 7);
    expect(Array.from(generateSeries('seasonal', 2000, 0, 7))).toEqual(Array.from(a));
    const b = generateSeries('seasonal', 2000, 0, 8);
    expect(a.some((v, t) => v !== b[t])).toBe(true);
    // July (t ≡ 6) is 16 °C warmer than January (t ≡ 0) on average.
    expect(mean(month(a, 6)) - mean(month(a, 0))).toBeGreaterThan(14);
    expect(mean(month(a, 6)) - mean(month(a, 0))).toBeLessThan(18);
    // The weather left after removing the formula: variance 1, lag-one correlation 0.6.
    const w = Array.from(a, (v, t) => v - 10 - 0.01 * t - 8 * Math.sin((2 * Math.PI * t) / 12 - Math.PI / 2)); // prettier-ignore
    expect(std(w)).toBeGreaterThan(0.9);
    expect(std(w)).toBeLessThan(1.1);
    const m = mean(w);
    let lag = 0;
    for (let t = 1; t < w.length; t++) lag += (w[t]! - m) * (w[t - 1]! - m);
    expect(lag / (w.length - 1) / std(w) ** 2).toBeCloseTo(0.6, 1);
    expect(mean(w)).toBeCloseTo(0, 0);
  });

  it('adds noise·std·N(0,1): none at 0, about 0.1·std at 0.1, seeded', () => {
    for (const name of ['sine', 'seasonal'] as GeneratedSeries[]) {
      const clean = generateSeries(name, 2000, 0, 3);
      const noisy = generateSeries(name, 2000, 0.1, 3);
      const diff = Array.from(noisy, (v, t) => v - clean[t]!);
      const expected = 0.1 * std(clean);
      expect(std(diff)).toBeGreaterThan(0.9 * expected);
      expect(std(diff)).toBeLessThan(1.1 * expected);
      expect(Math.abs(mean(diff))).toBeLessThan(0.1 * expected);
      expect(Array.from(generateSeries(name, 2000, 0.1, 3))).toEqual(Array.from(noisy));
      expect(generateSeries(name, 2000, 0.1, 4)[0]).not.toBe(noisy[0]);
    }
    expect(std(generateSeries('sine', 2000, 0, 3))).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('refuses lengths out of range and bad noise', () => {
    expect(() => generateSeries('sine', 39, 0, 1)).toThrow(
      'The series length must be a whole number from 40 to 2000, not 39.',
    );
    expect(() => generateSeries('sine', 2001, 0, 1)).toThrow('from 40 to 2000, not 2001');
    expect(() => generateSeries('sine', 40.5, 0, 1)).toThrow('not 40.5');
    expect(() => generateSeries('sine', 40, -0.1, 1)).toThrow('The noise must be a number ≥ 0, not -0.1.'); // prettier-ignore
    expect(() => generateSeries('sine', 40, NaN, 1)).toThrow('not NaN');
    expect(() => generateSeries('custom' as GeneratedSeries, 40, 0, 1)).toThrow(
      'There is no generator for the series "custom".',
    );
  });
});

describe('makeWindows', () => {
  it('cuts windows in time order with their targets horizon steps ahead', () => {
    const w = makeWindows(ramp, 3, 2, 0.5);
    expect(w.count).toBe(6);
    expect(w.trainCount).toBe(3);
    expect(Array.from(w.targetIndex)).toEqual([4, 5, 6, 7, 8, 9]);
    // Training windows read indices 0 … 6: min 0, max 6, so scaled = v/3 − 1.
    expect(w.scale).toEqual({ min: 0, max: 6 });
    const back = (v: number): number => Math.round(unscale(v, w.scale) * 1e9) / 1e9;
    expect(Array.from(w.inputs, back)).toEqual([0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7]); // prettier-ignore
    expect(Array.from(w.targets, back)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(w.targets[0]).toBeCloseTo(1 / 3, 12);
    expect(w.inputs[0]).toBe(-1);
    expect(w.scaled[6]).toBe(1);
    // The test part is not clipped: 9 maps to 2.
    expect(w.targets[5]).toBeCloseTo(2, 12);
    expect(w.scaled[9]).toBeCloseTo(2, 12);
  });

  it('scales by the values the training windows read, nothing else', () => {
    // window 2, horizon 5, 9 values: 3 windows, 2 train. The training windows read inputs 0 … 2
    // and targets 6, 7; index 3 (≥ 100) and index 8 are read by no training window.
    const v = Float64Array.from([1, 2, 3, 100, 4, 5, 6, -7, 50]);
    const w = makeWindows(v, 2, 5, 0.5);
    expect(w.count).toBe(3);
    expect(w.trainCount).toBe(2);
    expect(w.scale).toEqual({ min: -7, max: 6 });
    expect(w.scaled[8]).toBeCloseTo((2 * 57) / 13 - 1, 12);
    expect(w.targets[2]).toBeCloseTo((2 * 57) / 13 - 1, 12);
    expect(w.scaled[3]).toBeGreaterThan(1);
    for (let i = 0; i < v.length; i++)
      expect(unscale(w.scaled[i]!, w.scale)).toBeCloseTo(v[i]!, 10);
  });

  it('keeps at least 2 windows to train and 1 to test', () => {
    const trainCount = (ratio: number): number => makeWindows(ramp, 3, 2, ratio).trainCount;
    expect(trainCount(0.01)).toBe(2);
    expect(trainCount(0.4)).toBe(2); // round(2.4)
    expect(trainCount(0.7)).toBe(4); // round(4.2)
    expect(trainCount(0.75)).toBe(5); // round(4.5)
    expect(trainCount(0.99)).toBe(5); // round(5.94) = 6 leaves no test window
    const shortest = makeWindows(ramp.slice(0, 7), 3, 2, 0.9);
    expect([shortest.count, shortest.trainCount]).toEqual([3, 2]);
  });

  it('says when the series is too short', () => {
    expect(() => makeWindows(ramp.slice(0, 6), 3, 2, 0.8)).toThrow(
      'The series has 6 values: too short for windows of 3 and a forecast 2 ahead, with 2 ' +
        'training windows and a test window after them (that takes 7 values). Use a longer ' +
        'series or a shorter window.',
    );
    const short = Float64Array.from({ length: 23 }, (_, t) => t);
    expect(() => makeWindows(short, 12, 10, 0.8)).toThrow('The series has 23 values');
    expect(
      makeWindows(
        Float64Array.from({ length: 24 }, (_, t) => t),
        12,
        10,
        0.8,
      ).count,
    ).toBe(3);
  });

  it('refuses settings out of range, non-numbers and a constant training part', () => {
    expect(() => makeWindows(ramp, 1, 2, 0.5)).toThrow(
      'The window must be a whole number from 2 to 12, not 1.',
    );
    expect(() => makeWindows(ramp, 13, 2, 0.5)).toThrow('not 13');
    expect(() => makeWindows(ramp, 3, 0, 0.5)).toThrow(
      'The horizon must be a whole number from 1 to 10, not 0.',
    );
    expect(() => makeWindows(ramp, 3, 11, 0.5)).toThrow('not 11');
    expect(() => makeWindows(ramp, 3, 2, 1)).toThrow(
      'The training share must be between 0 and 1, not 1.',
    );
    expect(() => makeWindows(ramp, 3, 2, NaN)).toThrow('not NaN');
    expect(() => makeWindows(Float64Array.from([0, 1, NaN, 3, 4, 5, 6, 7]), 2, 1, 0.5)).toThrow(
      'Value 3 of the series is NaN, not a number.',
    );
    const flat = Float64Array.from([5, 5, 5, 5, 5, 5, 5, 9, 10, 11]);
    expect(() => makeWindows(flat, 3, 2, 0.5)).toThrow(
      'The training part of the series is constant (every value is 5): there is nothing to learn.',
    );
  });
});

describe('scores', () => {
  it('mse averages squared errors over [from, to)', () => {
    const pred = [1, 2, 3, 4];
    const targets = Float64Array.from([1, 0, 3, 0]);
    expect(mse(pred, targets, 1, 4)).toBeCloseTo(20 / 3, 14);
    expect(mse(pred, targets, 0, 1)).toBe(0);
    expect(mse(pred, targets, 0, 4)).toBe(5);
    expect(() => mse(pred, targets, 2, 2)).toThrow('0 ≤ from < to, not [2, 2)');
    expect(() => mse(pred, targets, 0, 5)).toThrow('there are 4 predictions and 4 targets');
  });

  it('persistence forecasts each window by its last value', () => {
    // t² for t = 0 … 7, window 2, horizon 1: 6 windows, 3 train reading indices 0 … 4, so
    // scaled = v/8 − 1; window k's last value is (k+1)², its target (k+2)²: error (2k+3)/8.
    const squares = Float64Array.from({ length: 8 }, (_, t) => t * t);
    const w = makeWindows(squares, 2, 1, 0.5);
    expect([w.count, w.trainCount]).toEqual([6, 3]);
    expect(w.scale).toEqual({ min: 0, max: 16 });
    expect(persistenceMse(w, 0, 3)).toBeCloseTo((9 + 25 + 49) / 64 / 3, 14);
    expect(persistenceMse(w, 3, 6)).toBeCloseTo((81 + 121 + 169) / 64 / 3, 14);
    // Horizon 2 on the ramp: every error is 2 steps of 1/3.
    expect(persistenceMse(makeWindows(ramp, 3, 2, 0.5), 0, 6)).toBeCloseTo(4 / 9, 14);
  });
});
