// The sequence task's data: the built-in time series (sine, damped oscillation, Mackey–Glass,
// seasonal temperature) and the windows the models learn from: `window` past values and the value
// `horizon` steps after them, split in time order into train and test, scaled to [−1, 1] by the
// training part alone.

import {
  HORIZON_LIMITS,
  SERIES_LIMITS,
  WINDOW_LIMITS,
  type SeriesName,
} from '../../../src/experiment/tasks/sequence/types';
import { createRng } from '../../sim/rng';

/** The series drawn by a generator (an imported one comes from `parseSeriesCsv`). */
export type GeneratedSeries = Exclude<SeriesName, 'custom'>;

/** Offset of the noise stream's seed from the seasonal weather's, so the two never coincide. */
const NOISE_SEED_OFFSET = 0x6a09e667;

/** sin(2π t / 20), t = 0, 1, 2, …: a period of 20 steps. */
export function sineValue(t: number): number {
  return Math.sin((2 * Math.PI * t) / 20);
}

/** exp(−t / 150) · sin(2π t / 25): a period of 25 steps whose amplitude halves every ~104 steps. */
export function dampedValue(t: number): number {
  return Math.exp(-t / 150) * Math.sin((2 * Math.PI * t) / 25);
}

/** The Mackey–Glass equation's constants (the chaotic regime of delay 17). */
export const MACKEY_GLASS = {
  beta: 0.2,
  gamma: 0.1,
  power: 10,
  delay: 17,
  /** x(t) for every t ≤ 0. */
  initial: 1.2,
  /** Integration steps per time unit (dt = 0.1). */
  stepsPerUnit: 10,
  /** Time units integrated and dropped before the first sample. */
  transient: 300,
} as const;

/**
 * The Mackey–Glass series: dx/dt = 0.2·x(t−17) / (1 + x(t−17)^10) − 0.1·x(t), x(t ≤ 0) = 1.2,
 * integrated with 4th-order Runge–Kutta at dt = 0.1. The delayed value at a step's start and end
 * is the stored one 170 steps back (1.2 before t = 0); at its half step, their mean (linear
 * interpolation). The first `transient` time units are dropped; then x(transient + i) for
 * i = 0 … length − 1, one per time unit. `transient` (a whole number) is there for tests.
 */
export function mackeyGlass(length: number, transient: number = MACKEY_GLASS.transient): number[] {
  const { beta, gamma, power, initial, stepsPerUnit } = MACKEY_GLASS;
  if (!Number.isInteger(transient) || transient < 0)
    throw new Error(`The transient must be a whole number of time units ≥ 0, not ${transient}.`);
  const dt = 1 / stepsPerUnit;
  const lag = MACKEY_GLASS.delay * stepsPerUnit;
  const steps = (transient + length - 1) * stepsPerUnit;
  const x = new Float64Array(steps + 1);
  x[0] = initial;
  const past = (i: number): number => (i < 0 ? initial : x[i]!);
  const slope = (now: number, delayed: number): number =>
    (beta * delayed) / (1 + delayed ** power) - gamma * now;
  for (let n = 0; n < steps; n++) {
    const xn = x[n]!;
    const start = past(n - lag);
    const end = past(n - lag + 1);
    const half = (start + end) / 2;
    const k1 = slope(xn, start);
    const k2 = slope(xn + (dt / 2) * k1, half);
    const k3 = slope(xn + (dt / 2) * k2, half);
    const k4 = slope(xn + dt * k3, end);
    x[n + 1] = xn + (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
  }
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(x[(transient + i) * stepsPerUnit]!);
  return out;
}

/**
 * Monthly mean temperature in °C, t = 0 a January: 10 + 0.01·t (a slow warming trend)
 * + 8·sin(2π t / 12 − π/2) (coldest in January, warmest in July) + w_t, the weather an AR(1)
 * process w_t = 0.6·w_{t−1} + 0.8·N(0, 1), w_0 drawn from its stationary law N(0, 1)
 * (variance 0.8² / (1 − 0.6²) = 1), seeded by `seed`. A stand-in for climate and crop-yield series.
 */
export function seasonalTemperature(length: number, seed: number): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  let weather = rng.normal();
  for (let t = 0; t < length; t++) {
    if (t > 0) weather = 0.6 * weather + 0.8 * rng.normal();
    out.push(10 + 0.01 * t + 8 * Math.sin((2 * Math.PI * t) / 12 - Math.PI / 2) + weather);
  }
  return out;
}

