// Test data of the sequence models: windows of sin(2πi/20) scaled to [−1, 1], horizon 1, and a
// model trained on them.
import type { Forecaster } from '../../../../workers/ml/sequence/forecaster';
import { createOptimizer } from '../../../../workers/ml/optim';
import { createRng } from '../../../../workers/sim';

/** `count` windows of `window` values (x, oldest first) and the value after each (y). */
export function sineWindows(window: number, count: number): { x: Float64Array; y: Float64Array } {
  const series = Array.from({ length: count + window }, (_, i) => Math.sin((2 * Math.PI * i) / 20));
  const lo = Math.min(...series);
  const hi = Math.max(...series);
  const scaled = series.map((v) => (2 * (v - lo)) / (hi - lo) - 1);
  const x = new Float64Array(count * window);
  const y = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    for (let t = 0; t < window; t++) x[k * window + t] = scaled[k + t]!;
    y[k] = scaled[k + window]!;
  }
  return { x, y };
}

/**
 * `epochs` epochs of Adam at `learningRate` (batch 16, batch order seeded by `seed`) on 160 sine
 * windows; the model's θ, its train MSE before and after, and the epoch losses as trained.
 */
export function trainOnSine(
  model: Forecaster,
  window: number,
  learningRate: number,
  seed: number,
  epochs: number,
) {
  const count = 160;
  const { x, y } = sineWindows(window, count);
  const opt = createOptimizer({ name: 'adam', learningRate, l2: 0 }, model.numParams);
  const rng = createRng(seed);
  const grad = new Float64Array(model.numParams);
  const before = model.lossAndGradient(x, y, count, grad);
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) losses.push(model.trainEpoch(x, y, count, 16, opt, rng));
  const after = model.lossAndGradient(x, y, count, grad);
  return { theta: model.theta, before, after, losses };
}
