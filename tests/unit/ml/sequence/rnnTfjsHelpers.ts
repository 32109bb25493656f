// Shared by the tests of the recurrent baselines (rnnTfjs*.test.ts): a float64 reference of the
// documented layout, random windows, the loss and the gradient read off one SGD step.
import { expect } from 'vitest';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import {
  createTfjsRnn,
  type RnnSpec,
  type SequenceNet,
} from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';
import type { SequenceBaselineKind } from '../../../../src/experiment/tasks/sequence/types';

export const CELLS = ['rnn', 'lstm'] as const;
export const sgd1: OptimizerSpec = { name: 'sgd', learningRate: 1, l2: 0 };
export const sig = (z: number): number => 1 / (1 + Math.exp(-z));

/** |a − b| ≤ tol·(1 + |b|) entry by entry, naming the first entry that is not. */
export function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!);
    if (!(gap <= tol * (1 + Math.abs(b[i]!))))
      throw new Error(`entry ${i}: ${a[i]} vs ${b[i]} (gap ${gap} > ${tol}·(1 + |b|))`);
  }
}

/**
 * ŷ of each window in float64, straight from the layout documented on SequenceNet: Wx (1 × G·h),
 * Wh (h × G·h row-major), b (G·h), Wo (h), bo; LSTM gate blocks i, f, g, o.
 */
export function reference(
  cell: SequenceBaselineKind,
  h: number,
  T: number,
  w: ArrayLike<number>,
  inputs: ArrayLike<number>,
  count: number,
): Float64Array {
  const G = cell === 'lstm' ? 4 : 1;
  const whAt = G * h;
  const bAt = whAt + h * G * h;
  const woAt = bAt + G * h;
  const boAt = woAt + h;
  expect(boAt + 1).toBe(w.length);
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let hs = new Float64Array(h);
    const cs = new Float64Array(h);
    for (let t = 0; t < T; t++) {
      const x = inputs[k * T + t]!;
      const z = new Float64Array(G * h);
      for (let c = 0; c < G * h; c++) {
        z[c] = x * w[c]! + w[bAt + c]!;
        for (let j = 0; j < h; j++) z[c] = z[c]! + hs[j]! * w[whAt + j * G * h + c]!;
      }
      const next = new Float64Array(h);
      for (let j = 0; j < h; j++) {
        if (G === 1) {
          next[j] = Math.tanh(z[j]!);
        } else {
          cs[j] = sig(z[h + j]!) * cs[j]! + sig(z[j]!) * Math.tanh(z[2 * h + j]!);
          next[j] = sig(z[3 * h + j]!) * Math.tanh(cs[j]!);
        }
      }
      hs = next;
    }
    let y = w[boAt]!;
    for (let j = 0; j < h; j++) y += hs[j]! * w[woAt + j]!;
    out[k] = y;
  }
  return out;
}

/** `count` windows of `window` values and their targets, uniform in [−1, 1], exact in float32. */
export function randomData(count: number, window: number, seed: number) {
  const rng = createRng(seed);
  const draw = () => Math.fround(2 * rng.next() - 1);
  return {
    x: Float64Array.from({ length: count * window }, draw),
    y: Float64Array.from({ length: count }, draw),
  };
}

/** Mean squared error of the net's forecasts (its float32 outputs, summed in float64). */
export function mse(net: SequenceNet, x: Float64Array, y: Float64Array, count: number): number {
  const p = net.predict(x, count);
  let s = 0;
  for (let k = 0; k < count; k++) s += (p[k]! - y[k]!) ** 2;
  return s / count;
}

/** The gradient at the net's weights, read off one full-batch SGD step of rate 1: θ − θ'. */
export function sgdGradient(spec: RnnSpec, w: readonly number[], x: Float64Array, y: Float64Array) {
  const count = y.length;
  const probe = createTfjsRnn(spec, sgd1, createRng(0));
  probe.setWeights(w);
  const loss = probe.trainEpoch(x, y, count, count, createRng(0));
  const after = probe.weights();
  probe.dispose();
  return { loss, grad: w.map((v, i) => v - after[i]!) };
}