/** Population standard deviation. */
function standardDeviation(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - mean) ** 2;
  return Math.sqrt(sum / values.length);
}

/**
 * `length` values of the named series (see `sineValue`, `dampedValue`, `mackeyGlass`,
 * `seasonalTemperature`); `noise` (≥ 0) adds noise·std(clean series)·N(0, 1) per value, seeded
 * by `seed` (its stream apart from the seasonal weather's, so noise 0 gives the clean series).
 */
export function generateSeries(
  name: GeneratedSeries,
  length: number,
  noise: number,
  seed: number,
): Float64Array {
  const { minLength, maxLength } = SERIES_LIMITS;
  if (!Number.isInteger(length) || length < minLength || length > maxLength)
    throw new Error(
      `The series length must be a whole number from ${minLength} to ${maxLength}, not ${length}.`,
    );
  if (!Number.isFinite(noise) || noise < 0)
    throw new Error(`The noise must be a number ≥ 0, not ${noise}.`);
  let clean: ArrayLike<number>;
  switch (name) {
    case 'sine':
      clean = Array.from({ length }, (_, t) => sineValue(t));
      break;
    case 'damped':
      clean = Array.from({ length }, (_, t) => dampedValue(t));
      break;
    case 'mackey-glass':
      clean = mackeyGlass(length);
      break;
    case 'seasonal':
      clean = seasonalTemperature(length, seed);
      break;
    default:
      throw new Error(`There is no generator for the series "${String(name)}".`);
  }
  const values = Float64Array.from(clean);
  if (noise > 0) {
    const rng = createRng(seed + NOISE_SEED_OFFSET);
    const amplitude = noise * standardDeviation(clean);
    for (let t = 0; t < length; t++) values[t] = values[t]! + amplitude * rng.normal();
  }
  return values;
}

/** A series cut into forecasting windows, scaled to [−1, 1] by its training part. */
export interface Windows {
  window: number;
  horizon: number;
  /** count × window past values, window k at inputs[k·window … k·window + window − 1], oldest first, scaled. */
  inputs: Float64Array;
  /** The value `horizon` steps after each window's last value, scaled. */
  targets: Float64Array;
  count: number;
  /** Windows [0, trainCount) train, [trainCount, count) test: in time order, never shuffled across. */
  trainCount: number;
  /** Index in the series of each window's target. */
  targetIndex: Int32Array;
  /** The whole series, scaled the same way (the truth a forecast chart draws). */
  scaled: Float64Array;
  /** original = min + (scaled + 1)/2 · (max − min) */
  scale: { min: number; max: number };
}

/** Whether `v` is a whole number in [min, max]. */
const wholeIn = (v: number, { min, max }: { min: number; max: number }): boolean =>
  Number.isInteger(v) && v >= min && v <= max;

/**
 * Cuts `values` into windows: window k reads series indices k … k + window − 1 and its target is
 * the value at k + window − 1 + horizon; count = length − window − horizon + 1. The first
 * round(trainRatio·count) windows train (at least 2, and at least 1 is left to test), the rest
 * test. Scaling maps the min and max of the values the training windows read (their inputs and
 * targets, nothing later) to −1 and 1; test values may fall outside and are not clipped.
 * Throws an Error a student can read when the series is too short for 2 train windows and 1 test
 * window, when a setting is out of range, or when the training part is constant (a constant holds
 * nothing to learn, and scaling it would divide by zero).
 */
export function makeWindows(
  values: Float64Array,
  window: number,
  horizon: number,
  trainRatio: number,
): Windows {
  if (!wholeIn(window, WINDOW_LIMITS))
    throw new Error(
      `The window must be a whole number from ${WINDOW_LIMITS.min} to ${WINDOW_LIMITS.max}, not ${window}.`,
    );
  if (!wholeIn(horizon, HORIZON_LIMITS))
    throw new Error(
      `The horizon must be a whole number from ${HORIZON_LIMITS.min} to ${HORIZON_LIMITS.max}, not ${horizon}.`,
    );
  if (!(trainRatio > 0 && trainRatio < 1))
    throw new Error(`The training share must be between 0 and 1, not ${trainRatio}.`);
  const length = values.length;
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`Value ${bad + 1} of the series is ${values[bad]}, not a number.`);
  const count = length - window - horizon + 1;
  if (count < 3) {
    const needed = window + horizon + 2;
    throw new Error(
      `The series has ${length} values: too short for windows of ${window} and a forecast ` +
        `${horizon} ahead, with 2 training windows and a test window after them (that takes ` +
        `${needed} values). Use a longer series or a shorter window.`,
    );
  }
  const trainCount = Math.min(count - 1, Math.max(2, Math.round(trainRatio * count)));

  // Indices the training windows read: inputs 0 … trainCount + window − 2, targets
  // window + horizon − 1 … trainCount + window + horizon − 2 (a gap between them when
  // horizon > trainCount: values no training window sees).
  let min = Infinity;
  let max = -Infinity;
  const see = (from: number, to: number): void => {
    for (let i = from; i <= to; i++) {
      min = Math.min(min, values[i]!);
      max = Math.max(max, values[i]!);
    }
  };
  see(0, trainCount + window - 2);
  see(window + horizon - 1, trainCount + window + horizon - 2);
  if (max === min)
    throw new Error(
      `The training part of the series is constant (every value is ${min}): there is nothing ` +
        `to learn. Use a series that changes, or a larger training share.`,
    );

  const scale = { min, max };
  const scaled = values.map((v) => (2 * (v - min)) / (max - min) - 1);
  const inputs = new Float64Array(count * window);
  const targets = new Float64Array(count);
  const targetIndex = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    inputs.set(scaled.subarray(k, k + window), k * window);
    targetIndex[k] = k + window - 1 + horizon;
    targets[k] = scaled[targetIndex[k]!]!;
  }
  return { window, horizon, inputs, targets, count, trainCount, targetIndex, scaled, scale };
}

/** A scaled value back in the series' own units: min + (v + 1)/2 · (max − min). */
export function unscale(v: number, scale: Windows['scale']): number {
  return scale.min + ((v + 1) / 2) * (scale.max - scale.min);
}

/** Mean squared error of predictions against targets over windows [from, to). */
export function mse(
  pred: ArrayLike<number>,
  targets: ArrayLike<number>,
  from: number,
  to: number,
): number {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to))
    throw new Error(`The windows scored must be a range [from, to) with 0 ≤ from < to, not [${from}, ${to}).`); // prettier-ignore
  if (to > pred.length || to > targets.length)
    throw new Error(`Window ${to - 1} is scored but there are ${pred.length} predictions and ${targets.length} targets.`); // prettier-ignore
  let sum = 0;
  for (let k = from; k < to; k++) sum += (pred[k]! - targets[k]!) ** 2;
  return sum / (to - from);
}

/** The naive forecast (each window's last value) scored over windows [from, to), scaled units. */
export function persistenceMse(w: Windows, from: number, to: number): number {
  const last = new Float64Array(w.count);
  for (let k = 0; k < w.count; k++) last[k] = w.inputs[k * w.window + w.window - 1]!;
  return mse(last, w.targets, from, to);
}
